package dev.opsdesk.routing.alerts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.alert.QueueAlert;
import dev.opsdesk.routing.domain.alert.SpikeKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A29/A28 updates: a growing alert is published again when it doubles, or at most once a minute on the tick. */
class GrowingAlertIsRepublishedOncePerIntervalTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-05-05T10:00:00Z");

    private static QueueAlert publishedWith(int count, Instant at) {
        QueueAlert alert = QueueAlert.open("t", "q", SpikeKind.SENDER_DOMAIN,
                "example.com", 50, count, T0, T0, "director", T0);
        alert.publishedCount = count;
        alert.lastPublishedAt = at;
        return alert;
    }

    @Test
    void aTickWithinTheIntervalDoesNotRepublishAGrownAlert() {
        assertFalse(publishedWith(60, T0).republishDue(61, true, T0.plusSeconds(59), MINUTE));
    }

    @Test
    void aTickAfterTheIntervalRepublishesAGrownAlert() {
        assertTrue(publishedWith(60, T0).republishDue(61, true, T0.plus(MINUTE), MINUTE));
    }

    @Test
    void anAlertThatDidNotGrowIsNotRepublished() {
        assertFalse(publishedWith(60, T0).republishDue(60, true, T0.plus(Duration.ofHours(1)), MINUTE));
    }

    @Test
    void anAlertThatDoubledIsRepublishedAtOnceEvenBetweenTicks() {
        assertTrue(publishedWith(60, T0).republishDue(120, false, T0.plusSeconds(1), MINUTE));
        assertFalse(publishedWith(60, T0).republishDue(119, false, T0.plus(Duration.ofHours(1)), MINUTE));
    }

    @Test
    void aZeroIntervalRepublishesAGrownAlertOnEveryTick() {
        assertTrue(publishedWith(60, T0).republishDue(61, true, T0.minusSeconds(5), Duration.ZERO));
    }
}
