package dev.opsdesk.benchmark.fault;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which poison record a dead letter is: by the original topic, partition and offset SmallRye
 * writes into the dead letter's headers, else by the poison id header or key it kept.
 */
final class DeadLetterMatch {

    private final Map<String, String> byOrigin = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();

    DeadLetterMatch(List<Poison> poison) {
        for (Poison p : poison) {
            byOrigin.put(origin(p.topic(), Integer.toString(p.partition()), Long.toString(p.offset())), p.id());
            byId.put(p.id(), p.id());
        }
    }

    /** The poison id, or null when the dead letter is none of this run's poison records. */
    String poisonId(String deadLetterTopic, String deadLetterPartition, String deadLetterOffset, String idHeader,
                    String key) {
        String id = byOrigin.get(origin(deadLetterTopic, deadLetterPartition, deadLetterOffset));
        if (id != null) {
            return id;
        }
        if (idHeader != null && byId.containsKey(idHeader)) {
            return idHeader;
        }
        return key != null ? byId.get(key) : null;
    }

    private static String origin(String topic, String partition, String offset) {
        return topic + "/" + partition + "@" + offset;
    }
}
