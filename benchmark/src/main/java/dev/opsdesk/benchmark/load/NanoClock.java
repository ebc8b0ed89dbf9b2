package dev.opsdesk.benchmark.load;

import java.util.concurrent.locks.LockSupport;

/** The load generator's time source; tests drive a schedule with a manual one instead of sleeping. */
public interface NanoClock {

    long nanoTime();

    /** Returns once {@link #nanoTime()} has reached the deadline (at once when it already passed). */
    void sleepUntil(long deadlineNanos) throws InterruptedException;

    NanoClock SYSTEM = new NanoClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadlineNanos) throws InterruptedException {
            long remaining;
            while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                LockSupport.parkNanos(remaining);
            }
        }
    };
}
