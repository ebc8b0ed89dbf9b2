package dev.opsdesk.ticket.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.ticket.webhooks.domain.DeliveryStatus;
import dev.opsdesk.ticket.webhooks.domain.RetryPolicy;
import dev.opsdesk.ticket.webhooks.domain.RetryPolicy.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retry schedule of docs/webhooks.md: which answers are retried, when, and when a delivery is given up. */
class WebhookRetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofHours(24));
    private static final RetryPolicy NO_JITTER = new RetryPolicy(15, Duration.ofSeconds(30), Duration.ofHours(2), () -> 0.0);
    private static final RetryPolicy MOST_JITTER = new RetryPolicy(15, Duration.ofSeconds(30), Duration.ofHours(2), () -> 1.0);

    @Test
    void twoHundredsAreDeliveredAndOtherClientErrorsFailAtOnce() {
        assertEquals(DeliveryStatus.DELIVERED, decide(NO_JITTER, 204, 1).status());
        for (int status : new int[] {301, 400, 401, 403, 404, 410, 422}) {
            assertEquals(DeliveryStatus.FAILED, decide(NO_JITTER, status, 1).status(), "HTTP " + status);
        }
    }

    @Test
    void serverErrorsTimeoutsAndTooManyRequestsAreRetriedWithDoublingBackoff() {
        for (int status : new int[] {500, 502, 503, 408, 429}) {
            assertEquals(NOW.plusSeconds(30), decide(NO_JITTER, status, 1).nextAttemptAt(), "HTTP " + status);
        }
        assertEquals(NOW.plusSeconds(60), NO_JITTER.decide(Optional.empty(), 2, Optional.empty(), NOW, DEADLINE)
                .nextAttemptAt(), "a network error");
        assertEquals(NOW.plusSeconds(240), decide(NO_JITTER, 500, 4).nextAttemptAt());
        assertEquals(NOW.plus(Duration.ofHours(2)), decide(NO_JITTER, 500, 12).nextAttemptAt(), "capped");
        assertEquals(NOW.plusSeconds(120), decide(MOST_JITTER, 500, 4).nextAttemptAt(), "jitter takes up to half off");
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        Decision decision = NO_JITTER.decide(Optional.of(429), 1, Optional.of(Duration.ofMinutes(10)), NOW, DEADLINE);
        assertEquals(NOW.plus(Duration.ofMinutes(10)), decision.nextAttemptAt());
        decision = NO_JITTER.decide(Optional.of(503), 1, Optional.of(Duration.ofSeconds(1)), NOW, DEADLINE);
        assertEquals(NOW.plusSeconds(30), decision.nextAttemptAt());
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttemptOrItsDeadline() {
        assertEquals(DeliveryStatus.FAILED, decide(NO_JITTER, 500, 15).status());
        assertEquals(DeliveryStatus.FAILED, NO_JITTER.decide(Optional.of(503), 1, Optional.of(Duration.ofHours(25)),
                NOW, DEADLINE).status());
    }

    private static Decision decide(RetryPolicy policy, int status, int attempts) {
        return policy.decide(Optional.of(status), attempts, Optional.empty(), NOW, DEADLINE);
    }
}
