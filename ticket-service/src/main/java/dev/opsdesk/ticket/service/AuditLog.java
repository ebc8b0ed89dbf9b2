package dev.opsdesk.ticket.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.domain.audit.AuditFilter;
import dev.opsdesk.ticket.domain.audit.AuditLogEntry;
import dev.opsdesk.ticket.domain.audit.SecretMask;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

/**
 * The audit log of configuration changes: written in the transaction of the change, so a change
 * and its entry commit together; append-only (the table refuses updates and deletes).
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final JsonWebToken token;

    AuditLog(EntityManager em, ObjectMapper json, Clock clock, JsonWebToken token) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.token = token;
    }

    /** The state to audit, as JSON with secrets masked; take it before changing the entity. */
    public JsonNode snapshot(Object state) {
        return state == null ? null : SecretMask.mask(json.valueToTree(state));
    }

    /** Records a change by the calling user (or "system" outside a request); a change that changed nothing is not recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, String action, String entityType, String entityId, JsonNode before,
                       JsonNode after) {
        if (before != null && Objects.equals(before, after)) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_log (tenant_id, occurred_at,"
                    + " actor, action, entity_type, entity_id, before, after)"
                    + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
                insert.setString(1, tenantId);
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.setString(3, actor());
                insert.setString(4, action);
                insert.setString(5, entityType);
                insert.setString(6, entityId);
                insert.setString(7, text(before));
                insert.setString(8, text(after));
                insert.executeUpdate();
            }
        });
    }

    /** The tenant's entries newest first, at most {@code limit}, after the cursor in the filter. */
    @Transactional
    public List<AuditLogEntry> entries(String tenantId, AuditFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor, action, entity_type, entity_id,"
                + " before::text, after::text from audit_log where tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        condition(sql, params, "entity_type = ?", filter.entityType());
        condition(sql, params, "entity_id = ?", filter.entityId());
        condition(sql, params, "action = ?", filter.action());
        condition(sql, params, "actor = ?", filter.actor());
        condition(sql, params, "occurred_at >= ?", filter.since() == null ? null : Timestamp.from(filter.since()));
        condition(sql, params, "occurred_at < ?", filter.until() == null ? null : Timestamp.from(filter.until()));
        condition(sql, params, "id < ?", filter.before());
        sql.append(" order by id desc limit ?");
        params.add(limit);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    query.setObject(i + 1, params.get(i));
                }
                List<AuditLogEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditLogEntry(rows.getLong(1), tenantId, rows.getTimestamp(2).toInstant(),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                                tree(rows.getString(7)), tree(rows.getString(8))));
                    }
                }
                return entries;
            }
        });
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        String name = token.getName();
        if (name == null || name.isBlank()) {
            name = token.getSubject();
        }
        return name == null || name.isBlank() ? "system" : name;
    }

    private String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit snapshot", e);
        }
    }

    private JsonNode tree(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable audit snapshot", e);
        }
    }
}
