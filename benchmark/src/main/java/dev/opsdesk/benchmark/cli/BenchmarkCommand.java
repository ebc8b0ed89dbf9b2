package dev.opsdesk.benchmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code benchmark/run [all|baseline-pg|baseline-kafka|intake|e2e|dashboard|services|report] [options]};
 * {@code deploy/local/fault} runs the {@code fault} subcommand.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures the running local stack (deploy/local/up) against raw PostgreSQL and Kafka baselines.",
        subcommands = {AllCommand.class, StepCommands.BaselinePg.class, StepCommands.BaselineKafka.class,
                StepCommands.Intake.class, StepCommands.EndToEnd.class, StepCommands.Dashboard.class,
                StepCommands.Services.class, ReportCommand.class, FaultCommand.class})
public final class BenchmarkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
