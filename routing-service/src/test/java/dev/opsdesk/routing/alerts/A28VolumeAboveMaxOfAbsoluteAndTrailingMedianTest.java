package dev.opsdesk.routing.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.service.QueueHistory;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.Settings;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A28: a queue is unusually large above max(abs, k × the trailing 4-week median of the same weekday
 * and hour); the alert goes to the director role.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A28VolumeAboveMaxOfAbsoluteAndTrailingMedianTest {

    @Inject
    QueueHistory history;

    @Test
    void withoutHistoryTheAbsoluteThresholdApplies() {
        RoutingApi api = tenantWithAbsolute(5);
        queue(api, 5);
        assertEquals(0, volumeAlerts(api).size());

        queue(api, 1);

        var alerts = volumeAlerts(api);
        assertEquals(1, alerts.size());
        assertEquals(5.0, ((Number) alerts.get(0).get("threshold")).doubleValue());
        assertEquals("director", alerts.get(0).get("recipientRole"));
    }

    @Test
    void aBusyHourRaisesTheThresholdToTwiceTheTrailingMedian() {
        RoutingApi api = tenantWithAbsolute(5);
        Instant hour = Instant.now().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).toInstant();
        int[] sameHourLastWeeks = {6, 8, 9, 30}; // median 8.5 → threshold 17
        QuarkusTransaction.requiringNew().run(() -> {
            for (int week = 1; week <= 4; week++) {
                for (int next = 0; next <= 1; next++) { // the test may run across the hour
                    history.record(api.id(), "default", hour.plus(next, ChronoUnit.HOURS).minus(7L * week,
                            ChronoUnit.DAYS), sameHourLastWeeks[week - 1]);
                }
            }
        });

        queue(api, 17);
        assertEquals(0, volumeAlerts(api).size());

        queue(api, 1);
        var alerts = volumeAlerts(api);
        assertEquals(1, alerts.size());
        assertEquals(17.0, ((Number) alerts.get(0).get("threshold")).doubleValue());
        assertEquals(18.0, ((Number) alerts.get(0).get("observed")).doubleValue());
    }

    private static RoutingApi tenantWithAbsolute(int absolute) {
        RoutingApi api = RoutingApi.tenant("a28", "default");
        Settings.spikes(api, s -> {
            s.put("volumeAbsolute", absolute);
            s.put("volumeFactor", 2.0);
        });
        return api;
    }

    /** n tickets nobody can take (no agents), waiting until routing has queued all of them. */
    private static void queue(RoutingApi api, int n) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TicketEvents.created(api.id(), id, "EMAIL", "Question " + UUID.randomUUID(),
                    "user@" + UUID.randomUUID() + ".example", Instant.now()));
        }
        Kafka.send(records);
        ids.forEach(api::awaitQueued);
    }

    private static List<java.util.Map<String, Object>> volumeAlerts(RoutingApi api) {
        return api.as("dir", "director").get(RoutingApi.BASE + "/alerts").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'VOLUME' }");
    }
}
