package dev.opsdesk.benchmark.report;

import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.load.LatencySummary;
import dev.opsdesk.benchmark.load.StepResult;
import dev.opsdesk.benchmark.steps.BaselineResult;
import dev.opsdesk.benchmark.steps.DashboardResult;
import dev.opsdesk.benchmark.steps.EndToEndResult;
import dev.opsdesk.benchmark.steps.IntakeResult;
import dev.opsdesk.benchmark.steps.IntakeStep;
import dev.opsdesk.benchmark.steps.QueryResult;
import dev.opsdesk.benchmark.steps.ServiceFootprint;
import java.util.List;
import java.util.Map;

/** Results as the steps would store them: a quick run on main, where nothing assigns tickets. */
final class SampleReports {

    static final MachineInfo MACHINE = new MachineInfo("Test CPU @ 2.0GHz", 2, 23.4, "Debian GNU/Linux 12",
            "6.1.0", "Debian 17.0.15", "5.1 4.2 3.0", "4.1.1", "3.34.1", "abc1234");

    private SampleReports() {
    }

    static LatencySummary latency(double p50, double p99) {
        return new LatencySummary(1000, p50, p50 * 1.5, p99 * 0.8, p99, p99 * 1.2, p99 * 2, p50 * 1.1);
    }

    static StepResult step(double rate, double p50, double p99, long errors) {
        return new StepResult(rate, 8, (long) (rate * 8), (long) (rate * 8), (long) (rate * 8) - errors, errors, 0,
                rate - errors / 8.0, latency(p50, p99), latency(p50 * 0.9, p99 * 0.5),
                errors > 0 ? Map.of("HTTP 500", errors) : Map.of(), errors > 0 ? List.of("HTTP 500: boom") : List.of());
    }

    static IntakeStep intake(String phase, double rate, double p50, double p99, long errors) {
        boolean passed = p99 <= 100 && errors == 0;
        return new IntakeStep(phase, step(rate, p50, p99, errors), passed, passed ? null : "p99 " + p99 + " ms > 100.0 ms",
                12L, Map.of("ticket-service", 0.9, "postgres", 0.4, "benchmark", 0.3), 4.0);
    }

    static BenchmarkReport quickRun() {
        BaselineResult pg = new BaselineResult("B_pg", "commits/s", 1500, 18000, 12, 0, latency(10, 40),
                Map.of("threads", "20"), Map.of("postgres", 1.2));
        BaselineResult kafka = new BaselineResult("B_kp", "records/s", 40000, 480000, 12, 0, latency(20, 60),
                Map.of("acks", "all"), Map.of("kafka", 0.8));
        IntakeResult intake = new IntakeResult(List.of(intake("warm-up", 100, 8, 30, 0), intake("step-up", 100, 5, 20, 0),
                intake("step-up", 150, 6, 40, 0), intake("step-up", 225, 9, 180, 0), intake("step-up", 188, 7, 90, 0)),
                List.of(intake("sustained", 188, 7, 95, 0)), 188.0, 188.0, Map.of("max in flight", "500"));
        EndToEndResult e2e = new EndToEndResult("NO_ASSIGNMENTS", "no assignments seen: none of the 1880 tickets posted",
                94, 0.5, step(94, 5, 20, 0), 1880, 1880, 0, LatencySummary.EMPTY, LatencySummary.EMPTY, latency(12, 60), Map.of(),
                Map.of("clock", "consumer receive time"));
        DashboardResult dashboard = new DashboardResult(null, List.of(new QueryResult("http",
                "http://127.0.0.1:8084/api/v1/reports/ticket-volume", 50, 0, latency(3, 9), null, List.of())), List.of(),
                7.2, Map.of("HTTP", "1 endpoint"));
        List<ServiceFootprint> services = List.of(
                new ServiceFootprint("ticket-service", 11L, 2.5, null, 280L, 290L, null, null),
                new ServiceFootprint("routing-service", 12L, 3.4, null, 250L, 260L, null, null));
        BenchmarkReport report = new BenchmarkReport("run-1", "quick", "2026-11-23T19:30:12Z", "2026-11-23T19:34:40Z",
                MACHINE, "4.0 4.1 3.2", pg, kafka, intake, e2e, dashboard, services, List.of(), List.of("a note"));
        return report.withTargets(Targets.check(report));
    }
}
