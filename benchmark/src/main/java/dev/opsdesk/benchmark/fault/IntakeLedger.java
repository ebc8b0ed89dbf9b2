package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.load.NanoClock;
import dev.opsdesk.benchmark.steps.IntakeRequests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every answer the intake gave during the fault test, from any thread. */
public final class IntakeLedger implements IntakeRequests.AnswerListener {

    private final NanoClock clock;
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    public IntakeLedger(NanoClock clock) {
        this.clock = clock;
    }

    @Override
    public void answered(long sequence, long intendedStartNanos, int status, String ticketId, boolean replayed,
                         Throwable failure) {
        answers.add(new Answer(sequence, intendedStartNanos, clock.nanoTime(), status, ticketId, replayed,
                failure == null ? null : describe(failure)));
    }

    /** The answers so far, by request number. */
    public List<Answer> answers() {
        List<Answer> all = new ArrayList<>(answers);
        all.sort(Comparator.comparingLong(Answer::sequence));
        return all;
    }

    /** Tickets accepted with an answer that arrived by this time. */
    public long acceptedBy(long nanos) {
        return answers.stream().filter(a -> a.accepted() && a.doneNanos() <= nanos).count();
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
