package dev.opsdesk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    // Manila office, Mon-Fri 08:00-17:00 (UTC+8): Mon 2026-11-23 08:00 local = 00:00Z
    private final BusinessCalendar manila = new BusinessCalendar(ZoneId.of("Asia/Manila"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));

    @Test
    void onlySecondsInsideOpeningHoursCount() {
        // Fri 16:00 local → Mon 09:00 local: 1 h on Friday + 1 h on Monday; the weekend counts nothing
        Instant friday = Instant.parse("2026-11-27T08:00:00Z");
        Instant monday = Instant.parse("2026-11-30T01:00:00Z");
        assertEquals(7200, manila.businessSecondsBetween(friday, monday));
    }

    @Test
    void aSpanOutsideOpeningHoursIsZeroAndABackwardSpanToo() {
        Instant saturday = Instant.parse("2026-11-28T02:00:00Z");
        assertEquals(0, manila.businessSecondsBetween(saturday, saturday.plusSeconds(3600)));
        assertEquals(0, manila.businessSecondsBetween(saturday.plusSeconds(60), saturday));
    }

    @Test
    void theDayOfAnInstantIsTheTenantsLocalDay() {
        assertEquals(LocalDate.parse("2026-11-24"), manila.dayOf(Instant.parse("2026-11-23T17:30:00Z")));
        assertEquals(Instant.parse("2026-11-23T16:00:00Z"), manila.startOf(LocalDate.parse("2026-11-24")));
    }

    @Test
    void closingMustBeAfterOpening() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(ZoneId.of("UTC"),
                EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.NOON));
    }
}
