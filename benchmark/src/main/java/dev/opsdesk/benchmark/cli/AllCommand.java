package dev.opsdesk.benchmark.cli;

import dev.opsdesk.benchmark.steps.IntakeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The documented command: baselines first, then intake, end-to-end at half the intake rate,
 * dashboard, services, report. A step that fails is reported and the others still run.
 */
@Command(name = "all", mixinStandardHelpOptions = true, description = "Every step in order, then the report.")
final class AllCommand implements Callable<Integer> {

    @Mixin StackOptions stack;
    @Mixin BaselineOptions baseline;
    @Mixin IntakeOptions intake;
    @Mixin EndToEndOptions endToEnd;
    @Mixin DashboardOptions dashboard;
    @Mixin ServicesOptions services;
    @Mixin ReportCommand.ReportOptions report;

    @Option(names = "--skip", split = ",", description = "Steps to leave out: baseline-pg, baseline-kafka, intake, e2e, "
            + "dashboard, services.")
    List<String> skip = new ArrayList<>();

    @Override
    public Integer call() {
        StepRunner runner = new StepRunner(stack);
        runner.store().clear();
        List<String> failed = new ArrayList<>();
        IntakeResult[] intakeResult = new IntakeResult[1];
        step("baseline-pg", failed, () -> runner.baselinePg(baseline));
        step("baseline-kafka", failed, () -> runner.baselineKafka(baseline));
        step("intake", failed, () -> intakeResult[0] = runner.intake(intake));
        step("e2e", failed, () -> runner.endToEnd(endToEnd, intake,
                intakeResult[0] == null ? null : intakeResult[0].referenceRate()));
        step("dashboard", failed, () -> runner.dashboard(dashboard));
        step("services", failed, () -> runner.services(services));
        List<String> notes = new ArrayList<>(report.notes);
        failed.forEach(f -> notes.add("Step failed: " + f));
        report.notes = notes;
        ReportCommand.write(runner.store(), report, stack);
        return failed.isEmpty() ? 0 : 1;
    }

    private void step(String name, List<String> failed, StepRunner.Step<?> step) {
        if (skip.contains(name)) {
            StepRunner.progress(name + ": skipped");
            return;
        }
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add(name + ": interrupted");
        } catch (Exception e) {
            StepRunner.progress(name + " failed: " + e);
            failed.add(name + ": " + e);
        }
    }
}
