package dev.opsdesk.benchmark.fault;

import java.util.List;
import java.util.Map;

/**
 * What the verification read back after the load, for the run's tenant.
 *
 * @param accepted        tickets the intake confirmed (2xx, first answers and retries)
 * @param missing         per service, accepted tickets it has no record of
 * @param unconfirmed     tickets in ticket-service's database that no client was told about
 * @param duplicates      per duplicate check, the tickets that have the side effect twice
 * @param reportedVolume  reporting-service's ticket-volume count for the tenant (null: not readable)
 * @param assigned        tickets assigned, as routing, ticket-service and reporting each count them
 * @param poison          per consumer, poison sent against dead-lettered
 * @param outboxBacklog   unpublished outbox rows per database
 * @param lag             per consumer group, records not yet committed
 * @param ticketEvents    the run's records on ticket-events
 */
public record Findings(long accepted, Map<String, List<String>> missing, List<String> unconfirmed,
                       Map<String, List<String>> duplicates, Long reportedVolume, Map<String, Long> assigned,
                       List<PoisonRow> poison, Map<String, Long> outboxBacklog, Map<String, Long> lag,
                       EventCensus ticketEvents) {

    /** Accepted tickets some service has no record of. */
    public long lost() {
        return missing.values().stream().flatMap(List::stream).distinct().count();
    }

    /** Tickets with a side effect twice (in a database or as two events of one kind on ticket-events). */
    public long duplicated() {
        return java.util.stream.Stream.concat(duplicates.values().stream().flatMap(List::stream),
                java.util.stream.Stream.of("ticket.created", "ticket.assigned")
                        .flatMap(t -> ticketEvents.of(t).ticketsWithSeveral().stream())).distinct().count();
    }
}
