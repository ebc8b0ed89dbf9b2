package dev.opsdesk.qa.messaging.in;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PoisonToDeadLetterElseStopTest {

    @Test
    void anUnreadableRecordIsPoisonEvenWhenWrapped() {
        assertTrue(PoisonToDeadLetterElseStop.isPoison(new PoisonEventException("no ce_id")));
        assertTrue(PoisonToDeadLetterElseStop.isPoison(new CompletionException(new PoisonEventException("bad json"))));
    }

    @Test
    void aDatabaseFailureIsNotPoisonSoTheRecordIsNotParkedInTheDeadLetterTopic() {
        assertFalse(PoisonToDeadLetterElseStop.isPoison(new PersistenceException("connection refused")));
        assertFalse(PoisonToDeadLetterElseStop.isPoison(new IllegalStateException("a bug")));
    }
}
