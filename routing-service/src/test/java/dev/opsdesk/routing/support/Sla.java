package dev.opsdesk.routing.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SLA set-up and reads through the API. */
public final class Sla {

    public static final String OFFICE_HOURS = "berlin-office";

    private Sla() {
    }

    /** Monday-Friday 09:00-17:00 Europe/Berlin. */
    public static void officeHours(RoutingApi api) {
        List<String> day = List.of("09:00-17:00");
        api.supervisor().body(Map.of("zone", "Europe/Berlin", "hours", Map.of("MONDAY", day, "TUESDAY", day,
                        "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day), "holidays", List.of()))
                .put(RoutingApi.BASE + "/calendars/" + OFFICE_HOURS).then().statusCode(200);
    }

    public static void policy(RoutingApi api, String id, Map<String, Object> policy) {
        api.supervisor().body(policy).put(RoutingApi.BASE + "/sla-policies/" + id).then().statusCode(200);
    }

    /** The ticket's timer of {@code metric} as the API shows it, or null. */
    public static Map<String, Object> timer(RoutingApi api, UUID ticket, String metric) {
        List<Map<String, Object>> timers = api.supervisor().get(RoutingApi.BASE + "/tickets/" + ticket + "/sla")
                .then().statusCode(200).extract().jsonPath().getList("");
        return timers.stream().filter(t -> metric.equals(t.get("metric"))).findFirst().orElse(null);
    }

    public static Instant due(RoutingApi api, UUID ticket, String metric) {
        Map<String, Object> timer = timer(api, ticket, metric);
        return timer == null || timer.get("dueAt") == null ? null : Instant.parse((String) timer.get("dueAt"));
    }
}
