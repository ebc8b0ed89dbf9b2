package dev.opsdesk.qa.domain;

import java.util.List;

/** A scorecard or settings document that breaks its consistency rules ({@code path: problem} each). */
public class InvalidDefinition extends RuntimeException {

    private final List<String> problems;

    public InvalidDefinition(String what, List<String> problems) {
        super(what + " is not valid: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
