package dev.opsdesk.qa.config;

/** A shipped QA template that cannot be used: the service refuses to start, naming file and field. */
public class TemplateProblem extends IllegalStateException {

    public TemplateProblem(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
