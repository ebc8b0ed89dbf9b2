package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.Histograms;
import dev.opsdesk.benchmark.load.LatencySummary;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Matches the benchmark's tickets across three sightings, all on one JVM clock: the client's
 * intended start of the POST, the consumer receiving {@code ticket.created}, and the consumer
 * receiving the first {@code ticket.assigned} of that ticket. Records two latencies per assigned
 * ticket: created → assigned (the measure: through routing and back) and POST → assigned.
 * POST → created (HTTP, commit, outbox relay, Kafka) is recorded for every ticket, assigned or not:
 * it is the ticket-service's share of the end-to-end latency and is measurable on main already.
 */
public final class AssignmentTracker {

    private final Map<String, Long> posted = new ConcurrentHashMap<>();
    private final Map<String, Long> created = new ConcurrentHashMap<>();
    private final Map<String, Boolean> assigned = new ConcurrentHashMap<>();
    private final Map<String, Long> sources = new ConcurrentHashMap<>();
    private final Histogram createdToAssigned = Histograms.concurrent();
    private final Histogram postToAssigned = Histograms.concurrent();
    private final Histogram postToCreated = Histograms.concurrent();
    private final Map<String, Boolean> createdTimed = new ConcurrentHashMap<>();

    /** The POST that created the ticket was due at this time (client side, intended start). */
    public void posted(String ticketId, long intendedStartNanos) {
        posted.put(ticketId, intendedStartNanos);
        timeCreated(ticketId);
    }

    /** Our consumer received this run's {@code ticket.created} of the ticket. */
    public void created(String ticketId, long receivedNanos) {
        created.putIfAbsent(ticketId, receivedNanos);
        timeCreated(ticketId);
    }

    /** Once both the POST and the created record are known (either may come first). */
    private void timeCreated(String ticketId) {
        Long postedAt = posted.get(ticketId);
        Long createdAt = created.get(ticketId);
        if (postedAt != null && createdAt != null && createdTimed.putIfAbsent(ticketId, Boolean.TRUE) == null) {
            Histograms.recordNanos(postToCreated, createdAt - postedAt);
        }
    }

    /** Our consumer received a {@code ticket.assigned}; only the first one of a ticket of this run counts. */
    public void assigned(String ticketId, String source, long receivedNanos) {
        Long createdAt = created.get(ticketId);
        if (createdAt == null || assigned.putIfAbsent(ticketId, Boolean.TRUE) != null) {
            return;
        }
        sources.merge(source == null ? "(none)" : source, 1L, Long::sum);
        Histograms.recordNanos(createdToAssigned, receivedNanos - createdAt);
        Long postedAt = posted.get(ticketId);
        if (postedAt != null) {
            Histograms.recordNanos(postToAssigned, receivedNanos - postedAt);
        }
    }

    public int postedCount() {
        return posted.size();
    }

    public int createdCount() {
        return created.size();
    }

    public int assignedCount() {
        return assigned.size();
    }

    /** Every ticket posted so far was seen created and assigned. */
    public boolean complete() {
        return !posted.isEmpty() && assigned.keySet().containsAll(posted.keySet());
    }

    public LatencySummary createdToAssigned() {
        return LatencySummary.ofMicros(createdToAssigned);
    }

    public LatencySummary postToCreated() {
        return LatencySummary.ofMicros(postToCreated);
    }

    public LatencySummary postToAssigned() {
        return LatencySummary.ofMicros(postToAssigned);
    }

    public Map<String, Long> sources() {
        return new TreeMap<>(sources);
    }
}
