package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.env.CpuSampler;
import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.load.OpenLoopRunner;
import dev.opsdesk.benchmark.load.RequestSender;
import dev.opsdesk.benchmark.load.StepResult;
import dev.opsdesk.benchmark.load.StepUpPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Intake throughput: a warm-up (JIT, connection pools), then the step-up search of
 * {@link StepUpPolicy}, then a sustained run at the highest passing rate; when that fails, again at
 * {@code sustainBackoff} of it, up to {@code sustainAttempts} runs in all.
 */
public final class IntakeBenchmark {

    /** How long each phase runs. */
    public record Timing(Duration warmUp, double warmUpRate, Duration step, Duration settle, Duration sustain,
                         int sustainAttempts, double sustainBackoff, Duration drainTimeout) {
    }

    private final OpenLoopRunner runner;
    private final RequestSender intake;
    private final StepUpPolicy policy;
    private final Timing timing;
    private final OutboxBacklog backlog;
    private final LocalStack stack;
    private final StackQuiet quiet;
    private final Consumer<String> progress;

    public IntakeBenchmark(OpenLoopRunner runner, RequestSender intake, StepUpPolicy policy, Timing timing,
                           PgConnection pg, LocalStack stack, StackQuiet quiet, Consumer<String> progress) {
        this.runner = runner;
        this.intake = intake;
        this.policy = policy;
        this.timing = timing;
        this.backlog = new OutboxBacklog(pg);
        this.stack = stack;
        this.quiet = quiet;
        this.progress = progress;
    }

    public IntakeResult run(Map<String, String> settings) throws InterruptedException {
        List<IntakeStep> steps = new ArrayList<>();
        if (!timing.warmUp().isZero()) {
            steps.add(step("warm-up", timing.warmUpRate(), timing.warmUp()));
        }
        List<StepResult> search = new ArrayList<>();
        for (OptionalDouble rate = policy.next(search); rate.isPresent(); rate = policy.next(search)) {
            IntakeStep step = step("step-up", rate.getAsDouble(), timing.step());
            steps.add(step);
            search.add(step.result());
        }
        Double highest = box(policy.highestPassing(search));
        List<IntakeStep> sustained = new ArrayList<>();
        Double sustainedRate = null;
        double rate = highest == null ? 0 : highest;
        for (int attempt = 0; highest != null && attempt < timing.sustainAttempts() && !timing.sustain().isZero();
             attempt++) {
            IntakeStep run = step("sustained", rate, timing.sustain());
            sustained.add(run);
            if (run.passed()) {
                sustainedRate = rate;
                break;
            }
            rate = Math.round(rate * timing.sustainBackoff());
        }
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("warm-up", timing.warmUp().toSeconds() + " s at " + timing.warmUpRate() + "/s");
        all.put("step duration", timing.step().toSeconds() + " s (then " + timing.settle().toSeconds() + " s pause"
                + (timing.drainTimeout().isZero() ? ")" : ", then up to " + timing.drainTimeout().toSeconds()
                + " s until every outbox is published and no consumer group lags)"));
        all.put("sustained run", timing.sustain().toSeconds() + " s, up to " + timing.sustainAttempts()
                + " attempts, each failed one retried at " + Math.round(timing.sustainBackoff() * 100) + " %");
        all.put("step-up", "from " + policy.startRate() + "/s ×" + policy.factor() + " up to " + policy.maxRate()
                + "/s, then " + policy.refinements() + " bisections; a step passes with p99 ≤ " + policy.p99LimitMs()
                + " ms and no error or drop");
        return new IntakeResult(steps, sustained, highest, sustainedRate, all);
    }

    private IntakeStep step(String phase, double rate, Duration duration) throws InterruptedException {
        progress.accept(String.format("intake %s: %.0f/s for %d s", phase, rate, duration.toSeconds()));
        CpuSampler cpu = CpuSampler.start(stack);
        StepResult result = runner.run(rate, duration, intake);
        Map<String, Double> cores = cpu.coresSinceStart();
        Long unpublished = backlog.unpublished();
        String failure = policy.failure(result).orElse(null);
        progress.accept(String.format("  -> ok %d, errors %d, drops %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%s",
                result.ok(), result.errors(), result.drops(), result.latency().p50(), result.latency().p99(),
                result.latency().max(), failure == null ? " (pass)" : " (fail: " + failure + ")"));
        Thread.sleep(timing.settle().toMillis());
        Double drained = null;
        if (!timing.drainTimeout().isZero()) {
            drained = quiet.await(timing.drainTimeout());
            progress.accept(drained == null ? String.format("  -> stack NOT quiet within %d s",
                    timing.drainTimeout().toSeconds()) : String.format("  -> stack quiet after %.0f s", drained));
        }
        return new IntakeStep(phase, result, failure == null, failure, unpublished, cores, drained);
    }

    private static Double box(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
