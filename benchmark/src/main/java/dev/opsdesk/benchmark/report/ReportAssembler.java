package dev.opsdesk.benchmark.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.steps.BaselineResult;
import dev.opsdesk.benchmark.steps.DashboardResult;
import dev.opsdesk.benchmark.steps.EndToEndResult;
import dev.opsdesk.benchmark.steps.IntakeResult;
import dev.opsdesk.benchmark.steps.ServiceFootprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Builds the report from the step files of a results folder and writes its Markdown, JSON and SVG. */
public final class ReportAssembler {

    public static final List<String> STEPS =
            List.of("baseline-pg", "baseline-kafka", "intake", "e2e", "dashboard", "services");

    private ReportAssembler() {
    }

    public static BenchmarkReport assemble(ResultStore store, List<String> extraNotes) {
        List<JsonNode> files = STEPS.stream().map(store::read).flatMap(java.util.Optional::stream).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("no step results in " + store.dir() + ": run a step first");
        }
        List<ResultStore.RunInfo> runs = files.stream()
                .map(f -> ResultStore.convert(f.get("run"), ResultStore.RunInfo.class)).toList();
        ResultStore.RunInfo first = runs.stream().min(Comparator.comparing(ResultStore.RunInfo::startedAt)).orElseThrow();
        ResultStore.RunInfo last = runs.stream().max(Comparator.comparing(ResultStore.RunInfo::finishedAt)).orElseThrow();
        MachineInfo machine = files.stream().filter(f -> first.equals(ResultStore.convert(f.get("run"),
                ResultStore.RunInfo.class))).findFirst().map(f -> ResultStore.convert(f.get("machine"), MachineInfo.class))
                .orElse(null);
        List<String> notes = new ArrayList<>();
        if (runs.stream().map(ResultStore.RunInfo::runId).distinct().count() > 1) {
            notes.add("Steps come from several runs: " + runs.stream().map(ResultStore.RunInfo::runId).distinct().toList());
        }
        if (machine != null && loadOneMinute(machine.loadAverage()) > machine.cores()) {
            notes.add("The machine was busy before the run started (1-minute load average " + machine.loadAverage()
                    .split(" ")[0] + " on " + machine.cores() + " cores): other work competed for the CPU.");
        }
        notes.addAll(extraNotes);
        ServiceFootprint[] services = store.result("services", ServiceFootprint[].class).orElse(null);
        BenchmarkReport report = new BenchmarkReport(first.runId(), first.mode(), first.startedAt(), last.finishedAt(),
                machine, last.loadAverageAtEnd(), store.result("baseline-pg", BaselineResult.class).orElse(null),
                store.result("baseline-kafka", BaselineResult.class).orElse(null),
                store.result("intake", IntakeResult.class).orElse(null),
                store.result("e2e", EndToEndResult.class).orElse(null),
                store.result("dashboard", DashboardResult.class).orElse(null),
                services == null ? null : Arrays.asList(services), List.of(), notes);
        return report.withTargets(Targets.check(report));
    }

    /** Writes {@code <base>.md}, {@code <base>.json} and {@code <base>-latency.svg}; returns the Markdown's path. */
    public static Path write(BenchmarkReport report, Path dir) {
        String base = report.startedAt().replaceAll("[^0-9T]", "").replace("T", "-").substring(0, 13) + "-" + report.mode();
        String plot = base + "-latency.svg";
        try {
            Files.createDirectories(dir);
            ResultStore.JSON.writeValue(dir.resolve(base + ".json").toFile(), report);
            boolean plotted = report.intake() != null;
            if (plotted) {
                Files.writeString(dir.resolve(plot), LatencyPlot.svg("Intake latency against offered rate ("
                        + report.mode() + " run " + report.startedAt() + ")", allSteps(report),
                        report.intake().sustainedRate(), report.pg() == null ? null : report.pg().opsPerSecond(), 100));
            }
            Path md = dir.resolve(base + ".md");
            Files.writeString(md, MarkdownReport.render(report, plotted ? plot : null));
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir, e);
        }
    }

    private static List<dev.opsdesk.benchmark.steps.IntakeStep> allSteps(BenchmarkReport r) {
        List<dev.opsdesk.benchmark.steps.IntakeStep> steps = new ArrayList<>(r.intake().steps());
        steps.addAll(r.intake().sustained());
        return steps.stream().filter(Objects::nonNull).toList();
    }

    private static double loadOneMinute(String loadAverage) {
        try {
            return Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
