package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.RuleViolation;

/** The keyset paging parameters of list endpoints: {@code cursor} (a previous page's nextCursor) and {@code limit}. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    public static Long cursor(String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new RuleViolation(null, "cursor", "must be the nextCursor of a previous page");
        }
        return Long.parseLong(value);
    }

    public static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            throw new RuleViolation(null, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        return Integer.parseInt(value);
    }
}
