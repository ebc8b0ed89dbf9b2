package dev.opsdesk.benchmark.fault;

/**
 * When one fault happened, on the load generator's clock (nanoseconds): injected, the process gone,
 * {@code deploy/local/up} done (everything ready again), every accepted ticket recorded by all
 * consumers again (null: not within the timeout), and the end of its window (the next fault).
 */
public record FaultWindow(Fault fault, long injectedNanos, long goneNanos, long readyNanos, Long caughtUpNanos,
                          long endNanos, String note) {
}
