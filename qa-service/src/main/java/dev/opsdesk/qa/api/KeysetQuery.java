package dev.opsdesk.qa.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A list query of the caller's tenant with optional filters, read in (createdAt, id) order a page at a time. */
final class KeysetQuery {

    private final StringBuilder where = new StringBuilder("tenantId = :tenant");
    private final Parameters params;

    private KeysetQuery(String tenantId) {
        params = Parameters.with("tenant", tenantId);
    }

    static KeysetQuery inTenant(String tenantId) {
        return new KeysetQuery(tenantId);
    }

    /** Adds {@code "<field> = :<name>"} when the value is given. */
    KeysetQuery where(String field, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(field).append(" = :").append(name);
            params.and(name, value);
        }
        return this;
    }

    <E, T> Page<T> page(BiFunction<String, Parameters, PanacheQuery<E>> find, String cursor, String limit,
                        Function<E, Instant> createdAt, Function<E, UUID> id, Function<E, T> view) {
        Page.Cursor after = Page.cursor(cursor);
        if (after != null) {
            where.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            params.and("at", after.createdAt()).and("id", after.id());
        }
        int size = Page.limit(limit);
        List<E> rows = find.apply(where + " order by createdAt, id", params).page(0, size + 1).list();
        return Page.of(rows, size, createdAt, id, view);
    }
}
