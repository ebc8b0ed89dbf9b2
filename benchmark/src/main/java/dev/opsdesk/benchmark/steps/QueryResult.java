package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.LatencySummary;
import java.util.List;

/** One dashboard query (an HTTP endpoint or an SQL statement), timed client side. */
public record QueryResult(String kind, String name, long runs, long errors, LatencySummary latency, Long rows,
                          List<String> errorSamples) {
}
