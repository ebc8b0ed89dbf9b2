package dev.opsdesk.routing.domain.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's business-hours calendar as stored; {@link #calendar()} is the value SLA timers count with. */
@Entity
@Table(name = "business_calendar")
public class BusinessHours extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "calendar_id", nullable = false)
    public String calendarId;

    @Column(nullable = false)
    public String zone;

    /** Weekday → windows such as "09:00-17:00". */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, List<String>> hours = new HashMap<>();

    @Column(nullable = false)
    public LocalDate[] holidays = new LocalDate[0];

    public BusinessCalendar calendar() {
        return BusinessCalendar.of(zone, hours, Arrays.asList(holidays));
    }

    public static List<BusinessHours> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by calendarId", tenantId);
    }

    public static Optional<BusinessHours> find(String tenantId, String calendarId) {
        return find("tenantId = ?1 and calendarId = ?2", tenantId, calendarId).firstResultOptional();
    }
}
