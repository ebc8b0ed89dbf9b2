package dev.opsdesk.reporting.readmodel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.HandComputedFigures;
import dev.opsdesk.reporting.support.RecordedStream;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The recorded stream, replayed into read models that hold nothing of its tenant, gives the hand-computed figures. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RecordedStreamGivesHandComputedFiguresTest {

    @Test
    void everyRecordedEventConformsToItsPublishedSchema() {
        List<RecordedStream.Event> events = RecordedStream.load("fixture-contract");
        assertEquals(List.of(), RecordedStream.contractViolations(events));
        assertEquals(61, events.size());
    }

    @Test
    void theFiguresEqualTheHandComputation() {
        String tenant = "fx-" + UUID.randomUUID().toString().substring(0, 8);
        List<RecordedStream.Event> events = RecordedStream.load(tenant);
        Events.sendAll(events.stream().map(e -> e.record(tenant)).toList());

        long distinct = RecordedStream.distinctIds(events).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.processedEvents(tenant) == distinct);

        HandComputedFigures.assertAll(tenant);
    }
}
