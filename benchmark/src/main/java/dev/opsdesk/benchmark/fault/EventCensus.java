package dev.opsdesk.benchmark.fault;

import java.util.List;
import java.util.Map;

/** The run's records on one topic, by event type. */
public record EventCensus(String topic, Map<String, TypeCount> types) {

    /**
     * {@code records} read, {@code distinctEvents} by event id, {@code tickets} they were about, and
     * the tickets with more than one distinct event of the type (a duplicate side effect for
     * {@code ticket.created} and {@code ticket.assigned}).
     */
    public record TypeCount(long records, long distinctEvents, long tickets, List<String> ticketsWithSeveral) {
    }

    public TypeCount of(String type) {
        return types.getOrDefault(type, new TypeCount(0, 0, 0, List.of()));
    }
}
