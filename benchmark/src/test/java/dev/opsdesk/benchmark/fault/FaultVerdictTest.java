package dev.opsdesk.benchmark.fault;

import static dev.opsdesk.benchmark.fault.Answers.accepted;
import static dev.opsdesk.benchmark.fault.Answers.failed;
import static dev.opsdesk.benchmark.fault.Answers.ms;
import static dev.opsdesk.benchmark.fault.Answers.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultVerdictTest {

    // warm-up 0–10 s; ticket-service killed at 10 s, ready at 25 s, caught up at 27 s; postgres stopped at 40 s,
    // ready at 52 s, caught up at 55 s, load until 60 s
    private final List<FaultWindow> windows = List.of(
            new FaultWindow(Fault.TICKET_SERVICE, ms(10_000), ms(10_050), ms(25_000), ms(27_000), ms(40_000), null),
            new FaultWindow(Fault.POSTGRES, ms(40_000), ms(40_300), ms(52_000), ms(55_000), ms(60_000), null));

    @Test
    void requestsCountInTheWindowOfTheFaultTheyWereIntendedIn() {
        List<Answer> answers = List.of(accepted(0, 1_000, 5), accepted(1, 9_999, 5),
                failed(2, 10_100, 3, "ConnectException: refused"), accepted(3, 26_000, 8),
                status(4, 41_000, 20, 503), status(5, 45_000, 30, 503), accepted(6, 53_000, 9));

        List<FaultRow> rows = FaultVerdict.rows(windows, answers, Set.of(), Set.of());

        assertEquals(List.of(FaultVerdict.NO_FAULT, "ticket-service", "postgres"), rows.stream().map(FaultRow::fault).toList());
        assertEquals(2, rows.get(0).accepted());
        FaultRow ticket = rows.get(1);
        assertEquals(2, ticket.requests());
        assertEquals(1, ticket.accepted());
        assertEquals(1, ticket.otherErrors());
        assertEquals(Map.of("ACCEPTED", 1L, "NO_CONNECTION", 1L), ticket.answers());
        assertEquals(15.0, ticket.downSeconds());
        assertEquals(17.0, ticket.caughtUpSeconds());
        FaultRow postgres = rows.get(2);
        assertEquals(2, postgres.refused503());
        assertEquals(2, postgres.refusedLatencyWhileDown().count());
        assertEquals(30.0, postgres.refusedLatencyWhileDown().max(), 0.1);
    }

    @Test
    void intakeRecoveryRunsFromTheFaultToTheFirst2xxAfterTheLastRefusal() {
        List<Answer> window = List.of(accepted(1, 10_010, 5), status(2, 11_000, 5, 503), accepted(3, 11_500, 5),
                status(4, 12_000, 5, 503), accepted(5, 13_000, 40), accepted(6, 13_100, 5));

        assertEquals(3.04, FaultVerdict.intakeRecoverySeconds(window, ms(10_000)));
        assertEquals(0.0, FaultVerdict.intakeRecoverySeconds(List.of(accepted(1, 10_010, 5)), ms(10_000)));
        assertNull(FaultVerdict.intakeRecoverySeconds(List.of(status(1, 10_010, 5, 503)), ms(10_000)));
    }

    @Test
    void lostAndDuplicatedTicketsAreAttributedToTheFaultTheirRequestStartedIn() {
        List<Answer> answers = List.of(accepted(0, 1_000, 5), accepted(1, 12_000, 5), accepted(2, 42_000, 5));

        List<FaultRow> rows = FaultVerdict.rows(windows, answers, Set.of(1L), Set.of(2L, 0L));

        assertEquals(List.of(0L, 1L, 0L), rows.stream().map(FaultRow::lost).toList());
        assertEquals(List.of(1L, 0L, 1L), rows.stream().map(FaultRow::duplicated).toList());
    }

    @Test
    void aRetriedRequestCountsWithTheTicketItsRetryGotAndSequencesMapBackFromTicketIds() {
        List<Answer> first = List.of(accepted(0, 0, 5), failed(1, 10, 5, "HttpTimeoutException: timed out"));
        List<Answer> retries = List.of(new Answer(1, 0, 5, 201, "t1", true, null));

        Map<String, Long> accepted = FaultVerdict.acceptedTickets(first, retries);

        assertEquals(Map.of("t0", 0L, "t1", 1L), accepted);
        assertEquals(Set.of(1L), FaultVerdict.sequencesOf(List.of(List.of("t1", "unknown")), accepted));
    }

    @Test
    void poisonIsExactWhenEachConsumerDeadLetteredEveryRecordOnce() {
        List<Poison> sent = List.of(new Poison("p0", "ticket-events", Poison.Kind.NOT_A_CLOUD_EVENT, 0, 1),
                new Poison("p3", "ticket-events", Poison.Kind.UNREADABLE_JSON, 1, 5),
                new Poison("p1", "routing-events", Poison.Kind.NOT_A_CLOUD_EVENT, 0, 2));
        Map<String, List<String>> dead = Map.of(
                "ticket-events-dlq-routing-service", List.of("p0", "p3"),
                "ticket-events-dlq-qa-service", List.of("p0", "p3", "p3"),
                "ticket-events-dlq-reporting-service", List.of("p0"),
                "routing-events-dlq-ticket-service", List.of("p1"),
                "routing-events-dlq-reporting-service", List.of("p1"));

        List<PoisonRow> rows = FaultVerdict.poisonRows(sent, dead, Map.of("routing-events-dlq-ticket-service", List.of("e1")));

        Map<String, PoisonRow> byDlq = new LinkedHashMap<>();
        rows.forEach(r -> byDlq.put(r.deadLetterTopic(), r));
        assertEquals(6, rows.size(), "one row per consumer of each poisoned topic");
        assertTrue(byDlq.get("ticket-events-dlq-routing-service").exact());
        assertEquals(1, byDlq.get("ticket-events-dlq-qa-service").repeated());
        assertEquals(1, byDlq.get("ticket-events-dlq-reporting-service").missing());
        assertEquals(1, byDlq.get("routing-events-dlq-ticket-service").goodRecords());
        assertEquals(0, byDlq.get("qa-events-dlq-reporting-service").injected());
    }

    @Test
    void everythingAccountedForPasses() {
        List<Check> checks = FaultVerdict.checks(SampleFindings.findings(Map.of(), Map.of()), rows(), 1000);

        assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
        assertEquals(0, FaultVerdict.exitCode(checks));
    }

    @Test
    void aPoisonRecordDeadLetteredTwiceIsAnAtLeastOnceResendButOneNeverDeadLetteredFails() {
        Findings f = SampleFindings.findings(Map.of(), Map.of());
        Findings twice = withPoison(f, new PoisonRow("ticket-events", "qa-service", "ticket-events-dlq-qa-service",
                2, 2, 0, 1, 0));
        Findings missing = withPoison(f, new PoisonRow("ticket-events", "qa-service", "ticket-events-dlq-qa-service",
                2, 1, 1, 0, 0));

        Check repeated = poisonCheck(FaultVerdict.checks(twice, rows(), 1000));
        assertTrue(repeated.passed(), repeated.toString());
        assertTrue(repeated.detail().contains("1 dead-lettered twice"), repeated.detail());
        assertFalse(poisonCheck(FaultVerdict.checks(missing, rows(), 1000)).passed());
    }

    private static Findings withPoison(Findings f, PoisonRow row) {
        return new Findings(f.accepted(), f.missing(), f.unconfirmed(), f.duplicates(), f.reportedVolume(), f.assigned(),
                List.of(row), f.outboxBacklog(), f.lag(), f.ticketEvents());
    }

    private static Check poisonCheck(List<Check> checks) {
        return checks.stream().filter(c -> c.name().startsWith("every poison record")).findFirst().orElseThrow();
    }

    @Test
    void aLostTicketOrADoubleAssignmentFailsWithExitCode1() {
        List<Check> lost = FaultVerdict.checks(
                SampleFindings.findings(Map.of("qa-service", List.of("t7")), Map.of()), rows(), 1000);
        List<Check> twice = FaultVerdict.checks(SampleFindings.findings(Map.of(),
                Map.of("routing-service: two ASSIGNED routing decisions for one ticket", List.of("t3"))), rows(), 1000);

        assertEquals(1, FaultVerdict.exitCode(lost));
        assertTrue(lost.stream().anyMatch(c -> !c.passed() && c.name().contains("qa-service")));
        assertEquals(1, FaultVerdict.exitCode(twice));
    }

    @Test
    void aSlowRefusalWhileTheDatabaseIsDownFailsWithExitCode2() {
        List<Answer> slow = List.of(status(1, 41_000, 5_000, 503), status(2, 42_000, 4_000, 503), accepted(3, 53_000, 5));
        List<FaultRow> rows = FaultVerdict.rows(windows, slow, Set.of(), Set.of());

        List<Check> checks = FaultVerdict.checks(SampleFindings.findings(Map.of(), Map.of()), rows, 1000);

        Check fast = checks.stream().filter(c -> c.name().contains("503 fast")).findFirst().orElseThrow();
        assertFalse(fast.passed());
        assertEquals(2, FaultVerdict.exitCode(checks));
    }

    private List<FaultRow> rows() {
        return FaultVerdict.rows(windows, List.of(accepted(0, 1_000, 5), status(1, 41_000, 8, 503),
                accepted(2, 53_000, 5)), Set.of(), Set.of());
    }
}
