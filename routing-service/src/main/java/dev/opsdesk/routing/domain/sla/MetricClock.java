package dev.opsdesk.routing.domain.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One metric's clock while a ticket's facts are replayed: started, paused and resumed, finished.
 * It counts working time in its calendar, so the due time does not depend on when it is asked.
 */
final class MetricClock {

    /** A computed timer: state, when it started, when it breaches (RUNNING only). */
    record Result(TimerState state, Instant startedAt, Instant dueAt) {
    }

    private final Duration target;
    private final BusinessCalendar calendar;
    private TimerState state;
    private Instant startedAt;
    private Instant segmentStart;
    private Duration consumed = Duration.ZERO;
    private Instant crossedAt;

    MetricClock(Duration target, BusinessCalendar calendar) {
        this.target = target;
        this.calendar = calendar;
    }

    boolean active() {
        return state == TimerState.RUNNING || state == TimerState.PAUSED;
    }

    boolean started() {
        return state != null;
    }

    TimerState state() {
        return state;
    }

    void start(Instant at, boolean running) {
        state = running ? TimerState.RUNNING : TimerState.PAUSED;
        startedAt = at;
        segmentStart = running ? at : null;
        consumed = Duration.ZERO;
        crossedAt = null;
    }

    void pause(Instant at) {
        if (state == TimerState.RUNNING) {
            closeSegment(at);
            state = TimerState.PAUSED;
        }
    }

    void resume(Instant at) {
        if (state == TimerState.PAUSED) {
            segmentStart = at;
            state = TimerState.RUNNING;
        }
    }

    /** A finished clock runs again with the time it already used (a reopened ticket). */
    void reopen(Instant at, boolean running) {
        if (state == TimerState.MET || state == TimerState.CANCELLED) {
            state = running ? TimerState.RUNNING : TimerState.PAUSED;
            segmentStart = running ? at : null;
        }
    }

    void finish(Instant at, TimerState end) {
        if (state == TimerState.RUNNING) {
            closeSegment(at);
        }
        if (state != null) {
            state = end;
        }
    }

    private void closeSegment(Instant at) {
        Duration segment = calendar.between(segmentStart, at);
        if (crossedAt == null && consumed.plus(segment).compareTo(target) >= 0) {
            crossedAt = calendar.plus(segmentStart, target.minus(consumed));
        }
        consumed = consumed.plus(segment);
        segmentStart = null;
    }

    Result result() {
        if (state != TimerState.RUNNING) {
            return new Result(state, startedAt, null);
        }
        Instant due = crossedAt != null ? crossedAt : calendar.plus(segmentStart, target.minus(consumed));
        return new Result(state, startedAt, due);
    }
}
