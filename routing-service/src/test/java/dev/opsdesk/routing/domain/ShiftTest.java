package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.people.Shift;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShiftTest {

    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Test
    void anOvernightShiftRunsPastMidnightAndEndsTheNextMorning() {
        List<Shift> nights = List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        // Tuesday 2026-03-03 02:00 in Sydney (AEDT, UTC+11)
        assertTrue(Shift.onShift(nights, SYDNEY, Instant.parse("2026-03-02T15:00:00Z")));
        assertFalse(Shift.onShift(nights, SYDNEY, Instant.parse("2026-03-02T20:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-03-02T19:00:00Z")),
                Shift.latestEndAtOrBefore(nights, SYDNEY, Instant.parse("2026-03-02T20:00:00Z")));
    }
}
