package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.load.LatencySummary;
import dev.opsdesk.benchmark.report.MarkdownReport;
import dev.opsdesk.benchmark.report.MarkdownTable;
import java.util.List;
import java.util.Map;

/** The fault test's report as Markdown: verdict, machine, settings, one row per fault, poison, checks. */
public final class FaultMarkdown {

    private FaultMarkdown() {
    }

    public static String render(FaultReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# opsdesk fault test — ").append(r.startedAt()).append("\n\n");
        md.append("**").append(r.verdict()).append("** (exit code ").append(r.exitCode()).append("). Run `")
                .append(r.runId()).append("`, tenant `").append(r.tenant()).append("`, finished ").append(r.finishedAt())
                .append(". How to run and read this: [README](README.md).\n\n");
        Findings f = r.findings();
        md.append("Accepted tickets: **").append(f.accepted()).append("**; lost: **").append(f.lost())
                .append("**; tickets with a duplicated side effect: **").append(f.duplicated()).append("**; poison records injected: **")
                .append(r.poisonInjected()).append("**.\n\n");
        MachineInfo m = r.machine();
        MarkdownReport.machine(md, m, MachineInfo.currentLoadAverage());
        md.append("## Settings\n\n");
        MarkdownTable settings = new MarkdownTable("setting", "value");
        r.settings().forEach(settings::row);
        md.append(settings.render());
        faults(md, r.faults());
        retries(md, r.retries());
        poison(md, f, r);
        md.append("## Checks\n\n");
        MarkdownTable checks = new MarkdownTable("check", "verdict", "detail");
        r.checks().forEach(c -> checks.row(c.name(), "**" + c.verdict() + "**", c.detail()));
        md.append(checks.render());
        md.append("Assignments: ").append(f.assigned()).append(". ticket-events records of the run by type: ")
                .append(census(f.ticketEvents())).append(".\n\n");
        if (!r.notes().isEmpty()) {
            md.append("## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static void faults(StringBuilder md, List<FaultRow> rows) {
        md.append("## Faults\n\n");
        md.append("A request counts in the row of the fault whose window (from that fault to the next) holds its "
                + "intended start. *down for*: fault → `deploy/local/up` had everything ready again; *intake back*: "
                + "fault → first 2xx after the last refused request; *caught up*: fault → every consumer had recorded "
                + "every ticket accepted before the restart.\n\n");
        MarkdownTable table = new MarkdownTable("fault", "what", "down for s", "requests", "accepted", "refused (503)",
                "other errors", "intake back s", "caught up s", "lost", "duplicated");
        rows.forEach(r -> table.row(r.fault(), r.action(), r.downSeconds(), r.requests(), r.accepted(), r.refused503(),
                r.otherErrors() + (r.otherErrors() > 0 ? " " + others(r.answers()) : ""), r.intakeRecoverySeconds(),
                r.caughtUpSeconds(), "**" + r.lost() + "**", "**" + r.duplicated() + "**"));
        md.append(table.render());
        md.append("Intake answer latency while the component was down (from intended start, ms):\n\n");
        MarkdownTable latency = new MarkdownTable("fault", "answers", "p50", "p99", "max", "503 answers", "503 p50",
                "503 p99", "503 max", "note");
        rows.stream().filter(r -> r.latencyWhileDown() != null).forEach(r -> {
            LatencySummary all = r.latencyWhileDown();
            LatencySummary refused = r.refusedLatencyWhileDown();
            latency.row(r.fault(), all.count(), all.p50(), all.p99(), all.max(), refused.count(), refused.p50(),
                    refused.p99(), refused.max(), r.note());
        });
        md.append(latency.render());
    }

    private static String others(Map<String, Long> answers) {
        StringBuilder s = new StringBuilder("(");
        answers.forEach((kind, n) -> {
            if (!kind.equals(Answer.Kind.ACCEPTED.name()) && !kind.equals(Answer.Kind.REFUSED_503.name())) {
                s.append(s.length() > 1 ? ", " : "").append(kind).append(' ').append(n);
            }
        });
        return s.append(')').toString();
    }

    private static void retries(StringBuilder md, FaultReport.Retries r) {
        md.append("## Retries\n\n");
        md.append("After the last fault every request that got no 2xx was sent again with the same Idempotency-Key "
                + "and body: ").append(r.retried()).append(" retried, ").append(r.replayed())
                .append(" answered with the ticket their first attempt had created (`Idempotent-Replayed`), ")
                .append(r.created()).append(" created their ticket now, ").append(r.stillFailing())
                .append(" still failing.\n\n");
    }

    private static void poison(StringBuilder md, Findings f, FaultReport r) {
        md.append("## Poison records\n\n");
        MarkdownTable table = new MarkdownTable("topic", "consumer", "dead-letter topic", "injected", "dead-lettered",
                "missing", "twice", "good records dead-lettered");
        f.poison().forEach(p -> table.row(p.topic(), p.consumer(), p.deadLetterTopic(), p.injected(), p.deadLettered(),
                p.missing(), p.repeated(), p.goodRecords()));
        md.append(table.render());
        if (!r.poisonFailures().isEmpty()) {
            md.append("Not acknowledged by the broker (not counted as injected): ").append(r.poisonFailures().size())
                    .append(".\n\n");
        }
    }

    private static String census(EventCensus census) {
        StringBuilder s = new StringBuilder();
        census.types().forEach((type, c) -> s.append(s.isEmpty() ? "" : ", ").append(type).append(' ')
                .append(c.distinctEvents()).append(" events in ").append(c.records()).append(" records"));
        return s.isEmpty() ? "none" : s.toString();
    }
}
