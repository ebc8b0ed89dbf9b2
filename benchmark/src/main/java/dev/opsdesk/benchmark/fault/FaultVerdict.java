package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.load.Histograms;
import dev.opsdesk.benchmark.load.LatencySummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** Turns the answers, the fault windows and the findings into the report's rows and verdicts. */
public final class FaultVerdict {

    static final String NO_FAULT = "none (warm-up)";

    private FaultVerdict() {
    }

    /**
     * One row per fault, plus a first row for the load before the first fault. A request belongs to
     * the window its intended start falls in; lost and duplicated tickets are attributed the same way.
     */
    public static List<FaultRow> rows(List<FaultWindow> windows, List<Answer> answers, Set<Long> lostSequences,
                                      Set<Long> duplicatedSequences) {
        List<FaultRow> rows = new ArrayList<>();
        long firstFault = windows.isEmpty() ? Long.MAX_VALUE : windows.get(0).injectedNanos();
        List<Answer> before = answers.stream().filter(a -> a.intendedNanos() < firstFault).toList();
        rows.add(row(NO_FAULT, "steady load", null, before, null, null, lostSequences, duplicatedSequences, null));
        for (FaultWindow w : windows) {
            List<Answer> in = answers.stream()
                    .filter(a -> a.intendedNanos() >= w.injectedNanos() && a.intendedNanos() < w.endNanos()).toList();
            rows.add(row(w.fault().component(), w.fault().action(), w, in,
                    intakeRecoverySeconds(in, w.injectedNanos()),
                    w.caughtUpNanos() == null ? null : seconds(w.caughtUpNanos() - w.injectedNanos()),
                    lostSequences, duplicatedSequences, w.note()));
        }
        return rows;
    }

    private static FaultRow row(String fault, String action, FaultWindow w, List<Answer> in, Double intakeRecovery,
                                Double caughtUp, Set<Long> lost, Set<Long> duplicated, String note) {
        Map<String, Long> kinds = new TreeMap<>();
        in.forEach(a -> kinds.merge(a.kind().name(), 1L, Long::sum));
        long accepted = in.stream().filter(Answer::accepted).count();
        long refused = in.stream().filter(a -> a.kind() == Answer.Kind.REFUSED_503).count();
        LatencySummary whileDown = null;
        LatencySummary refusedWhileDown = null;
        if (w != null) {
            Predicate<Answer> down = a -> a.intendedNanos() < w.readyNanos();
            whileDown = latency(in.stream().filter(down).toList());
            refusedWhileDown = latency(in.stream().filter(down.and(a -> a.kind() == Answer.Kind.REFUSED_503)).toList());
        }
        return new FaultRow(fault, action, w == null ? null : seconds(w.readyNanos() - w.injectedNanos()), in.size(),
                accepted, refused, in.size() - accepted - refused, kinds, intakeRecovery, caughtUp, whileDown,
                refusedWhileDown, count(in, lost), count(in, duplicated), note);
    }

    /**
     * Seconds from the fault to the first accepted answer of a request intended after the last
     * refused or failed one; 0 when the intake never refused; null when it had not recovered.
     */
    static Double intakeRecoverySeconds(List<Answer> window, long injectedNanos) {
        long lastFailure = window.stream().filter(a -> !a.accepted()).mapToLong(Answer::intendedNanos).max()
                .orElse(Long.MIN_VALUE);
        if (lastFailure == Long.MIN_VALUE) {
            return 0.0;
        }
        return window.stream().filter(a -> a.accepted() && a.intendedNanos() > lastFailure)
                .mapToLong(Answer::doneNanos).min().stream().mapToObj(done -> seconds(done - injectedNanos))
                .findFirst().orElse(null);
    }

    static LatencySummary latency(List<Answer> answers) {
        Histogram h = Histograms.concurrent();
        answers.forEach(a -> Histograms.recordNanos(h, a.doneNanos() - a.intendedNanos()));
        return LatencySummary.ofMicros(h);
    }

    private static long count(List<Answer> in, Set<Long> sequences) {
        return in.stream().filter(a -> sequences.contains(a.sequence())).count();
    }

    /** The accepted ticket of each request number: its first answer, else its retry's. */
    public static Map<String, Long> acceptedTickets(List<Answer> first, List<Answer> retries) {
        Map<String, Long> bySequence = new LinkedHashMap<>();
        for (List<Answer> pass : List.of(first, retries)) {
            pass.stream().filter(Answer::accepted).forEach(a -> bySequence.putIfAbsent(a.ticketId(), a.sequence()));
        }
        return bySequence;
    }

    /** Poison sent per topic against the dead letters each of its consumers wrote. */
    public static List<PoisonRow> poisonRows(List<Poison> injected, Map<String, List<String>> deadLettered,
                                             Map<String, List<String>> goodRecords) {
        List<PoisonRow> rows = new ArrayList<>();
        for (PoisonTarget target : PoisonTarget.values()) {
            Set<String> sent = injected.stream().filter(p -> p.topic().equals(target.topic())).map(Poison::id)
                    .collect(Collectors.toSet());
            for (String consumer : target.consumers()) {
                String dlq = target.deadLetterTopic(consumer);
                List<String> found = deadLettered.getOrDefault(dlq, List.of());
                Set<String> distinct = new HashSet<>(found);
                long missing = sent.stream().filter(id -> !distinct.contains(id)).count();
                rows.add(new PoisonRow(target.topic(), consumer, dlq, sent.size(), distinct.size(), missing,
                        found.size() - distinct.size(), goodRecords.getOrDefault(dlq, List.of()).size()));
            }
        }
        return rows;
    }

    /**
     * The checks of the report. {@code refusedFastMs}: the p99 a refusal while PostgreSQL is down
     * may take (an intake that hangs until a timeout is not "503 fast").
     */
    public static List<Check> checks(Findings f, List<FaultRow> rows, double refusedFastMs) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("the intake accepted tickets", f.accepted() > 0, true, f.accepted() + " accepted"));
        f.missing().forEach((service, ids) -> checks.add(new Check("every accepted ticket is recorded by " + service,
                ids.isEmpty(), true, ids.isEmpty() ? "0 lost of " + f.accepted() : ids.size() + " lost, e.g. " + sample(ids))));
        checks.add(new Check("every ticket in ticket-service's database was confirmed to its client (after retries)",
                f.unconfirmed().isEmpty(), true, f.unconfirmed().isEmpty() ? "none unconfirmed"
                : f.unconfirmed().size() + " unconfirmed, e.g. " + sample(f.unconfirmed())));
        f.duplicates().forEach((what, ids) -> checks.add(new Check("no " + what, ids.isEmpty(), true,
                ids.isEmpty() ? "0" : new HashSet<>(ids).size() + " tickets, e.g. " + sample(ids))));
        for (String type : List.of("ticket.created", "ticket.assigned")) {
            EventCensus.TypeCount c = f.ticketEvents().of(type);
            checks.add(new Check("one " + type + " event per ticket on ticket-events", c.ticketsWithSeveral().isEmpty(),
                    true, c.distinctEvents() + " events for " + c.tickets() + " tickets in " + c.records()
                    + " records (" + (c.records() - c.distinctEvents()) + " at-least-once re-sends of the same event id)"
                    + (c.ticketsWithSeveral().isEmpty() ? "" : "; several for " + sample(c.ticketsWithSeveral()))));
        }
        checks.add(new Check("reporting-service counts every accepted ticket once (ticket-volume)",
                f.reportedVolume() != null && f.reportedVolume() == f.accepted(), true,
                "ticket-volume " + f.reportedVolume() + " for " + f.accepted() + " accepted"));
        checks.add(new Check("every assignment decided is applied and reported once",
                new HashSet<>(f.assigned().values()).size() <= 1, true, f.assigned().toString()));
        long poisonSent = f.poison().stream().mapToLong(PoisonRow::injected).sum();
        // Dead-lettering is at least once: a consumer killed between writing to its DLQ and committing the
        // offset dead-letters the record again on restart. A repeat has no side effect; it is listed, not failed.
        checks.add(new Check("every poison record is dead-lettered by each consumer",
                poisonSent > 0 && f.poison().stream().allMatch(p -> p.missing() == 0), false,
                f.poison().stream().map(p -> p.deadLetterTopic() + " " + p.deadLettered() + "/"
                        + p.injected() + (p.repeated() > 0 ? " (" + p.repeated() + " dead-lettered twice: at-least-once"
                        + " re-send)" : "")).collect(Collectors.joining(", "))));
        long good = f.poison().stream().mapToLong(PoisonRow::goodRecords).sum();
        checks.add(new Check("no good record of the run is dead-lettered", good == 0, true, good + " good records in dead-letter topics"));
        checks.add(new Check("outbox backlogs drained", f.outboxBacklog().values().stream().allMatch(v -> v == 0), false,
                f.outboxBacklog() + " unpublished rows"));
        checks.add(new Check("consumer lag back to 0", f.lag().values().stream().allMatch(v -> v == 0), false,
                f.lag().toString()));
        List<String> stuck = rows.stream().filter(r -> r.downSeconds() != null && r.caughtUpSeconds() == null)
                .map(FaultRow::fault).toList();
        checks.add(new Check("every fault recovered (all consumers caught up)", stuck.isEmpty(), false,
                stuck.isEmpty() ? "all caught up" : "not caught up after: " + String.join(", ", stuck)));
        rows.stream().filter(r -> "postgres".equals(r.fault())).findFirst().ifPresent(r -> {
            long failedWhileDown = r.refusedLatencyWhileDown() == null ? 0 : r.refusedLatencyWhileDown().count();
            boolean fast = failedWhileDown > 0 && r.refusedLatencyWhileDown().p99() <= refusedFastMs
                    && r.answers().getOrDefault(Answer.Kind.TIMEOUT.name(), 0L) == 0;
            checks.add(new Check("intake answers 503 fast while PostgreSQL is down (p99 <= " + (long) refusedFastMs + " ms)",
                    fast, false, failedWhileDown + " 503 answers, p50/p99/max " + (r.refusedLatencyWhileDown() == null ? "—"
                    : r.refusedLatencyWhileDown().p50() + "/" + r.refusedLatencyWhileDown().p99() + "/"
                    + r.refusedLatencyWhileDown().max()) + " ms; answers " + r.answers()));
        });
        return checks;
    }

    /** 0 all passed, 1 a ticket was lost or duplicated, 2 another check failed. */
    public static int exitCode(List<Check> checks) {
        if (checks.stream().anyMatch(c -> !c.passed() && c.lossOrDuplicate())) {
            return 1;
        }
        return checks.stream().allMatch(Check::passed) ? 0 : 2;
    }

    /** Request numbers of the tickets in any of the lists (those the run knows). */
    public static Set<Long> sequencesOf(Collection<List<String>> ticketLists, Map<String, Long> sequenceByTicket) {
        Set<Long> sequences = new HashSet<>();
        ticketLists.forEach(ids -> ids.forEach(id -> {
            Long n = sequenceByTicket.get(id);
            if (n != null) {
                sequences.add(n);
            }
        }));
        return sequences;
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    private static String sample(List<String> ids) {
        return ids.stream().distinct().limit(3).collect(Collectors.joining(", "));
    }
}
