package dev.opsdesk.benchmark.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings of a run of two accepted tickets where all is in order except what the test passes in. */
final class SampleFindings {

    private SampleFindings() {
    }

    static Findings findings(Map<String, List<String>> missing, Map<String, List<String>> duplicates) {
        Map<String, List<String>> allMissing = new LinkedHashMap<>();
        for (String service : List.of("ticket-service", "routing-service", "qa-service", "reporting-service")) {
            allMissing.put(service, missing.getOrDefault(service, List.of()));
        }
        Map<String, List<String>> allDuplicates = new LinkedHashMap<>();
        Databases.DUPLICATES.forEach(q -> allDuplicates.put(q.service() + ": " + q.what(), List.of()));
        allDuplicates.putAll(duplicates);
        List<PoisonRow> poison = new ArrayList<>();
        poison.add(new PoisonRow("ticket-events", "qa-service", "ticket-events-dlq-qa-service", 2, 2, 0, 0, 0));
        EventCensus census = new EventCensus("ticket-events", Map.of(
                "ticket.created", new EventCensus.TypeCount(3, 2, 2, List.of()),
                "ticket.assigned", new EventCensus.TypeCount(2, 2, 2, List.of())));
        return new Findings(2, allMissing, List.of(), allDuplicates, 2L,
                Map.of("routing", 2L, "ticket", 2L, "reporting", 2L), poison, Map.of("ticket", 0L), Map.of("qa-service", 0L),
                census);
    }
}
