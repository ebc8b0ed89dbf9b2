package dev.opsdesk.benchmark.fault;

import static dev.opsdesk.benchmark.fault.Answers.accepted;
import static dev.opsdesk.benchmark.fault.Answers.ms;
import static dev.opsdesk.benchmark.fault.Answers.status;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.benchmark.env.MachineInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultMarkdownTest {

    @Test
    void theReportHasAVerdictARowPerFaultThePoisonTableAndEveryCheck() {
        List<FaultWindow> windows = List.of(
                new FaultWindow(Fault.POSTGRES, ms(10_000), ms(10_200), ms(22_000), ms(25_000), ms(40_000), null));
        List<FaultRow> rows = FaultVerdict.rows(windows, List.of(accepted(0, 1_000, 5), status(1, 12_000, 7, 503),
                accepted(2, 23_000, 6)), Set.of(), Set.of());
        Findings findings = SampleFindings.findings(Map.of("routing-service", List.of("t2")), Map.of());
        List<Check> checks = FaultVerdict.checks(findings, rows, 1000);
        FaultReport report = new FaultReport("20261201-230000", "fault-20261201-230000", "2026-12-01T23:00:00Z",
                "2026-12-01T23:09:00Z", new MachineInfo("CPU", 2, 8.0, "Debian", "6.1", "JDK 17", "1 1 1", "4.1.1",
                "3.34.1", "abc1234"), Map.of("load", "30/s"), rows, new FaultReport.Retries(1, 0, 1, 0), 3, List.of(),
                findings, checks, "FAIL", FaultVerdict.exitCode(checks), List.of("a note"));

        String md = FaultMarkdown.render(report);

        assertTrue(md.contains("**FAIL** (exit code 1)"), md);
        assertTrue(md.contains("lost: **1**"), md);
        assertTrue(md.contains("| postgres | stop PostgreSQL"), md);
        assertTrue(md.contains("| ticket-events | qa-service | ticket-events-dlq-qa-service | 2 | 2 | 0 | 0 | 0 |"), md);
        assertTrue(md.contains("| every accepted ticket is recorded by routing-service | **FAIL** | 1 lost, e.g. t2 |"), md);
        assertTrue(md.contains("- a note"), md);
    }
}
