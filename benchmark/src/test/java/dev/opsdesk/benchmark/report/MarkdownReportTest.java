package dev.opsdesk.benchmark.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final String md = MarkdownReport.render(SampleReports.quickRun(), "20261123-1930-quick-latency.svg");

    @Test
    void labelsAQuickRunAndNamesTheMachine() {
        assertTrue(md.startsWith("# opsdesk benchmark — quick run 2026-11-23T19:30:12Z"));
        assertTrue(md.contains("> **Quick run**"));
        assertTrue(md.contains("| Test CPU @ 2.0GHz | 2 | 23.4 GiB | Debian GNU/Linux 12 |"));
        assertTrue(md.contains("5.1 4.2 3.0 → 4.0 4.1 3.2"), "load average at start and end");
    }

    @Test
    void showsBaselinesTheSustainedRateWithItsRatioAndThePlot() {
        assertTrue(md.contains("| B_pg | commits/s | **1500.0/s** |"));
        assertTrue(md.contains("- sustained: **188.0/s** for 8 s = **0.13 × B_pg** (1500.0/s)"));
        assertTrue(md.contains("![intake latency against offered rate](20261123-1930-quick-latency.svg)"));
        assertTrue(md.contains("| step-up | 225.0 |"));
        assertTrue(md.contains("fail: p99 180.0 ms > 100.0 ms"));
    }

    @Test
    void reportsMissingAssignmentsAsSuchAndTheTargetsVerdicts() {
        assertTrue(md.contains("**NO_ASSIGNMENTS** — no assignments seen"));
        assertTrue(md.contains("| end-to-end p50 | ≤ 30 ms at 50 % load | NO_ASSIGNMENTS | **NOT MEASURED** |"));
        assertTrue(md.contains("| dashboard p95 | ≤ 100 ms at 10 M activity rows | worst p95 7.2 ms | **MET** |"));
        assertTrue(md.contains("- generator: skipped (no --generator-cmd)"));
        assertTrue(md.contains("| POST intended start → ticket.created received (intake + outbox relay + Kafka) | 1000 | 12.0 | 60.0 |"));
        assertTrue(md.contains("| routing-service | 12 | 3.4 |"));
        assertTrue(md.contains("- a note"));
    }

    @Test
    void aFullRunIsNotLabelledQuick() {
        BenchmarkReport quick = SampleReports.quickRun();
        BenchmarkReport full = new BenchmarkReport(quick.runId(), "full", quick.startedAt(), quick.finishedAt(),
                quick.machine(), quick.loadAverageAtEnd(), quick.pg(), quick.kafka(), quick.intake(), null, null, null,
                quick.targets(), null);

        String text = MarkdownReport.render(full, null);
        assertFalse(text.contains("Quick run"));
        assertFalse(text.contains("End to end"));
        assertFalse(text.contains("!["));
    }
}
