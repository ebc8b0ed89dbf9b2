package dev.opsdesk.benchmark.fault;

/** One verdict of the report; {@code lossOrDuplicate} checks decide exit code 1, the others 2. */
public record Check(String name, boolean passed, boolean lossOrDuplicate, String detail) {

    public String verdict() {
        return passed ? "PASS" : "FAIL";
    }
}
