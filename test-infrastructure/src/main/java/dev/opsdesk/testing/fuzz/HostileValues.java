package dev.opsdesk.testing.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Values that have broken parsers, databases and renderers elsewhere: unicode edge cases, injection
 * look-alikes, out-of-range numbers and dates, over-long text. Strings are Java strings (a lone
 * surrogate stays one); numbers are raw JSON tokens, some of which are not valid JSON on purpose.
 */
public final class HostileValues {

    private static final List<String> STRINGS = List.of(
            "", " ", "\t\n", "a\u0000b", "\u0000", "\uD800", "\uDC00 lone low", "x\uDBFF", "\uFEFFbom",
            "\u202Eevil\u202C", "مرحبا بالعالم", "שלום", "\u200B\u200C\u200D", "👍🏽👨‍👩‍👧‍👦🏳️‍🌈", "e\u0301\u0301\u0301",
            "\u0001\u0002\u001F\u007F", "\u2028\u2029", "\uFFFF\uFFFE", "Ω≈ç√∫˜µ≤≥÷", "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐",
            "' OR '1'='1", "'; DROP TABLE ticket; --", "1; SELECT pg_sleep(10)", "\\'\\\"", "%' AND 1=1 --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "x\r\nSet-Cookie: session=stolen", "x\r\n\r\n<html>", "Subject: injected\r\nBcc: all@example.com",
            "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "%00", "%0d%0a", "null", "undefined", "NaN", "Infinity", "-0", "true", "[]", "{}",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "999999999-01-01", "+10000-01-01T00:00:00Z",
            "0000-00-00T00:00:00Z", "2026-02-30T10:00:00Z", "2026-13-01", "1970-01-01T00:00:00Z",
            "2026-11-20T25:61:61Z", "-4714-11-24T00:00:00Z", "294277-01-01T00:00:00Z", "P9999999999D", "PT-1S",
            "00000000-0000-0000-0000-000000000000", "not-a-uuid", "ffffffff-ffff-ffff-ffff-ffffffffffffx",
            "a@b", "@", "<>", "\"quoted\"@example.com", "user@[127.0.0.1]", "x@xn--80ak6aa92e.com",
            "+", "+0000000000000000000000", "messenger:", ":", "network:" + "h".repeat(300));

    private static final List<String> NUMBERS = List.of(
            "0", "-1", "-0", "1.5", "0.0000001", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1e308", "1e309",
            "-1e309", "1e-400", "4.9e-324", "1E+2", "0.1e1", "1" + "0".repeat(1200),
            "NaN", "Infinity", "-Infinity", "+1", "01", "0x1F", "1_000", ".5", "5.", "1e", "--1");

    private HostileValues() {
    }

    public static String string(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> longString(random);
            case 1 -> repeatedUnicode(random);
            default -> STRINGS.get(random.nextInt(STRINGS.size()));
        };
    }

    /** Up to a million characters: beyond every field's limit, below the 10 MiB body limit. */
    public static String longString(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 201 + random.nextInt(200);
            case 1 -> 1_000 + random.nextInt(10_000);
            case 2 -> 100_001;
            default -> 200_000 + random.nextInt(800_000);
        };
        return "A".repeat(length);
    }

    private static String repeatedUnicode(Random random) {
        String unit = List.of("👍", "\u0301", "\u202E", "ж", "\u0000", "\uD83D").get(random.nextInt(6));
        return "x" + unit.repeat(100 + random.nextInt(5_000));
    }

    public static String number(Random random) {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    /** A path segment that is not a usable id: over-long, not a UUID, encoded control characters. */
    public static String pathSegment(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> "a".repeat(201 + random.nextInt(300));
            case 1 -> "a".repeat(5_000);
            case 2 -> "00000000-0000-0000-0000-000000000000";
            case 3 -> "not-a-uuid";
            case 4 -> "%00";
            case 5 -> "%2e%2e";
            case 6 -> "%C0%AF";
            case 7 -> "%F0%9F%91%8D";
            case 8 -> "%D8%00";
            case 9 -> "-1";
            case 10 -> "99999999999999999999999";
            case 11 -> "%27%20OR%201=1";
            case 12 -> "%3Cscript%3E";
            default -> new java.util.UUID(random.nextLong(), random.nextLong()) + "x";
        };
    }

    /** A query-parameter value (already percent-encoded where needed). */
    public static String queryValue(Random random) {
        return switch (random.nextInt(26)) {
            case 22 -> "%2B999999999-12-31T23:59:59Z";
            case 23 -> "-999999999-01-01T00:00:00Z";
            case 24 -> "%2B294277-01-01T00:00:00Z";
            case 25 -> "-4714-11-24T00:00:00Z";
            case 0 -> "";
            case 1 -> "999999999-01-01";
            case 2 -> "%2B999999999-12-31";
            case 3 -> "-999999999-01-01";
            case 4 -> "0000-00-00";
            case 5 -> "2026-02-30";
            case 6 -> "2026-11-01T10:00:00Z";
            case 7 -> "yesterday";
            case 8 -> "-1";
            case 9 -> "2147483648";
            case 10 -> "99999999999999999999";
            case 11 -> "NaN";
            case 12 -> "a".repeat(5_000);
            case 13 -> "%00";
            case 14 -> "%27%20OR%201%3D1";
            case 15 -> "%F0%9F%91%8D";
            case 16 -> "%C3%28";
            case 17 -> "1970-01-01";
            case 18 -> "294277-01-01";
            case 19 -> "0";
            case 20 -> "%3Cscript%3E";
            default -> "2026-11-30";
        };
    }
}
