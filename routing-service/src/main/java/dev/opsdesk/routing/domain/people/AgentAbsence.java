package dev.opsdesk.routing.domain.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An out-of-office period (A30: out of office comes from the agent's availability calendar). */
@Entity
@Table(name = "agent_absence")
public class AgentAbsence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String reason;

    public static AgentAbsence of(String tenantId, String agentId, Instant startsAt, Instant endsAt, String reason) {
        AgentAbsence absence = new AgentAbsence();
        absence.id = UUID.randomUUID();
        absence.tenantId = tenantId;
        absence.agentId = agentId;
        absence.startsAt = startsAt;
        absence.endsAt = endsAt;
        absence.reason = reason;
        return absence;
    }

    public boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Absences of the tenant that cover {@code at}. */
    public static List<AgentAbsence> activeAt(String tenantId, Instant at) {
        return list("tenantId = ?1 and startsAt <= ?2 and endsAt > ?2", tenantId, at);
    }

    public static List<AgentAbsence> ofAgent(String tenantId, String agentId) {
        return list("tenantId = ?1 and agentId = ?2 order by startsAt", tenantId, agentId);
    }
}
