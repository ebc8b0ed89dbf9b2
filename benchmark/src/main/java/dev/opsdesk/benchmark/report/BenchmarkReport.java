package dev.opsdesk.benchmark.report;

import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.steps.BaselineResult;
import dev.opsdesk.benchmark.steps.DashboardResult;
import dev.opsdesk.benchmark.steps.EndToEndResult;
import dev.opsdesk.benchmark.steps.IntakeResult;
import dev.opsdesk.benchmark.steps.ServiceFootprint;
import java.util.List;

/** Everything one run measured; any part is null when its step did not run. */
public record BenchmarkReport(String runId, String mode, String startedAt, String finishedAt, MachineInfo machine,
                              String loadAverageAtEnd, BaselineResult pg, BaselineResult kafka, IntakeResult intake,
                              EndToEndResult endToEnd, DashboardResult dashboard, List<ServiceFootprint> services,
                              List<TargetCheck> targets, List<String> notes) {

    public BenchmarkReport withTargets(List<TargetCheck> checks) {
        return new BenchmarkReport(runId, mode, startedAt, finishedAt, machine, loadAverageAtEnd, pg, kafka, intake,
                endToEnd, dashboard, services, checks, notes);
    }
}
