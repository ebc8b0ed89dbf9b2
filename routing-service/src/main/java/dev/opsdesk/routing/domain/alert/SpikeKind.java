package dev.opsdesk.routing.domain.alert;

/** A28 (VOLUME) and A29 (SUBJECT_PATTERN, SENDER_DOMAIN). */
public enum SpikeKind {
    VOLUME, SUBJECT_PATTERN, SENDER_DOMAIN
}
