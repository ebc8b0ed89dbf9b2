package dev.opsdesk.benchmark.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterMatchTest {

    private final DeadLetterMatch match = new DeadLetterMatch(List.of(
            new Poison("poison-r-0", "ticket-events", Poison.Kind.NOT_A_CLOUD_EVENT, 2, 41),
            new Poison("poison-r-1", "routing-events", Poison.Kind.UNREADABLE_JSON, 0, 7)));

    @Test
    void aDeadLetterIsMatchedByTheOriginalTopicPartitionAndOffsetSmallRyeRecords() {
        assertEquals("poison-r-0", match.poisonId("ticket-events", "2", "41", null, null));
        assertEquals("poison-r-1", match.poisonId("routing-events", "0", "7", null, "something else"));
    }

    @Test
    void withoutThoseHeadersByThePoisonIdHeaderOrKey() {
        assertEquals("poison-r-0", match.poisonId(null, null, null, "poison-r-0", null));
        assertEquals("poison-r-1", match.poisonId(null, null, null, null, "poison-r-1"));
    }

    @Test
    void anyOtherDeadLetterIsNotThisRunsPoison() {
        assertNull(match.poisonId("ticket-events", "2", "42", null, "3f2c0d9e-ticket"));
        assertNull(match.poisonId(null, null, null, "poison-other-run-0", "poison-other-run-0"));
    }
}
