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
import java.util.stream.Collectors;

/** The report as Markdown: machine, targets, then one section per step that ran. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(BenchmarkReport r, String plotFileName) {
        StringBuilder md = new StringBuilder();
        md.append("# opsdesk benchmark — ").append(r.mode()).append(" run ").append(r.startedAt()).append("\n\n");
        if ("quick".equals(r.mode())) {
            md.append("> **Quick run**: shortened steps (the sustained run is not the issue's 10 minutes), "
                    + "indicative only. Figures depend on what else ran on the machine: see the load average.\n\n");
        }
        md.append("Run `").append(r.runId()).append("`, finished ").append(r.finishedAt())
                .append(". How to run and read this: [README](README.md).\n\n");
        machine(md, r.machine(), r.loadAverageAtEnd());
        md.append("## Targets (issue 9)\n\n");
        MarkdownTable targets = new MarkdownTable("target", "goal", "measured", "verdict");
        r.targets().forEach(t -> targets.row(t.target(), t.goal(), t.measured(), "**" + t.verdict() + "**"));
        md.append(targets.render());
        baselines(md, r.pg(), r.kafka());
        if (r.intake() != null) {
            intake(md, r.intake(), r.pg(), plotFileName);
        }
        if (r.endToEnd() != null) {
            endToEnd(md, r.endToEnd());
        }
        if (r.dashboard() != null) {
            dashboard(md, r.dashboard());
        }
        if (r.services() != null) {
            services(md, r.services());
        }
        if (r.notes() != null && !r.notes().isEmpty()) {
            md.append("## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /** The machine section; the fault test's report has it too. */
    public static void machine(StringBuilder md, MachineInfo m, String loadAtEnd) {
        if (m == null) {
            return;
        }
        md.append("## Machine\n\n");
        md.append(new MarkdownTable("CPU", "cores", "RAM", "OS", "kernel", "JDK", "Kafka", "Quarkus", "commit",
                "load average (1/5/15 min) at start → end")
                .row(m.cpuModel(), m.cores(), m.ramGiB() + " GiB", m.os(), m.kernel(), m.jdk(), m.kafkaClient(),
                        m.quarkus(), m.gitCommit(), m.loadAverage() + " → " + loadAtEnd)
                .render());
    }

    private static void baselines(StringBuilder md, BaselineResult pg, BaselineResult kafka) {
        if (pg == null && kafka == null) {
            return;
        }
        md.append("## Raw baselines (same run)\n\n");
        MarkdownTable table = new MarkdownTable("baseline", "what", "rate", "operations", "seconds", "errors",
                "p50 ms", "p99 ms", "CPU cores used");
        for (BaselineResult b : new BaselineResult[] {pg, kafka}) {
            if (b != null) {
                table.row(b.name(), b.what(), "**" + b.opsPerSecond() + "/s**", b.operations(), b.seconds(), b.errors(),
                        b.latency().p50(), b.latency().p99(), cores(b.cpuCores()));
            }
        }
        md.append(table.render());
        for (BaselineResult b : new BaselineResult[] {pg, kafka}) {
            if (b != null) {
                md.append("- ").append(b.name()).append(": ").append(settings(b.settings())).append('\n');
            }
        }
        md.append('\n');
    }

    private static void intake(StringBuilder md, IntakeResult in, BaselineResult pg, String plotFileName) {
        md.append("## Intake: `POST /api/v1/tickets`, open loop\n\n");
        md.append("- highest passing step: **").append(rate(in.highestStepRate())).append("**\n");
        md.append("- sustained: **").append(rate(in.sustainedRate())).append("**");
        in.sustained().stream().filter(IntakeStep::passed).findFirst()
                .ifPresent(s -> md.append(" for ").append(Math.round(s.result().seconds())).append(" s"));
        if (in.sustainedRate() != null && pg != null && pg.opsPerSecond() > 0) {
            md.append(String.format(" = **%.2f × B_pg** (%s/s)", in.sustainedRate() / pg.opsPerSecond(), pg.opsPerSecond()));
        }
        md.append("\n- ").append(settings(in.settings())).append("\n\n");
        if (plotFileName != null) {
            md.append("![intake latency against offered rate](").append(plotFileName).append(")\n\n");
        }
        MarkdownTable table = new MarkdownTable("phase", "offered/s", "achieved/s", "ok", "errors", "drops", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "p99 from send ms", "outbox backlog", "quiet after s", "CPU cores used", "verdict");
        for (IntakeStep s : concat(in.steps(), in.sustained())) {
            StepResult r = s.result();
            table.row(s.phase(), r.offeredRate(), r.achievedRate(), r.ok(), r.errors(), r.drops(), r.latency().p50(),
                    r.latency().p90(), r.latency().p99(), r.latency().max(), r.serviceTime().p99(), s.outboxBacklog(),
                    s.drainedSeconds() == null ? "—" : String.format("%.0f", s.drainedSeconds()), cores(s.cpuCores()),
                    "warm-up".equals(s.phase()) ? "" : s.passed() ? "pass" : "fail: " + s.failure());
        }
        md.append(table.render());
        List<String> samples = concat(in.steps(), in.sustained()).stream()
                .flatMap(s -> s.result().errorSamples().stream()).distinct().limit(5).toList();
        if (!samples.isEmpty()) {
            md.append("Error samples:\n\n");
            samples.forEach(e -> md.append("- `").append(e.replace("`", "'")).append("`\n"));
            md.append('\n');
        }
    }

    private static void endToEnd(StringBuilder md, EndToEndResult e) {
        md.append("## End to end: `ticket.created` → `ticket.assigned`\n\n");
        String share = e.loadFraction() == null ? "rate given by --e2e-rate"
                : String.format("%.0f %% of the intake reference rate", e.loadFraction() * 100);
        md.append(String.format("- at %.0f/s (%s): **%s** — %s%n", e.rate(), share, e.status(), e.message()));
        md.append("- ").append(settings(e.settings())).append('\n');
        md.append("- assignment sources: ").append(e.assignmentSources().isEmpty() ? "—" : e.assignmentSources())
                .append("\n\n");
        MarkdownTable table = new MarkdownTable("latency", "count", "p50 ms", "p99 ms", "max ms");
        latencyRow(table, "ticket.created received → ticket.assigned received", e.createdToAssigned());
        latencyRow(table, "POST intended start → ticket.assigned received", e.postToAssigned());
        latencyRow(table, "POST intended start → ticket.created received (intake + outbox relay + Kafka)",
                e.postToCreated());
        latencyRow(table, "the intake itself (HTTP, from intended start)", e.intake().latency());
        md.append(table.render());
    }

    private static void dashboard(StringBuilder md, DashboardResult d) {
        md.append("## Dashboard queries\n\n");
        md.append("- generator: ").append(d.generator() == null ? "skipped (no --generator-cmd)"
                : "`" + d.generator().command() + "` → " + d.generator().note() + " (exit " + d.generator().exitCode()
                + ", " + d.generator().seconds() + " s)").append('\n');
        md.append("- ").append(settings(d.settings())).append("\n\n");
        MarkdownTable table = new MarkdownTable("kind", "query", "runs", "errors", "rows", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
        for (QueryResult q : concat(d.http(), d.sql())) {
            table.row(q.kind(), "`" + q.name() + "`", q.runs(), q.errors(), q.rows(), q.latency().p50(),
                    "**" + q.latency().p95() + "**", q.latency().p99(), q.latency().max());
        }
        md.append(table.render());
    }

    private static void services(StringBuilder md, List<ServiceFootprint> services) {
        md.append("## Services: start-up and memory\n\n");
        MarkdownTable table = new MarkdownTable("service", "pid", "started in (Quarkus log) s", "time to ready (restart) s",
                "RSS after load MiB", "peak RSS MiB", "idle RSS after restart MiB", "note");
        services.forEach(s -> table.row(s.service(), s.pid(), s.startedInSeconds(), s.timeToReadySeconds(), s.rssMiB(),
                s.peakRssMiB(), s.idleRssMiB(), s.note()));
        md.append(table.render());
    }

    private static void latencyRow(MarkdownTable table, String name, LatencySummary l) {
        table.row(name, l.count(), l.p50(), l.p99(), l.max());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String rate(Double rate) {
        return rate == null ? "none" : rate + "/s";
    }

    private static String cores(Map<String, Double> cores) {
        if (cores == null || cores.isEmpty()) {
            return "—";
        }
        return cores.entrySet().stream().filter(e -> e.getValue() >= 0.01)
                .map(e -> e.getKey().replace("-service", "") + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String settings(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
