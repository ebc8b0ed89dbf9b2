package dev.opsdesk.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to}, both included, in a tenant's time zone: the window of every report. */
public record DayWindow(LocalDate from, LocalDate to, Instant start, Instant end) {

    public static final int MAX_DAYS = 400;
    public static final int DEFAULT_DAYS = 7;

    /** Parses the query parameters; without them, the last {@value #DEFAULT_DAYS} days up to today. */
    public static DayWindow parse(String from, String to, BusinessCalendar calendar, Instant now) {
        LocalDate last = to == null || to.isBlank() ? calendar.dayOf(now) : day("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
        if (first.isAfter(last)) {
            throw new InvalidWindowException("from", "must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidWindowException("from", "the window may span at most " + MAX_DAYS + " days");
        }
        return new DayWindow(first, last, calendar.startOf(first), calendar.startOf(last.plusDays(1)));
    }

    /** The calendar reports use; beyond it a window's arithmetic overflows java.time or PostgreSQL. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private static LocalDate day(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidWindowException(field, "must be a date like 2026-11-24");
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new InvalidWindowException(field, "must be a date between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return day;
    }

    /** A window parameter that cannot be used; answered as a 400 validation problem. */
    public static class InvalidWindowException extends RuntimeException {
        public final String field;

        public InvalidWindowException(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
