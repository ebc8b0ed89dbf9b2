package dev.opsdesk.benchmark.fault;

/** One poison record the broker acknowledged: where it is, so its dead letters can be matched to it. */
public record Poison(String id, String topic, Kind kind, int partition, long offset) {

    /** The three ways a record is poison to the services' decoders. */
    public enum Kind {
        /** No CloudEvent headers at all, bytes that are not JSON. */
        NOT_A_CLOUD_EVENT,
        /** Complete CloudEvent headers of a type the consumers read, data that is not JSON. */
        UNREADABLE_JSON,
        /** Complete headers, JSON data without the fields the type requires. */
        MISSING_REQUIRED_FIELDS
    }
}
