package dev.opsdesk.routing.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working hours per weekday in a time zone, minus holidays: how much working time lies between two
 * instants, and when an amount of working time starting at an instant runs out.
 */
public final class BusinessCalendar {

    /** Calendar time: every instant counts. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), Map.of(), Set.of(), true);

    private static final int MAX_DAYS = 4000;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> windows;
    private final Set<LocalDate> holidays;
    private final boolean always;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<LocalTime[]>> windows, Set<LocalDate> holidays,
                             boolean always) {
        this.zone = zone;
        this.windows = windows;
        this.holidays = holidays;
        this.always = always;
    }

    /** {@code hours}: weekday name → "HH:MM-HH:MM" windows, e.g. MONDAY → ["09:00-17:00"]. */
    public static BusinessCalendar of(String zone, Map<String, List<String>> hours, Collection<LocalDate> holidays) {
        Map<DayOfWeek, List<LocalTime[]>> windows = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, spans) -> {
            DayOfWeek weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
            List<LocalTime[]> parsed = new ArrayList<>();
            for (String span : spans) {
                String[] ends = span.split("-");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("'" + span + "' is not a window like 09:00-17:00");
                }
                LocalTime start = LocalTime.parse(ends[0].strip());
                LocalTime end = LocalTime.parse(ends[1].strip());
                if (!end.isAfter(start)) {
                    throw new IllegalArgumentException("'" + span + "' ends before it starts");
                }
                parsed.add(new LocalTime[] {start, end});
            }
            parsed.sort((a, b) -> a[0].compareTo(b[0]));
            windows.put(weekday, parsed);
        });
        if (windows.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a calendar needs at least one working window");
        }
        return new BusinessCalendar(ZoneId.of(zone), windows, new TreeSet<>(holidays), false);
    }

    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (always) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Instant[] window : windowsOn(date)) {
                Instant start = max(window[0], from);
                Instant end = min(window[1], to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of working time, counted from {@code from}, is used up. */
    public Instant plus(Instant from, Duration amount) {
        if (always || amount.isZero() || amount.isNegative()) {
            return from.plus(amount.isNegative() ? Duration.ZERO : amount);
        }
        Duration left = amount;
        LocalDate date = from.atZone(zone).toLocalDate();
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1)) {
            for (Instant[] window : windowsOn(date)) {
                Instant start = max(window[0], from);
                if (!window[1].isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, window[1]);
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    private List<Instant[]> windowsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<Instant[]> result = new ArrayList<>();
        for (LocalTime[] w : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
            result.add(new Instant[] {date.atTime(w[0]).atZone(zone).toInstant(), date.atTime(w[1]).atZone(zone).toInstant()});
        }
        return result;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
