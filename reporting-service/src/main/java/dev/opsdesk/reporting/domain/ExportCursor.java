package dev.opsdesk.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an incremental export stopped: the commit position (transaction id, then row key) of the
 * last row it returned, in one generation of the tenant's read models. Opaque to clients.
 */
public record ExportCursor(String dataset, int generation, long xid, UUID key) {

    private static final Pattern FORMAT = Pattern.compile("v1:([a-z-]+):(\\d+):(\\d+):([0-9a-f-]{36})");
    private static final UUID NO_KEY = new UUID(0, 0);

    public static ExportCursor start(String dataset, int generation) {
        return new ExportCursor(dataset, generation, 0, NO_KEY);
    }

    public String encode() {
        String plain = "v1:" + dataset + ":" + generation + ":" + xid + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor this service issued for {@code dataset}; a cursor of an older generation has expired. */
    public static ExportCursor decode(String value, String dataset, int currentGeneration) {
        Matcher m;
        try {
            m = FORMAT.matcher(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("the cursor is not one this service issued");
        }
        if (!m.matches() || !m.group(1).equals(dataset)) {
            throw new InvalidCursorException("the cursor is not one this service issued for " + dataset);
        }
        int generation = Integer.parseInt(m.group(2));
        if (generation != currentGeneration) {
            throw new CursorExpiredException();
        }
        return new ExportCursor(dataset, generation, Long.parseLong(m.group(3)), UUID.fromString(m.group(4)));
    }

    public ExportCursor after(long rowXid, UUID rowKey) {
        return new ExportCursor(dataset, generation, rowXid, rowKey);
    }

    public static class InvalidCursorException extends RuntimeException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }

    /** The read models were rebuilt since the cursor was issued: the client must export again from the start. */
    public static class CursorExpiredException extends RuntimeException {
        public CursorExpiredException() {
            super("The read models were rebuilt since this cursor was issued; export again without a cursor");
        }
    }
}
