package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opsdesk.routing.domain.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final List<String> DAY = List.of("09:00-12:00", "13:00-17:00");
    static final BusinessCalendar BERLIN = BusinessCalendar.of("Europe/Berlin", Map.of("MONDAY", DAY, "TUESDAY", DAY,
            "WEDNESDAY", DAY, "THURSDAY", DAY, "FRIDAY", DAY), List.of(LocalDate.of(2026, 4, 3)));

    @Test
    void workingTimeSkipsLunchNightsWeekendsAndHolidays() {
        // Thursday 2 April 16:00 Berlin (CEST, UTC+2) + 3 h: 1 h Thursday, Good Friday off, 2 h Monday 09-11
        assertEquals(Instant.parse("2026-04-06T09:00:00Z"),
                BERLIN.plus(Instant.parse("2026-04-02T14:00:00Z"), Duration.ofHours(3)));
        assertEquals(Instant.parse("2026-04-06T13:00:00Z"), // 10-12 and, after lunch, 13-15 CEST
                BERLIN.plus(Instant.parse("2026-04-06T08:00:00Z"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(7), BERLIN.between(Instant.parse("2026-04-06T00:00:00Z"),
                Instant.parse("2026-04-07T00:00:00Z")));
    }

    @Test
    void daylightSavingChangesAreInTheZone() {
        // Friday 27 March 16:00 CET (UTC+1) + 2 h: 1 h Friday, then Monday 30 March 09:00 CEST (UTC+2) + 1 h
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                BERLIN.plus(Instant.parse("2026-03-27T15:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void alwaysCountsCalendarTimeAndBadWindowsAreRefused() {
        Instant t = Instant.parse("2026-04-04T10:00:00Z");
        assertEquals(t.plus(Duration.ofDays(2)), BusinessCalendar.ALWAYS.plus(t, Duration.ofDays(2)));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("UTC", Map.of("MONDAY",
                List.of("17:00-09:00")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of("UTC", Map.of("MONDAY", List.of()),
                List.of()));
    }
}
