package dev.opsdesk.routing.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A29: 5 or more cases with the same normalised subject (lower case, no numbers or ids, no Re:/Fwd:),
 * or from the same sender domain, within 60 minutes raise a pattern alert; fewer, or spread wider,
 * do not; common mail providers never form a domain cluster.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A29SubjectAndSenderDomainClustersTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void fiveCasesWithTheSameNormalisedSubjectWithinTheWindowRaiseOnePatternAlert() {
        RoutingApi api = RoutingApi.tenant("a29", "default");
        String[] subjects = {"Re: Order 1234 not received", "order 98 NOT received", "Fwd: Order #77 not received!",
                "RE: RE: order A-5512 not received", "Order 9 not received"};
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TicketEvents.created(api.id(), id, "EMAIL", subjects[i], "c" + i + "@gmail.com",
                    T0.plus(Duration.ofMinutes(10L * i))));
        }
        Kafka.send(records);
        ids.forEach(api::awaitQueued);

        List<Map<String, Object>> alerts = alerts(api, "SUBJECT_PATTERN");
        assertEquals(1, alerts.size());
        assertEquals("order not received", alerts.get(0).get("pattern"));
        assertEquals(ids.stream().map(UUID::toString).toList(), alerts.get(0).get("ticketIds"));
        assertEquals(0, alerts(api, "SENDER_DOMAIN").size()); // gmail.com is not a pattern
    }

    @Test
    void theSameSubjectSpreadOverMoreThanTheWindowRaisesNothing() {
        RoutingApi api = RoutingApi.tenant("a29", "default");
        List<UUID> ids = send(api, 5, i -> "Refund request", i -> "c" + i + "@gmail.com", Duration.ofMinutes(20));

        ids.forEach(api::awaitQueued);
        assertEquals(0, alerts(api, "SUBJECT_PATTERN").size());
    }

    @Test
    void fiveCasesFromOneSenderDomainWithinTheWindowRaiseADomainAlertAndFourDoNot() {
        RoutingApi api = RoutingApi.tenant("a29", "default");
        send(api, 4, i -> "Subject " + (char) ('a' + i), i -> "bot" + i + "@spam.example", Duration.ofMinutes(5))
                .forEach(api::awaitQueued);
        assertEquals(0, alerts(api, "SENDER_DOMAIN").size());

        send(api, 1, i -> "Another subject", i -> "bot9@spam.example", Duration.ZERO, Duration.ofMinutes(30))
                .forEach(api::awaitQueued);

        List<Map<String, Object>> alerts = alerts(api, "SENDER_DOMAIN");
        assertEquals(1, alerts.size());
        assertEquals("spam.example", alerts.get(0).get("pattern"));
    }

    private static List<UUID> send(RoutingApi api, int n, java.util.function.IntFunction<String> subject,
                                   java.util.function.IntFunction<String> email, Duration apart) {
        return send(api, n, subject, email, apart, Duration.ZERO);
    }

    private static List<UUID> send(RoutingApi api, int n, java.util.function.IntFunction<String> subject,
                                   java.util.function.IntFunction<String> email, Duration apart, Duration offset) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TicketEvents.created(api.id(), id, "EMAIL", subject.apply(i), email.apply(i),
                    T0.plus(offset).plus(apart.multipliedBy(i))));
        }
        Kafka.send(records);
        return ids;
    }

    static List<Map<String, Object>> alerts(RoutingApi api, String kind) {
        return api.as("dir", "director").get(RoutingApi.BASE + "/alerts").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == '" + kind + "' }");
    }
}
