package dev.opsdesk.benchmark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** One command per step; each stores its result in the results folder ({@code report} renders them). */
final class StepCommands {

    private StepCommands() {
    }

    @Command(name = "baseline-pg", mixinStandardHelpOptions = true,
            description = "B_pg: commits/s of 1 ticket + 1 outbox row, at the service's pool size.")
    static final class BaselinePg implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin BaselineOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).baselinePg(options);
            return 0;
        }
    }

    @Command(name = "baseline-kafka", mixinStandardHelpOptions = true,
            description = "B_kp: records/s of an acks=all idempotent producer, 1 KB records, scratch topic.")
    static final class BaselineKafka implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin BaselineOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).baselineKafka(options);
            return 0;
        }
    }

    @Command(name = "intake", mixinStandardHelpOptions = true,
            description = "Steps the POST /api/v1/tickets rate up until p99 > limit or errors, then a sustained run.")
    static final class Intake implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin IntakeOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).intake(options);
            return 0;
        }
    }

    @Command(name = "e2e", mixinStandardHelpOptions = true,
            description = "ticket.created -> ticket.assigned at a share of the intake result (or --e2e-rate).")
    static final class EndToEnd implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin IntakeOptions intake;
        @Mixin EndToEndOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).endToEnd(options, intake, null);
            return 0;
        }
    }

    @Command(name = "dashboard", mixinStandardHelpOptions = true,
            description = "Optional data generator, then p95 of dashboard endpoints and/or SQL statements.")
    static final class Dashboard implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin DashboardOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).dashboard(options);
            return 0;
        }
    }

    @Command(name = "services", mixinStandardHelpOptions = true,
            description = "Start-up time and resident memory of the four services.")
    static final class Services implements Callable<Integer> {
        @Mixin StackOptions stack;
        @Mixin ServicesOptions options;

        @Override
        public Integer call() throws Exception {
            new StepRunner(stack).services(options);
            return 0;
        }
    }
}
