package dev.opsdesk.routing.domain.sla;

/** routing.sla-timer-changed {@code state}. */
public enum TimerState {
    RUNNING, PAUSED, MET, BREACHED, CANCELLED
}
