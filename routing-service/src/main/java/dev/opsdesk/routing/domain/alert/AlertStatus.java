package dev.opsdesk.routing.domain.alert;

/** OPEN until the recipient role acknowledges it; CLEARED once the spike is over (a new spike opens a new alert). */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, CLEARED
}
