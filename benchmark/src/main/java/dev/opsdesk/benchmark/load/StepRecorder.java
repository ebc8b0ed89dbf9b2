package dev.opsdesk.benchmark.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/** Collects the outcomes of one step from many threads; closed once the step's result is taken. */
final class StepRecorder {

    private static final int SAMPLES = 5;

    private final Histogram latency = Histograms.concurrent();
    private final Histogram serviceTime = Histograms.concurrent();
    private final LongAdder sent = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder drops = new LongAdder();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final List<String> samples = new CopyOnWriteArrayList<>();
    private boolean closed;

    void sent() {
        sent.increment();
    }

    void dropped() {
        drops.increment();
    }

    synchronized void completed(long intendedNanos, long sentNanos, long doneNanos, Outcome outcome) {
        if (closed) {
            return; // answered after the drain timeout: already counted as unanswered
        }
        if (outcome.ok()) {
            ok.increment();
            Histograms.recordNanos(latency, doneNanos - intendedNanos);
            Histograms.recordNanos(serviceTime, doneNanos - sentNanos);
        } else {
            error(outcome.errorKind(), outcome.detail());
        }
    }

    private void error(String kind, String detail) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (samples.size() < SAMPLES) {
            String sample = kind + (detail == null || detail.isBlank() ? "" : ": " + detail);
            samples.add(sample.length() > 300 ? sample.substring(0, 300) + "…" : sample);
        }
    }

    /** Ends the step: what is still unanswered counts as an error, later answers are ignored. */
    synchronized StepResult close(double offeredRate, long scheduled, double seconds, String unansweredDetail) {
        closed = true;
        for (long i = sent.sum() - ok.sum() - errors.sum(); i > 0; i--) {
            error("unanswered", unansweredDetail);
        }
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        double achieved = seconds > 0 ? Math.round(ok.sum() / seconds * 10) / 10.0 : 0;
        return new StepResult(offeredRate, seconds, scheduled, sent.sum(), ok.sum(), errors.sum(), drops.sum(),
                achieved, LatencySummary.ofMicros(latency), LatencySummary.ofMicros(serviceTime), kinds,
                List.copyOf(samples));
    }
}
