package dev.opsdesk.routing.domain.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who can own tickets. {@code agentId} is the user's token subject. */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

    /** The capacity key that stands for every channel without its own entry. */
    public static final String ANY_CHANNEL = "*";

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Presence presence;

    @Column(name = "presence_changed_at", nullable = false)
    public Instant presenceChangedAt;

    /** R112: a break or activity change that applies when the agent's current ticket closes. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_presence")
    public Presence pendingPresence;

    @Column(nullable = false)
    public String[] skills = new String[0];

    @Column(nullable = false)
    public String[] groups = new String[0];

    /** Tickets the agent may own at once, per channel code ({@value #ANY_CHANNEL} for the others). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Integer> capacity = new HashMap<>();

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** A32: the last shift end whose unresponded tickets were sent back to the queue. */
    @Column(name = "last_end_of_day_at")
    public Instant lastEndOfDayAt;

    @Column(name = "last_assigned_at")
    public Instant lastAssignedAt;

    public static Agent create(String tenantId, String agentId, String displayName, Instant now) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.tenantId = tenantId;
        agent.agentId = agentId;
        agent.displayName = displayName;
        agent.presence = Presence.OFFLINE;
        agent.presenceChangedAt = now;
        agent.timeZone = "UTC";
        return agent;
    }

    /** The agent's own capacity for the channel, else their "*", else the tenant's default for it, else 0. */
    public int capacityFor(String channel, Map<String, Integer> tenantDefaults) {
        for (Map<String, Integer> source : List.of(capacity, tenantDefaults == null ? Map.<String, Integer>of() : tenantDefaults)) {
            Integer value = source.get(channel);
            if (value == null) {
                value = source.get(ANY_CHANNEL);
            }
            if (value != null) {
                return value;
            }
        }
        return 0;
    }

    public boolean hasSkills(List<String> required) {
        return required == null || Arrays.asList(skills).containsAll(required);
    }

    public boolean memberOf(String groupId) {
        return Arrays.asList(groups).contains(groupId);
    }

    /**
     * R112: a change asked for while the agent still works a ticket waits for that ticket to close;
     * until then no new ticket is pushed to them. Returns true when it applied at once.
     */
    public boolean requestPresence(Presence wanted, boolean afterCurrentTicket, boolean hasOpenTickets, Instant now) {
        if (afterCurrentTicket && hasOpenTickets && wanted != Presence.ONLINE) {
            pendingPresence = wanted;
            return false;
        }
        setPresence(wanted, now);
        return true;
    }

    /** R112: the current ticket closed, so the waiting change applies now. */
    public boolean applyPendingPresence(Instant now) {
        if (pendingPresence == null) {
            return false;
        }
        setPresence(pendingPresence, now);
        return true;
    }

    private void setPresence(Presence value, Instant now) {
        presence = value;
        pendingPresence = null;
        presenceChangedAt = now;
    }

    public static List<Agent> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by agentId", tenantId);
    }

    public static Optional<Agent> find(String tenantId, String agentId) {
        return find("tenantId = ?1 and agentId = ?2", tenantId, agentId).firstResultOptional();
    }
}
