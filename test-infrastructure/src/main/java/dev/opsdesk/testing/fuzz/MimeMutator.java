package dev.opsdesk.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Damages a valid RFC 5322 message: broken boundaries, missing or huge headers, unknown charsets,
 * bad base64 and quoted-printable, deep or wide multiparts, malformed addresses, NUL and 8-bit
 * bytes in headers, absurd dates, looping References, truncation, bare line endings.
 */
public final class MimeMutator {

    /** A damaged message with the kind of damage and the Content-Type it is sent with. */
    public record Mutation(String kind, byte[] body, String contentType) {
    }

    private static final String CRLF = "\r\n";
    private static final String RFC822 = "message/rfc822";
    private static final List<String> KINDS = List.of("broken-boundary", "broken-boundary", "missing-header",
            "missing-header", "huge-header", "bad-charset", "bad-transfer-encoding", "bad-transfer-encoding",
            "bad-encoded-word", "deep-multipart", "wide-multipart", "malformed-address", "malformed-address",
            "nul-bytes", "eight-bit-headers", "absurd-date", "looping-references", "truncated", "line-endings",
            "invalid-utf8", "hostile-html", "hostile-attachment", "oversized", "empty", "not-a-message",
            "wrong-content-type", "valid");

    private MimeMutator() {
    }

    public static Mutation mutate(long seed, int index, Random random) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        MimeSamples.Identity id = MimeSamples.identity(seed, index, random);
        int sample = random.nextInt(MimeSamples.count());
        if (kind.equals("broken-boundary") && !MimeSamples.isMultipart(sample)) {
            sample = List.of(1, 2, 4).get(random.nextInt(3));
        }
        String mail = MimeSamples.sample(sample, id);
        String damaged = switch (kind) {
            case "broken-boundary" -> brokenBoundary(mail, random);
            case "missing-header" -> missingHeader(mail, random);
            case "huge-header" -> hugeHeader(mail, random);
            case "bad-charset" -> mail.replaceFirst("charset=[^;\\r\\n]+", "charset=" + List.of("\"x-unknown-42\"",
                    "utf-7", "\"\"", "utf-16", "\"UTF-8\\\"; evil\"", "iso-2022-jp", "\"" + "x".repeat(5000) + "\"",
                    "ja_JP.eucJP", "utf-8;charset=latin1").get(random.nextInt(9)));
            case "bad-transfer-encoding" -> badTransferEncoding(id, random);
            case "bad-encoded-word" -> replaceHeader(mail, "Subject", List.of("=?utf-8?B?###?=", "=?unknown?Q?x?=",
                    "=?utf-8?Q?=FF=FE=00?=", "=?utf-8?B?" + "QUFB".repeat(20_000) + "?=", "=?utf-8?", "=??=",
                    "=?utf-16?B?2AA=?=", "=?utf-8*en?Q?x?=").get(random.nextInt(8)));
            case "deep-multipart" -> nested(id, List.of(5, 11, 12, 13, 30, 200).get(random.nextInt(6)));
            case "wide-multipart" -> wide(id, List.of(150, 199, 200, 201, 1_000).get(random.nextInt(5)));
            case "malformed-address" -> replaceHeader(mail, List.of("From", "To", "Reply-To", "Cc").get(random.nextInt(4)),
                    malformedAddress(random));
            case "nul-bytes" -> insertAt(mail, random.nextInt(mail.length()), "\u0000".repeat(1 + random.nextInt(3)));
            case "eight-bit-headers" -> replaceHeader(mail, random.nextBoolean() ? "Subject" : "From",
                    List.of(MimeSamples.latin1("Заказ 👍 <кто@пример.рф>"), "Gr\u00FC\u00DFe <x@y.de>", "\u00FF\u00FE\u0080",
                            MimeSamples.latin1("ünïcødé@exämple.com")).get(random.nextInt(4)));
            case "absurd-date" -> replaceHeader(mail, "Date", List.of("Mon, 32 Foo 99999 25:61:61 +9999",
                    "Sat, 01 Jan 0000 00:00:00 +0000", "Fri, 31 Dec 999999999 23:59:59 -2400", "", "yesterday",
                    "Thu, 01 Jan 1970 00:00:00 GMT", "Tue, 19 Jan 2038 03:14:08 +0000", "9".repeat(400)).get(random.nextInt(8)));
            case "looping-references" -> loopingReferences(mail, id, random);
            case "truncated" -> mail.substring(0, random.nextInt(mail.length()));
            case "line-endings" -> switch (random.nextInt(4)) {
                case 0 -> mail.replace(CRLF, "\n");
                case 1 -> mail.replace(CRLF, "\r");
                case 2 -> mail.replaceFirst(CRLF + CRLF, CRLF);
                default -> mail.replace(CRLF, "\n\r");
            };
            case "invalid-utf8" -> insertAt(mail, mail.indexOf(CRLF + CRLF) + 4 + random.nextInt(8),
                    List.of("\u00FF", "\u00C0\u00AF", "\u00ED\u00A0\u0080", "\u00F0\u009F\u0098").get(random.nextInt(4)));
            case "hostile-html" -> MimeSamples.headers(id, "html", "Content-Type: text/html; charset=UTF-8") + CRLF
                    + List.of("<script>alert(1)</script><p>hi</p>", "<div>".repeat(20_000) + "deep",
                    "<p title=\"" + "x".repeat(100_000) + "\">x</p>", "<meta charset=\"utf-16\"><p>\u00FF</p>",
                    "<style>" + "a{}".repeat(10_000) + "</style>", "<!--", "<p>&#0;&#xD800;&#99999999;</p>")
                    .get(random.nextInt(7)) + CRLF;
            case "hostile-attachment" -> hostileAttachment(id, random);
            case "oversized" -> MimeSamples.headers(id, "big", "Content-Type: text/plain") + CRLF
                    + "x".repeat(List.of(262_145, 600_000, 3_000_000).get(random.nextInt(3))) + CRLF;
            case "empty" -> List.of("", CRLF, "   ", CRLF + CRLF).get(random.nextInt(4));
            case "not-a-message" -> List.of("{\"json\":true}", "hello", "\u0000\u0001\u0002", "From nobody\n\n")
                    .get(random.nextInt(4));
            default -> mail;
        };
        String type = kind.equals("wrong-content-type") ? List.of("application/json", "text/plain", "", "multipart/mixed")
                .get(random.nextInt(4)) : RFC822;
        return new Mutation(kind, damaged.getBytes(StandardCharsets.ISO_8859_1), type.isEmpty() ? null : type);
    }

    private static String brokenBoundary(String mail, Random random) {
        String boundary = mail.replaceAll("(?s).*?boundary=\"?([^\";\\r\\n]+)\"?.*", "$1");
        return switch (random.nextInt(7)) {
            case 0 -> mail.replace("--" + boundary + "--", "");
            case 1 -> mail.replaceFirst("boundary=\"?" + boundary + "\"?", "boundary=\"other\"");
            case 2 -> mail.replaceFirst("boundary=\"?" + boundary + "\"?", "boundary=\"\"");
            case 3 -> mail.replaceFirst("boundary=\"?" + boundary + "\"?", "boundary=" + "b".repeat(200));
            case 4 -> mail.replaceFirst(";\\s*boundary=\"?" + boundary + "\"?", "");
            case 5 -> mail.replace("--" + boundary + CRLF, "--" + boundary + " garbage\t" + CRLF);
            default -> mail.replaceFirst("boundary=\"?" + boundary + "\"?", "boundary=" + boundary + "; boundary=x");
        };
    }

    private static String missingHeader(String mail, Random random) {
        String header = List.of("From", "Date", "Message-ID", "Content-Type", "MIME-Version", "Subject", "To", "*")
                .get(random.nextInt(8));
        if (header.equals("*")) {
            return mail.substring(mail.indexOf(CRLF + CRLF) + 4);
        }
        return mail.replaceFirst("(?m)^" + header + ":[^\\r\\n]*\\r\\n", "");
    }

    private static String hugeHeader(String mail, Random random) {
        String extra = switch (random.nextInt(5)) {
            case 0 -> "Subject: " + "s".repeat(70_000);
            case 1 -> "X-Fuzz: v" + (CRLF + "X-Fuzz-N: v").repeat(6_000);
            case 2 -> "X-Folded: a" + (CRLF + " b").repeat(20_000);
            case 3 -> "Comments: " + "c".repeat(60_000);
            default -> "X-One-Meg: " + "m".repeat(1_000_000);
        };
        return extra + CRLF + mail;
    }

    private static String badTransferEncoding(MimeSamples.Identity id, Random random) {
        String body = switch (random.nextInt(6)) {
            case 0 -> "Content-Transfer-Encoding: base64" + CRLF + CRLF + "@@@@!!!!****" + CRLF;
            case 1 -> "Content-Transfer-Encoding: base64" + CRLF + CRLF + "QQ=" + CRLF + "=====" + CRLF;
            case 2 -> "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + "broken =ZZ soft=" + CRLF + "=";
            case 3 -> "Content-Transfer-Encoding: x-fuzz" + CRLF + CRLF + "what encoding?" + CRLF;
            case 4 -> "Content-Transfer-Encoding: 7bit" + CRLF + CRLF + "\u00FF\u00FE 8-bit in 7bit" + CRLF;
            default -> "Content-Transfer-Encoding: base64" + CRLF + CRLF + "A".repeat(76 * 10 + 1) + CRLF;
        };
        return MimeSamples.headers(id, "encoding", "Content-Type: text/plain; charset=UTF-8") + body;
    }

    private static String nested(MimeSamples.Identity id, int depth) {
        StringBuilder mail = new StringBuilder(MimeSamples.headers(id, "nested " + depth,
                "Content-Type: multipart/mixed; boundary=b0"));
        mail.append(CRLF);
        for (int i = 1; i <= depth; i++) {
            mail.append("--b").append(i - 1).append(CRLF).append("Content-Type: multipart/mixed; boundary=b").append(i)
                    .append(CRLF).append(CRLF);
        }
        mail.append("--b").append(depth).append(CRLF).append("Content-Type: text/plain").append(CRLF).append(CRLF)
                .append("deep").append(CRLF);
        for (int i = depth; i >= 0; i--) {
            mail.append("--b").append(i).append("--").append(CRLF);
        }
        return mail.toString();
    }

    private static String wide(MimeSamples.Identity id, int parts) {
        StringBuilder mail = new StringBuilder(MimeSamples.headers(id, "wide " + parts,
                "Content-Type: multipart/mixed; boundary=w"));
        mail.append(CRLF);
        for (int i = 0; i < parts; i++) {
            mail.append("--w").append(CRLF).append("Content-Type: text/plain").append(CRLF).append(CRLF)
                    .append("part ").append(i).append(CRLF);
        }
        return mail.append("--w--").append(CRLF).toString();
    }

    private static String malformedAddress(Random random) {
        return List.of("<<@>>", "a@", "\"unterminated <a@b.c>", "undisclosed-recipients:;", "<>", "@example.com",
                "a".repeat(500) + "@example.com", "(x) a@b (y)", "a@b.c, ".repeat(1_000) + "z@y.x",
                "=?utf-8?B?8J+Ri8==?= <x@y.z>", "x@[999.999.999.999]", "\"\\\"\" <q@q.q>", "Name <a@b.c", "a@b@c",
                "", "<" + "l".repeat(70_000) + "@x.y>").get(random.nextInt(16));
    }

    private static String loopingReferences(String mail, MimeSamples.Identity id, Random random) {
        String own = "<" + id.messageId() + ">";
        String refs = switch (random.nextInt(6)) {
            case 0 -> "In-Reply-To: " + own + CRLF + "References: " + own;
            case 1 -> "References: " + (own + " ").repeat(10_000);
            case 2 -> "References: <<>> <> <@> <a@>";
            case 3 -> "References: <" + "r".repeat(10_000) + "@x>";
            case 4 -> "In-Reply-To: <ours@mail.opsdesk.local>" + CRLF + "References: <ours@mail.opsdesk.local> " + own;
            default -> "References:";
        };
        return mail.replaceFirst("(?m)^(In-Reply-To|References):[^\\r\\n]*\\r\\n", "")
                .replaceFirst("(?m)^(In-Reply-To|References):[^\\r\\n]*\\r\\n", "")
                .replaceFirst("\\r\\n\\r\\n", CRLF + refs + CRLF + CRLF);
    }

    private static String hostileAttachment(MimeSamples.Identity id, Random random) {
        String name = List.of("../../etc/passwd", "n".repeat(10_000) + ".pdf", "a\u0000b.exe", "", "CON", ".",
                "\u00E9t\u00E9.pdf").get(random.nextInt(7));
        String disposition = random.nextBoolean() ? "attachment; filename=\"" + name + "\""
                : "attachment; filename*=utf-8''%ZZ%" + name.length();
        String content = random.nextInt(3) == 0 ? "A".repeat(200_000) : "QUJD";
        return MimeSamples.headers(id, "attachment", "Content-Type: multipart/mixed; boundary=att") + CRLF
                + "--att" + CRLF + "Content-Type: text/plain" + CRLF + CRLF + "see attachment" + CRLF
                + "--att" + CRLF + "Content-Type: application/octet-stream; name=\"" + name + "\"" + CRLF
                + "Content-Disposition: " + disposition + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF
                + content + CRLF + "--att--" + CRLF;
    }

    private static String replaceHeader(String mail, String name, String value) {
        String line = name + ": " + value + CRLF;
        String replaced = mail.replaceFirst("(?m)^" + name + ":[^\\r\\n]*\\r\\n", java.util.regex.Matcher.quoteReplacement(line));
        return replaced.equals(mail) ? line + mail : replaced;
    }

    private static String insertAt(String text, int at, String what) {
        int position = Math.max(0, Math.min(text.length(), at));
        return text.substring(0, position) + what + text.substring(position);
    }
}
