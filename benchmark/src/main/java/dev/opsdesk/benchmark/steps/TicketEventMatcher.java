package dev.opsdesk.benchmark.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Tells the tracker about one record of {@code ticket-events}: a {@code ticket.created} of this
 * run (its subject starts with the run's marker) or any {@code ticket.assigned} (the tracker keeps
 * only those of this run's tickets). Reads only the fields it needs (tolerant reader).
 */
final class TicketEventMatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String subjectMarker;
    private final AssignmentTracker tracker;
    private long unreadable;

    TicketEventMatcher(String subjectMarker, AssignmentTracker tracker) {
        this.subjectMarker = subjectMarker;
        this.tracker = tracker;
    }

    /** @param type the record's {@code ce_type} header; @param data its value (the CloudEvent data) */
    void accept(String type, String data, long receivedNanos) {
        if (type == null || data == null) {
            return;
        }
        try {
            if ("ticket.created".equals(type) && data.contains(subjectMarker)) {
                JsonNode created = JSON.readTree(data);
                if (created.path("subject").asText("").startsWith(subjectMarker)) {
                    tracker.created(created.path("ticketId").asText(), receivedNanos);
                }
            } else if ("ticket.assigned".equals(type)) {
                JsonNode assigned = JSON.readTree(data);
                JsonNode source = assigned.path("source");
                tracker.assigned(assigned.path("ticketId").asText(), source.isTextual() ? source.asText() : null,
                        receivedNanos);
            }
        } catch (IOException e) {
            unreadable++;
        }
    }

    long unreadable() {
        return unreadable;
    }
}
