package dev.opsdesk.routing.domain;

import java.util.List;

/** A definition (rule, agent, policy, calendar, settings) is not valid; nothing was stored. */
public class InvalidDefinition extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDefinition(List<FieldProblem> problems) {
        super(problems.size() + " field(s) are not valid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDefinition(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
