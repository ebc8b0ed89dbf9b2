package dev.opsdesk.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One malformed request: which endpoint (its path template, for the report), what kind of damage,
 * and the exact bytes and headers sent. {@code seed} + {@code index} regenerate it.
 */
public record FuzzCase(long seed, int index, String endpoint, String kind, String method, String path,
                       Map<String, String> headers, byte[] body) {

    private static final int EXCERPT = 240;

    /** The start of the body with control characters and invalid bytes made visible. */
    public String excerpt() {
        return excerpt(body);
    }

    public static String excerpt(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT * 4), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(EXCERPT).forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f || cp == 0xfffd || Character.getType(cp) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (bytes.length > EXCERPT) {
            out.append("… (").append(bytes.length).append(" bytes)");
        }
        return out.toString();
    }

    /** How to send this case again. */
    public String reproduce() {
        return "-Dfuzz.seed=" + seed + " -Dfuzz.only=" + index;
    }
}
