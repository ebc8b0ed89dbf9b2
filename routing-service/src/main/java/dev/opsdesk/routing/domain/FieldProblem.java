package dev.opsdesk.routing.domain;

/** What is wrong with one field of a definition (a template file or a request body). */
public record FieldProblem(String field, String message) {
}
