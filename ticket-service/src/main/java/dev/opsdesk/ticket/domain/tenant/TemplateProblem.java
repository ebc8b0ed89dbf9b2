package dev.opsdesk.ticket.domain.tenant;

/** A tenant template that cannot be used; the message names the file and the field. */
public class TemplateProblem extends RuntimeException {

    public TemplateProblem(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
