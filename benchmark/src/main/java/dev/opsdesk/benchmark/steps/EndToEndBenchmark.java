package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.OpenLoopRunner;
import dev.opsdesk.benchmark.load.StepResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Posts tickets at a constant rate and waits for each one's {@code ticket.assigned} on
 * {@code ticket-events} (read directly with a Kafka consumer). Times are taken by this JVM when
 * its consumer receives each record, so both ends of created → assigned share one clock and
 * include the same consumer delay; the CloudEvent {@code ce_time}s are not used because
 * ticket-service stamps them when the transaction runs, before the relay publishes, and would hide
 * the relay's latency on both legs.
 */
public final class EndToEndBenchmark {

    private final OpenLoopRunner runner;
    private final String bootstrap;
    private final String topic;
    private final Consumer<String> progress;

    public EndToEndBenchmark(OpenLoopRunner runner, String bootstrap, String topic, Consumer<String> progress) {
        this.runner = runner;
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.progress = progress;
    }

    /**
     * @param intakeFor builds the intake sender that reports each created ticket to the tracker
     */
    public EndToEndResult run(double rate, Double loadFraction, Duration duration, Duration assignmentWait,
                              String runId, Function<IntakeRequests.CreatedListener, IntakeRequests> intakeFor)
            throws InterruptedException {
        AssignmentTracker tracker = new AssignmentTracker();
        StepResult intake;
        try (TicketEventsReader reader = new TicketEventsReader(bootstrap, topic, IntakeRequests.subjectMarker(runId),
                tracker)) {
            reader.start(Duration.ofSeconds(60));
            progress.accept(String.format("end-to-end: %.0f/s for %d s, then up to %d s for assignments", rate,
                    duration.toSeconds(), assignmentWait.toSeconds()));
            intake = runner.run(rate, duration, intakeFor.apply(tracker::posted));
            long deadline = System.nanoTime() + assignmentWait.toNanos();
            while (!tracker.complete() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("clock", "the benchmark's consumer receive time of each record (System.nanoTime, one JVM)");
        settings.put("topic", topic + " read directly, all partitions, from the end");
        settings.put("duration", duration.toSeconds() + " s, then up to " + assignmentWait.toSeconds() + " s waiting");
        return new EndToEndResult(status(tracker), message(tracker, assignmentWait), rate, loadFraction, intake,
                tracker.postedCount(), tracker.createdCount(), tracker.assignedCount(), tracker.createdToAssigned(),
                tracker.postToAssigned(), tracker.postToCreated(), tracker.sources(), settings);
    }

    static String status(AssignmentTracker tracker) {
        if (tracker.assignedCount() == 0) {
            return "NO_ASSIGNMENTS";
        }
        return tracker.complete() ? "OK" : "PARTIAL";
    }

    static String message(AssignmentTracker tracker, Duration wait) {
        if (tracker.assignedCount() == 0) {
            return "no assignments seen: none of the " + tracker.postedCount() + " tickets posted (" + tracker.createdCount()
                    + " seen as ticket.created) got a ticket.assigned within " + wait.toSeconds()
                    + " s after the load stopped (nothing assigns automatically without routing-service's decisions)";
        }
        return tracker.assignedCount() + " of " + tracker.postedCount() + " tickets assigned ("
                + tracker.createdCount() + " seen as ticket.created)";
    }
}
