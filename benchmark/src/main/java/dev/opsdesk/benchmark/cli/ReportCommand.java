package dev.opsdesk.benchmark.cli;

import dev.opsdesk.benchmark.report.BenchmarkReport;
import dev.opsdesk.benchmark.report.ReportAssembler;
import dev.opsdesk.benchmark.report.ResultStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Renders the step results found in the results folder into docs/benchmarks/. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the Markdown + JSON report and the latency plot from the stored step results.")
final class ReportCommand implements Callable<Integer> {

    @Mixin StackOptions stack;
    @Mixin ReportOptions options;

    @Override
    public Integer call() {
        write(new ResultStore(stack.resultsDir()), options, stack);
        return 0;
    }

    static Path write(ResultStore store, ReportOptions options, StackOptions stack) {
        BenchmarkReport report = ReportAssembler.assemble(store, options.notes);
        Path dir = options.reportDir != null ? options.reportDir : stack.stack().repo().resolve("docs/benchmarks");
        Path md = ReportAssembler.write(report, dir);
        StepRunner.progress("report: " + md);
        report.targets().forEach(t -> StepRunner.progress(String.format("  %-18s %-32s %-28s %s", t.target(), t.goal(),
                t.measured(), t.verdict())));
        return md;
    }

    /** Where the report goes and what it should say besides the figures. */
    static final class ReportOptions {
        @Option(names = "--report-dir", description = "Default: <repo>/docs/benchmarks.")
        Path reportDir;

        @Option(names = "--note", description = "A line for the report's notes (repeatable).")
        List<String> notes = new ArrayList<>();
    }
}
