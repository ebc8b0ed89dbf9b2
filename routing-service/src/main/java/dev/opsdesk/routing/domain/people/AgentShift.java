package dev.opsdesk.routing.domain.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A weekly working shift in the agent's time zone; an end before the start runs past midnight. */
@Entity
@Table(name = "agent_shift")
public class AgentShift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    /** ISO day of week, 1 = Monday. */
    @Column(nullable = false)
    public short weekday;

    @Column(nullable = false)
    public LocalTime starts;

    @Column(nullable = false)
    public LocalTime ends;

    public static AgentShift of(String tenantId, String agentId, DayOfWeek day, LocalTime starts, LocalTime ends) {
        AgentShift shift = new AgentShift();
        shift.id = UUID.randomUUID();
        shift.tenantId = tenantId;
        shift.agentId = agentId;
        shift.weekday = (short) day.getValue();
        shift.starts = starts;
        shift.ends = ends;
        return shift;
    }

    public Shift toShift() {
        return new Shift(DayOfWeek.of(weekday), starts, ends);
    }

    public static List<AgentShift> ofTenant(String tenantId) {
        return list("tenantId = ?1", tenantId);
    }

    public static List<AgentShift> ofAgent(String tenantId, String agentId) {
        return list("tenantId = ?1 and agentId = ?2 order by weekday, starts", tenantId, agentId);
    }
}
