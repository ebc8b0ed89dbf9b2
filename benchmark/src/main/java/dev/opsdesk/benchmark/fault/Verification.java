package dev.opsdesk.benchmark.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads back, after the drain, what every service recorded of the run (SQL, Kafka, reporting's API). */
final class Verification {

    private final Databases db;
    private final KafkaChecks kafka;
    private final TenantSetup api;

    Verification(Databases db, KafkaChecks kafka, TenantSetup api) {
        this.db = db;
        this.kafka = kafka;
        this.api = api;
    }

    Findings verify(String tenant, Map<String, Long> accepted, List<Poison> poison, Map<Integer, Long> ticketEventsFrom)
            throws Exception {
        Map<String, Set<String>> recorded = db.ticketIds(tenant);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        recorded.forEach((service, ids) -> missing.put(service,
                accepted.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList()));
        List<String> unconfirmed = new ArrayList<>(recorded.get("ticket-service").stream()
                .filter(id -> !accepted.containsKey(id)).sorted().toList());
        KafkaChecks.DeadLetterFindings dead = kafka.deadLetters(poison, tenant);
        return new Findings(accepted.size(), missing, unconfirmed, db.duplicates(tenant), api.ticketVolume(tenant),
                db.assigned(tenant), FaultVerdict.poisonRows(poison, dead.poison(), dead.goodRecords()),
                db.outboxBacklog(), kafka.lag(), kafka.census("ticket-events", ticketEventsFrom, tenant));
    }
}
