package dev.opsdesk.qa.api;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A page of a list in (createdAt, id) order; {@code nextCursor} fetches the next one (null: no more). */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** A decoded cursor: the (createdAt, id) of the last row of the previous page. */
    public record Cursor(Instant createdAt, UUID id) {
    }

    public static Cursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return new Cursor(Instant.parse(decoded.substring(0, bar)), UUID.fromString(decoded.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new BadRequestException("cursor is not one this API returned");
        }
    }

    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("limit must be an integer from 1 to " + MAX_LIMIT);
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " is not a UUID");
        }
    }

    /** The page of {@code rows} (fetched with limit + 1) mapped to views. */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, Instant> createdAt, Function<R, UUID> id,
                                    Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            R last = page.get(page.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((createdAt.apply(last) + "|" + id.apply(last))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Page<>(page.stream().map(view).toList(), next);
    }
}
