package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Lists a tenant's tickets with filters, newest first, in pages joined by an opaque keyset cursor. */
@ApplicationScoped
public class TicketSearch {

    public static final int MAX_LIMIT = 100;

    /** Filters; null means "any". */
    public record Filter(String status, String statusCategory, String channel, String store, String ownerId,
                         String requesterEmail, String orderId, String topic, Instant createdFrom, Instant createdTo,
                         String text) {
    }

    public record Page(List<Ticket> items, String nextCursor) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(String tenantId, Filter filter, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation(null, "limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        List<String> where = new ArrayList<>(List.of("tenantId = :tenant"));
        Parameters params = Parameters.with("tenant", tenantId);
        add(where, params, "status = :status", "status", filter.status());
        add(where, params, "statusCategory = :category", "category", category(filter.statusCategory()));
        add(where, params, "channel = :channel", "channel", filter.channel());
        add(where, params, "store = :store", "store", filter.store());
        add(where, params, "ownerId = :owner", "owner", filter.ownerId());
        add(where, params, "requesterEmail = :email", "email",
                filter.requesterEmail() == null ? null : filter.requesterEmail().strip().toLowerCase(Locale.ROOT));
        add(where, params, "orderId = :order", "order", filter.orderId());
        add(where, params, "createdAt >= :from", "from", filter.createdFrom());
        add(where, params, "createdAt < :to", "to", filter.createdTo());
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("lower(subject) like :text");
            params.and("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        }
        if (filter.topic() != null) {
            where.add("array_contains(topics, :topic)");
            params.and("topic", filter.topic());
        }
        if (cursor != null && !cursor.isBlank()) {
            Position after = Position.decode(cursor);
            where.add("(createdAt < :cursorAt or (createdAt = :cursorAt and id < :cursorId))");
            params.and("cursorAt", after.createdAt()).and("cursorId", after.id());
        }
        List<Ticket> rows = Ticket.<Ticket>find(String.join(" and ", where) + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Ticket> items = more ? rows.subList(0, limit) : rows;
        String next = more ? new Position(items.get(limit - 1).createdAt, items.get(limit - 1).id).encode() : null;
        return new Page(items, next);
    }

    private static StatusCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return StatusCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(null, "statusCategory", "'" + value + "' is not one of "
                    + java.util.Arrays.toString(StatusCategory.values()));
        }
    }

    private static void add(List<String> where, Parameters params, String clause, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(clause);
            params.and(name, value);
        }
    }

    private record Position(Instant createdAt, UUID id) {

        String encode() {
            String raw = createdAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                return new Position(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw new RuleViolation(null, "cursor", "not a cursor this API gave out");
            }
        }
    }
}
