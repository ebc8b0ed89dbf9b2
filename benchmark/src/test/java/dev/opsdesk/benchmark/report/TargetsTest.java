package dev.opsdesk.benchmark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void checksEachIssueTargetAgainstTheMeasuredFigures() {
        Map<String, TargetCheck> checks = byName(SampleReports.quickRun().targets());

        assertEquals(TargetCheck.MISSED, checks.get("intake sustained").verdict());
        assertEquals("188.0/s for 8 s", checks.get("intake sustained").measured());
        assertEquals(TargetCheck.MISSED, checks.get("intake vs B_pg").verdict(), "188 / 1500 = 0.13 < 0.5");
        assertEquals("0.13 × B_pg (188.0 / 1500.0)", checks.get("intake vs B_pg").measured());
        assertEquals(TargetCheck.NOT_MEASURED, checks.get("end-to-end p50").verdict());
        assertEquals("NO_ASSIGNMENTS", checks.get("end-to-end p99").measured());
        assertEquals(TargetCheck.MET, checks.get("dashboard p95").verdict());
        assertEquals(TargetCheck.MISSED, checks.get("service start-up").verdict(), "routing took 3.4 s");
        assertEquals(TargetCheck.MET, checks.get("service RSS").verdict());
    }

    @Test
    void aRunWithoutItsStepsMeasuresNothing() {
        BenchmarkReport empty = new BenchmarkReport("r", "full", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null,
                null, null, null, null, null, null, null, List.of(), List.of());

        Targets.check(empty).forEach(c -> assertEquals(TargetCheck.NOT_MEASURED, c.verdict(), c.target()));
    }

    private static Map<String, TargetCheck> byName(List<TargetCheck> checks) {
        return checks.stream().collect(Collectors.toMap(TargetCheck::target, c -> c));
    }
}
