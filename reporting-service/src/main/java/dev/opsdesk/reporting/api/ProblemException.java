package dev.opsdesk.reporting.api;

/** A refusal that leaves as the given problem. */
public class ProblemException extends RuntimeException {

    public final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }
}
