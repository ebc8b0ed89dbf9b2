package dev.opsdesk.routing.domain.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Optional;

/** A weekly shift as a value: when it runs, and when the latest one ended (A32 end of day). */
public record Shift(DayOfWeek day, LocalTime starts, LocalTime ends) {

    private static final int LOOK_BACK_DAYS = 8;

    public boolean overnight() {
        return !ends.isAfter(starts);
    }

    /** The start and end of this shift when it begins on {@code date}. */
    ZonedDateTime startOn(LocalDate date, ZoneId zone) {
        return date.atTime(starts).atZone(zone);
    }

    ZonedDateTime endOn(LocalDate date, ZoneId zone) {
        return (overnight() ? date.plusDays(1) : date).atTime(ends).atZone(zone);
    }

    /** True when one of {@code shifts} runs at {@code at}. */
    public static boolean onShift(Collection<Shift> shifts, ZoneId zone, Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        for (Shift shift : shifts) {
            for (LocalDate date = today.minusDays(1); !date.isAfter(today); date = date.plusDays(1)) {
                if (date.getDayOfWeek() == shift.day()
                        && !at.isBefore(shift.startOn(date, zone).toInstant())
                        && at.isBefore(shift.endOn(date, zone).toInstant())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A32: the latest shift end at or before {@code at}, if any shift ended in the last week. */
    public static Optional<Instant> latestEndAtOrBefore(Collection<Shift> shifts, ZoneId zone, Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        Instant latest = null;
        for (Shift shift : shifts) {
            for (int back = 0; back <= LOOK_BACK_DAYS; back++) {
                LocalDate date = today.minusDays(back);
                if (date.getDayOfWeek() != shift.day()) {
                    continue;
                }
                Instant end = shift.endOn(date, zone).toInstant();
                if (!end.isAfter(at) && (latest == null || end.isAfter(latest))) {
                    latest = end;
                }
            }
        }
        return Optional.ofNullable(latest);
    }
}
