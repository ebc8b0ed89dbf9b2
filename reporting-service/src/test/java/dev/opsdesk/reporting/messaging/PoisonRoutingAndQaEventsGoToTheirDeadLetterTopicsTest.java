package dev.opsdesk.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** ADR 0003 for the routing and QA topics: poison goes to {@code <topic>-dlq-reporting-service}, unknown types are skipped. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PoisonRoutingAndQaEventsGoToTheirDeadLetterTopicsTest {

    @Test
    void anSlaBreachWithoutItsMetricIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("routing-events").source("routing-service").type("routing.sla-breached")
                .subject(key).tenant("dlq-test")
                .data("{\"ticketId\":\"" + key + "\",\"tenantId\":\"dlq-test\"}").build());
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord("routing-events-dlq-reporting-service",
                r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("lacks"));
    }

    @Test
    void anEvaluationThatIsNotJsonIsDeadLetteredAndAnUnknownTypeIsNot() {
        String key = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("qa-events").source("qa-service").type("qa.dispute-opened")
                .subject(unknown).tenant("dlq-test").data("{}").build());
        TestKafka.send(CloudEventRecord.to("qa-events").source("qa-service").type("qa.evaluation-completed")
                .subject(key).tenant("dlq-test").data("not json").build());
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord("qa-events-dlq-reporting-service",
                r -> key.equals(r.key()) || unknown.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(key.equals(dead.key()), "an unknown type must be skipped, not dead-lettered");
    }
}
