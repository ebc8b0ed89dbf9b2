package dev.opsdesk.routing.domain;

/** DOMAIN.md §2.3 canonical status categories; routing and SLA timers are defined on them. */
public enum StatusCategory {
    NEW, AGENT_ACTION, WAITING_CUSTOMER, WAITING_INTERNAL, SOLVED, SOLVED_EXTERNAL, CLOSED_NO_ACTION, MERGED,
    TRANSFERRED;

    /** The ticket needs nobody any more: it no longer takes capacity and is never routed. */
    public boolean closed() {
        return this == SOLVED || this == SOLVED_EXTERNAL || this == CLOSED_NO_ACTION || this == MERGED;
    }

    public static StatusCategory parse(String value) {
        try {
            return value == null ? null : valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
