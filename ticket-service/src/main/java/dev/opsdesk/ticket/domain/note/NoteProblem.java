package dev.opsdesk.ticket.domain.note;

/** One way a note breaks its template: the rule, the field and what is wrong. */
public record NoteProblem(String rule, String field, String detail) {
}
