package dev.opsdesk.benchmark.steps;

import java.util.List;
import java.util.Map;

/** The dashboard step: the generator run (null when skipped) and each query's latency. */
public record DashboardResult(GeneratorRun generator, List<QueryResult> http, List<QueryResult> sql,
                              Double worstP95, Map<String, String> settings) {
}
