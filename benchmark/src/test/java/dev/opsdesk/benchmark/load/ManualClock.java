package dev.opsdesk.benchmark.load;

import java.util.concurrent.TimeUnit;

/** A clock that moves only when told to (or when the runner sleeps until a later time). */
final class ManualClock implements NanoClock {

    private long now = TimeUnit.SECONDS.toNanos(1000);

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepUntil(long deadlineNanos) {
        now = Math.max(now, deadlineNanos);
    }

    synchronized void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
