package dev.opsdesk.routing.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Festival cases as ticket-service announces them: created in the support queue, then classified. */
public final class Cases {

    private Cases() {
    }

    /** A new e-mail case from {@code email}; returns its id once the event is on ticket-events. */
    public static UUID arrive(RoutingApi api, String subject, String email) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", subject, email, "SUPPORT_QUEUE", "NEW",
                Instant.now()));
        return ticket;
    }

    /** Sets the case type (a CaseType topic) and the case reason (the classification type). */
    public static void classify(RoutingApi api, UUID ticket, String caseType, String caseReason) {
        Kafka.send(TicketEvents.classified(api.id(), ticket, caseType == null ? List.of() : List.of(caseType),
                caseReason, "NORMAL"));
    }

    /** A case that arrives and is classified at once; waits until routing has decided on the classification. */
    public static UUID classified(RoutingApi api, String caseType, String caseReason, String email) {
        return classified(api, "Case about " + caseReason, List.of(caseType), caseReason, email);
    }

    /** The same with its subject and all its topics (the first case type among them is the primary, A31). */
    public static UUID classified(RoutingApi api, String subject, List<String> topics, String caseReason, String email) {
        UUID ticket = arrive(api, subject, email);
        api.awaitDecisions(ticket, 1);
        Kafka.send(TicketEvents.classified(api.id(), ticket, topics, caseReason, "NORMAL"));
        api.awaitDecisions(ticket, 2);
        return ticket;
    }
}
