package dev.opsdesk.reporting.domain;

import java.util.Set;

/** The canonical status categories (DOMAIN.md §2.3) as reports group them. */
public final class StatusCategories {

    /** Still owed work: counts in queues and backlogs. */
    public static final Set<String> OPEN = Set.of("NEW", "AGENT_ACTION", "WAITING_CUSTOMER", "WAITING_INTERNAL",
            "TRANSFERRED");
    /** Closed with an outcome: the ticket counts as resolved (resolution time, resolution mix). */
    public static final Set<String> RESOLVED = Set.of("SOLVED", "SOLVED_EXTERNAL", "CLOSED_NO_ACTION");
    /** Solved for the customer: the categories first-contact resolution is measured on. */
    public static final Set<String> SOLVED = Set.of("SOLVED", "SOLVED_EXTERNAL");
    /** R76: Pending / On-hold (Zalora), Awaiting-Reply / In Progress (CrazySales). */
    public static final Set<String> WAITING = Set.of("WAITING_CUSTOMER", "WAITING_INTERNAL");

    private StatusCategories() {
    }

    public static boolean isOpen(String category) {
        return category != null && OPEN.contains(category);
    }

    public static boolean isResolved(String category) {
        return category != null && RESOLVED.contains(category);
    }

    /** A reopen is a move from a resolved category back to an open one (MERGED → open is an unmerge). */
    public static boolean isReopen(String from, String to) {
        return isResolved(from) && isOpen(to);
    }
}
