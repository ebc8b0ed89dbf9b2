package dev.opsdesk.ticket.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates malformed and hostile MIME messages, ten kinds, deterministically from a seed. */
final class HostileMimeMessages {

    static final String[] KINDS = {"broken-boundary", "missing-start-boundary", "huge-header", "bad-charset",
            "zip-bomb-by-size", "deep-nesting", "nul-bytes", "no-sender", "bad-transfer-encoding", "many-parts"};

    private HostileMimeMessages() {
    }

    record Hostile(String kind, byte[] raw) {
    }

    static List<Hostile> generate(int count, long seed, int maxMessageBytes) {
        Random random = new Random(seed);
        List<Hostile> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = KINDS[i % KINDS.length];
            String id = "hostile-" + seed + "-" + i + "@attacker.test";
            out.add(new Hostile(kind, build(kind, id, random, maxMessageBytes)));
        }
        return out;
    }

    private static byte[] build(String kind, String id, Random random, int maxMessageBytes) {
        String head = "From: Hostile <h" + random.nextInt(50) + "@attacker.test>\r\nTo: cs@victim.test\r\n"
                + "Message-ID: <" + id + ">\r\nSubject: " + kind + " " + random.nextInt() + "\r\nMIME-Version: 1.0\r\n";
        return switch (kind) {
            case "broken-boundary" -> bytes(head + "Content-Type: multipart/mixed; boundary=\"b" + random.nextInt(9)
                    + "\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhalf a part\r\n--wrong\r\n" + "x".repeat(random.nextInt(500)));
            case "missing-start-boundary" -> bytes(head + "Content-Type: multipart/alternative; boundary=zzz\r\n\r\n"
                    + "no boundary at all, just text " + random.nextLong());
            case "huge-header" -> bytes(head + "X-Junk: " + "A".repeat(70_000 + random.nextInt(10_000))
                    + "\r\nContent-Type: text/plain\r\n\r\nbody");
            case "bad-charset" -> concat(bytes(head + "Content-Type: text/plain; charset=\"x-no-such-" + random.nextInt(99)
                    + "\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"), randomBytes(random, 300));
            case "zip-bomb-by-size" -> concat(bytes(head + "Content-Type: multipart/mixed; boundary=bb\r\n\r\n--bb\r\n"
                            + "Content-Type: text/plain\r\n\r\nsee attached\r\n--bb\r\nContent-Type: application/zip\r\n"
                            + "Content-Disposition: attachment; filename=bomb.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"),
                    bytes("UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAAAAAA\r\n".repeat(maxMessageBytes / 42 + 1 + random.nextInt(1000))),
                    bytes("\r\n--bb--\r\n"));
            case "deep-nesting" -> bytes(head + nested(30 + random.nextInt(20)));
            case "nul-bytes" -> bytes(head.replace("Subject: ", "Subject: nul\u0000in\u0000subject ")
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nNUL\u0000NUL\u0000 " + random.nextInt());
            case "no-sender" -> bytes(head.replaceFirst("From: [^\\r]*\\r\\n", "") + "Content-Type: text/plain\r\n\r\nwho am i");
            case "bad-transfer-encoding" -> bytes(head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + "!!!not*base64%%%" + random.nextInt() + "\r\n");
            default -> bytes(head + manyParts(250 + random.nextInt(50)));
        };
    }

    private static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            open.append("Content-Type: multipart/mixed; boundary=n").append(d).append("\r\n\r\n--n").append(d).append("\r\n");
            close.insert(0, "\r\n--n" + d + "--\r\n");
        }
        return open + "Content-Type: text/plain\r\n\r\ndeep" + close;
    }

    private static String manyParts(int parts) {
        StringBuilder body = new StringBuilder("Content-Type: multipart/mixed; boundary=mp\r\n\r\n");
        for (int i = 0; i < parts; i++) {
            body.append("--mp\r\nContent-Type: text/plain\r\n\r\npart ").append(i).append("\r\n");
        }
        return body.append("--mp--\r\n").toString();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
