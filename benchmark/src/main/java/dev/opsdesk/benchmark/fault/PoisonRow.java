package dev.opsdesk.benchmark.fault;

/** Poison records sent to a topic against what one consumer's dead-letter topic holds of them. */
public record PoisonRow(String topic, String consumer, String deadLetterTopic, long injected, long deadLettered,
                        long missing, long repeated, long goodRecords) {

    public boolean exact() {
        return missing == 0 && repeated == 0 && deadLettered == injected && goodRecords == 0;
    }
}
