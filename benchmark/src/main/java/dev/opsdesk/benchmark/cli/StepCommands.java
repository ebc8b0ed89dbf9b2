package dev.opsdesk.benchmark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** One command per step; each stores its result in the results folder ({@code report} renders them). */
final class StepCommands {

    private StepCommands() {
    }

    /** The stack options every step takes, and the run of the step itself. */
    abstract static class StepCommand implements Callable<Integer> {
        @Mixin StackOptions stack;

        abstract void run(StepRunner runner) throws Exception;

        @Override
        public Integer call() throws Exception {
            run(new StepRunner(stack));
            return 0;
        }
    }

    @Command(name = "baseline-pg", mixinStandardHelpOptions = true,
            description = "B_pg: commits/s of 1 ticket + 1 outbox row, at the service's pool size.")
    static final class BaselinePg extends StepCommand {
        @Mixin BaselineOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.baselinePg(options);
        }
    }

    @Command(name = "baseline-kafka", mixinStandardHelpOptions = true,
            description = "B_kp: records/s of an acks=all idempotent producer, 1 KB records, scratch topic.")
    static final class BaselineKafka extends StepCommand {
        @Mixin BaselineOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.baselineKafka(options);
        }
    }

    @Command(name = "intake", mixinStandardHelpOptions = true,
            description = "Steps the POST /api/v1/tickets rate up until p99 > limit or errors, then a sustained run.")
    static final class Intake extends StepCommand {
        @Mixin IntakeOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.intake(options);
        }
    }

    @Command(name = "e2e", mixinStandardHelpOptions = true,
            description = "ticket.created -> ticket.assigned at a share of the intake result (or --e2e-rate).")
    static final class EndToEnd extends StepCommand {
        @Mixin IntakeOptions intake;
        @Mixin EndToEndOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.endToEnd(options, intake, null);
        }
    }

    @Command(name = "dashboard", mixinStandardHelpOptions = true,
            description = "Optional data generator, then p95 of dashboard endpoints and/or SQL statements.")
    static final class Dashboard extends StepCommand {
        @Mixin DashboardOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.dashboard(options);
        }
    }

    @Command(name = "services", mixinStandardHelpOptions = true,
            description = "Start-up time and resident memory of the four services.")
    static final class Services extends StepCommand {
        @Mixin ServicesOptions options;

        @Override
        void run(StepRunner runner) throws Exception {
            runner.services(options);
        }
    }
}
