package dev.opsdesk.benchmark.fault;

import java.util.List;

/**
 * A topic the fault test poisons, the event type its poison pretends to be (one every consumer of
 * the topic reads, so its data is decoded and checked) and the services consuming it; each of them
 * must dead-letter the record to {@code <topic>-dlq-<service>}.
 */
public enum PoisonTarget {
    TICKET_EVENTS("ticket-events", "ticket.created", List.of("routing-service", "qa-service", "reporting-service")),
    ROUTING_EVENTS("routing-events", "routing.assignment-decided", List.of("ticket-service", "reporting-service")),
    QA_EVENTS("qa-events", "qa.evaluation-completed", List.of("reporting-service"));

    private final String topic;
    private final String eventType;
    private final List<String> consumers;

    PoisonTarget(String topic, String eventType, List<String> consumers) {
        this.topic = topic;
        this.eventType = eventType;
        this.consumers = consumers;
    }

    public String topic() {
        return topic;
    }

    public String eventType() {
        return eventType;
    }

    public List<String> consumers() {
        return consumers;
    }

    public String deadLetterTopic(String consumer) {
        return topic + "-dlq-" + consumer;
    }

    public static PoisonTarget ofTopic(String topic) {
        for (PoisonTarget t : values()) {
            if (t.topic.equals(topic)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no poison target " + topic);
    }
}
