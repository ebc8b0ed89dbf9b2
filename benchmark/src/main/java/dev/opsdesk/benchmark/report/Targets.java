package dev.opsdesk.benchmark.report;

import dev.opsdesk.benchmark.steps.EndToEndResult;
import dev.opsdesk.benchmark.steps.IntakeStep;
import dev.opsdesk.benchmark.steps.ServiceFootprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Issue 9's targets, checked against a report. Goals to report against, not assertions. */
public final class Targets {

    static final double INTAKE_RATE = 2000;
    static final double INTAKE_VS_PG = 0.5;
    static final double E2E_P50_MS = 30;
    static final double E2E_P99_MS = 250;
    static final double DASHBOARD_P95_MS = 100;
    static final double STARTUP_S = 3;
    static final double RSS_MIB = 300;
    static final long SUSTAIN_SECONDS = 600;

    private Targets() {
    }

    public static List<TargetCheck> check(BenchmarkReport r) {
        List<TargetCheck> checks = new ArrayList<>();
        Double sustained = r.intake() == null ? null : r.intake().sustainedRate();
        long heldSeconds = sustainedSeconds(r);
        checks.add(at(sustained == null ? "no sustained run passed" : sustained + "/s for " + heldSeconds + " s",
                sustained != null && sustained >= INTAKE_RATE && heldSeconds >= SUSTAIN_SECONDS, "intake sustained",
                "≥ 2,000 tickets/s for 10 min", r.intake() != null));
        Double pgRate = r.pg() == null ? null : r.pg().opsPerSecond();
        boolean ratioKnown = sustained != null && pgRate != null && pgRate > 0;
        checks.add(at(ratioKnown ? String.format("%.2f × B_pg (%s / %s)", sustained / pgRate, sustained, pgRate) : null,
                ratioKnown && sustained / pgRate >= INTAKE_VS_PG, "intake vs B_pg", "≥ 0.5 × B_pg", ratioKnown));
        EndToEndResult e2e = r.endToEnd();
        boolean e2eKnown = e2e != null && e2e.assignedSeen() > 0;
        String e2eNote = e2e == null ? null : e2eKnown ? null : e2e.status();
        checks.add(at(e2eKnown ? e2e.createdToAssigned().p50() + " ms" : e2eNote,
                e2eKnown && e2e.createdToAssigned().p50() <= E2E_P50_MS, "end-to-end p50", "≤ 30 ms at 50 % load", e2eKnown));
        checks.add(at(e2eKnown ? e2e.createdToAssigned().p99() + " ms" : e2eNote,
                e2eKnown && e2e.createdToAssigned().p99() <= E2E_P99_MS, "end-to-end p99", "≤ 250 ms at 50 % load", e2eKnown));
        Double dashboard = r.dashboard() == null ? null : r.dashboard().worstP95();
        checks.add(at(dashboard == null ? null : "worst p95 " + dashboard + " ms",
                dashboard != null && dashboard <= DASHBOARD_P95_MS, "dashboard p95", "≤ 100 ms at 10 M activity rows",
                dashboard != null));
        List<ServiceFootprint> services = r.services() == null ? List.of() : r.services();
        List<Double> starts = services.stream().map(Targets::startup).filter(Objects::nonNull).toList();
        checks.add(at(starts.isEmpty() ? null : "slowest " + starts.stream().mapToDouble(d -> d).max().orElse(0) + " s",
                !starts.isEmpty() && starts.size() == services.size() && starts.stream().allMatch(s -> s <= STARTUP_S),
                "service start-up", "each ≤ 3 s", !starts.isEmpty()));
        List<Long> rss = services.stream().map(ServiceFootprint::rssMiB).filter(Objects::nonNull).toList();
        checks.add(at(rss.isEmpty() ? null : "largest " + rss.stream().mapToLong(l -> l).max().orElse(0) + " MiB",
                !rss.isEmpty() && rss.size() == services.size() && rss.stream().allMatch(m -> m <= RSS_MIB),
                "service RSS", "each ≤ 300 MiB", !rss.isEmpty()));
        return checks;
    }

    /** Time-to-ready when a restart measured it, else Quarkus' own "started in". */
    static Double startup(ServiceFootprint f) {
        return f.timeToReadySeconds() != null ? f.timeToReadySeconds() : f.startedInSeconds();
    }

    private static long sustainedSeconds(BenchmarkReport r) {
        return r.intake() == null ? 0 : r.intake().sustained().stream().filter(IntakeStep::passed).findFirst()
                .map(s -> Math.round(s.result().seconds())).orElse(0L);
    }

    private static TargetCheck at(String measured, boolean met, String target, String goal, boolean known) {
        if (!known || measured == null) {
            return new TargetCheck(target, goal, measured == null ? "—" : measured, TargetCheck.NOT_MEASURED);
        }
        return new TargetCheck(target, goal, measured, met ? TargetCheck.MET : TargetCheck.MISSED);
    }
}
