package dev.opsdesk.reporting.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * When a value was set, for last-writer-wins merges: by event time, then by a precedence rank
 * (e.g. a resolution's category beats the status change of the same instant), then by event id, so
 * that any order of delivery ends with the same value.
 */
public record Version(Instant at, int rank, UUID eventId) implements Comparable<Version> {

    private static final Comparator<Version> ORDER = Comparator.comparing(Version::at)
            .thenComparingInt(Version::rank)
            .thenComparing(Version::eventId);

    public static Version of(Instant at, UUID eventId) {
        return new Version(at, 0, eventId);
    }

    /** True when this version should replace {@code current} (null = nothing set yet). */
    public boolean supersedes(Version current) {
        return current == null || current.at() == null || compareTo(current) > 0;
    }

    @Override
    public int compareTo(Version other) {
        return ORDER.compare(this, other);
    }
}
