package dev.opsdesk.benchmark.report;

/** One of issue 9's targets: the goal, what was measured, and MET / MISSED / NOT MEASURED. */
public record TargetCheck(String target, String goal, String measured, String verdict) {

    public static final String MET = "MET";
    public static final String MISSED = "MISSED";
    public static final String NOT_MEASURED = "NOT MEASURED";
}
