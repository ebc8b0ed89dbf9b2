package dev.opsdesk.reporting.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A tenant's working week: its time zone, business days and opening hours. Durations "in business
 * time" count only the seconds inside opening hours (no public holidays yet).
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> businessDays, LocalTime opensAt, LocalTime closesAt) {

    public BusinessCalendar {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closesAt must be after opensAt");
        }
    }

    /** The tenant's local day of an instant: the day work logs and tickets are counted in. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Seconds between two instants that fall inside opening hours; 0 when {@code to} is not after {@code from}. */
    public long businessSecondsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        for (LocalDate day = dayOf(from); !day.isAfter(dayOf(to)); day = day.plusDays(1)) {
            if (!businessDays.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant open = day.atTime(opensAt).atZone(zone).toInstant();
            Instant close = day.atTime(closesAt).atZone(zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).getSeconds();
            }
        }
        return seconds;
    }
}
