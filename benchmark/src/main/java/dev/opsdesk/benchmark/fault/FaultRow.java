package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.load.LatencySummary;
import java.util.Map;

/**
 * One fault's figures: requests intended from its injection to the next fault; {@code downSeconds}
 * from the injection until {@code deploy/local/up} had everything ready; {@code intakeRecoverySeconds}
 * until the first 2xx after the last refused request (0 when nothing was refused);
 * {@code caughtUpSeconds} until every consumer had recorded every ticket accepted before the
 * restart; latencies of the answers while the component was down (from intended start, ms).
 */
public record FaultRow(String fault, String action, Double downSeconds, long requests, long accepted, long refused503,
                       long otherErrors, Map<String, Long> answers, Double intakeRecoverySeconds, Double caughtUpSeconds,
                       LatencySummary latencyWhileDown, LatencySummary refusedLatencyWhileDown, long lost,
                       long duplicated, String note) {
}
