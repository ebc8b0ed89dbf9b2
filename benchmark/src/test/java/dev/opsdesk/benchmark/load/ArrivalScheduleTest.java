package dev.opsdesk.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void requestsAreDueAtAConstantRateFromTheStart() {
        ArrivalSchedule schedule = new ArrivalSchedule(200, 5_000);

        assertEquals(5_000, schedule.intendedStart(0));
        assertEquals(5_000 + 5_000_000, schedule.intendedStart(1));
        assertEquals(5_000 + 1_000_000_000L, schedule.intendedStart(200));
    }

    @Test
    void countsTheArrivalsThatFallWithinTheDuration() {
        assertEquals(200, new ArrivalSchedule(200, 0).arrivalsWithin(Duration.ofSeconds(1)));
        assertEquals(3, new ArrivalSchedule(3, 0).arrivalsWithin(Duration.ofSeconds(1)));
        assertEquals(2, new ArrivalSchedule(2.5, 0).arrivalsWithin(Duration.ofMillis(500)));
        assertEquals(1_200_000, new ArrivalSchedule(2000, 0).arrivalsWithin(Duration.ofMinutes(10)));
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArrivalSchedule(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalSchedule(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalSchedule(Double.NaN, 0));
    }
}
