package dev.opsdesk.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Valid RFC 5322 messages the MIME mutations start from: plain, alternative, with an attachment, a
 * quoted-printable reply, nested related parts, encoded words and an 8-bit Latin-1 body. Text is
 * held one char per byte (ISO-8859-1) so that mutations can place any byte.
 */
public final class MimeSamples {

    /** The case's own identity: a sender and a Message-ID no other case uses. */
    public record Identity(String from, String to, String messageId, String inReplyTo) {
    }

    private static final String CRLF = "\r\n";

    private MimeSamples() {
    }

    public static String sample(int which, Identity id) {
        return switch (Math.floorMod(which, 6)) {
            case 0 -> plain(id);
            case 1 -> alternative(id);
            case 2 -> withAttachment(id);
            case 3 -> quotedPrintableReply(id);
            case 4 -> nestedRelated(id);
            default -> encodedWordsLatin1(id);
        };
    }

    public static int count() {
        return 6;
    }

    public static boolean isMultipart(int which) {
        int sample = Math.floorMod(which, 6);
        return sample == 1 || sample == 2 || sample == 4;
    }

    static String headers(Identity id, String subject, String... more) {
        StringBuilder h = new StringBuilder()
                .append("From: Fuzz Customer <").append(id.from()).append('>').append(CRLF)
                .append("To: ").append(id.to()).append(CRLF)
                .append("Subject: ").append(subject).append(CRLF)
                .append("Message-ID: <").append(id.messageId()).append('>').append(CRLF)
                .append("Date: Mon, 23 Nov 2026 10:00:00 +0000").append(CRLF)
                .append("MIME-Version: 1.0").append(CRLF);
        for (String line : more) {
            h.append(line).append(CRLF);
        }
        return h.toString();
    }

    private static String plain(Identity id) {
        return headers(id, "Where is my order?", "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit") + CRLF
                + latin1("Hello, my order 12345 has not arrived. Привет! 👍") + CRLF;
    }

    private static String alternative(Identity id) {
        return headers(id, "Refund request", "Content-Type: multipart/alternative; boundary=\"alt-b0und\"") + CRLF
                + "--alt-b0und" + CRLF + "Content-Type: text/plain; charset=us-ascii" + CRLF + CRLF
                + "Please refund order 777." + CRLF
                + "--alt-b0und" + CRLF + "Content-Type: text/html; charset=UTF-8" + CRLF + CRLF
                + "<html><body><p>Please refund order <b>777</b>.</p></body></html>" + CRLF
                + "--alt-b0und--" + CRLF;
    }

    private static String withAttachment(Identity id) {
        String pdf = Base64.getMimeEncoder().encodeToString("%PDF-1.4 fuzz attachment".repeat(20)
                .getBytes(StandardCharsets.US_ASCII));
        return headers(id, "Photo of the damage", "Content-Type: multipart/mixed; boundary=mixed-b0und") + CRLF
                + "This is a multi-part message in MIME format." + CRLF
                + "--mixed-b0und" + CRLF + "Content-Type: text/plain; charset=UTF-8" + CRLF + CRLF
                + "The parcel arrived broken, see attached." + CRLF
                + "--mixed-b0und" + CRLF + "Content-Type: application/pdf; name=\"damage.pdf\"" + CRLF
                + "Content-Disposition: attachment; filename=\"damage.pdf\"" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF + CRLF + pdf + CRLF
                + "--mixed-b0und--" + CRLF;
    }

    private static String quotedPrintableReply(Identity id) {
        String reply = id.inReplyTo() == null ? "<earlier-" + id.messageId() + ">" : "<" + id.inReplyTo() + ">";
        return headers(id, "Re: Where is my order?", "In-Reply-To: " + reply, "References: " + reply,
                "Content-Type: text/plain; charset=ISO-8859-1", "Content-Transfer-Encoding: quoted-printable") + CRLF
                + "Still waiting, Gr=FC=DFe." + CRLF + CRLF
                + "On Mon, 23 Nov 2026 at 09:00, Support <support@shop.example> wrote:" + CRLF
                + "> We are looking into it.=20" + CRLF + "> Regards=" + CRLF + "> Support" + CRLF;
    }

    private static String nestedRelated(Identity id) {
        String png = Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        return headers(id, "Screenshot", "Content-Type: multipart/mixed; boundary=outer") + CRLF
                + "--outer" + CRLF + "Content-Type: multipart/related; boundary=inner; type=\"multipart/alternative\"" + CRLF + CRLF
                + "--inner" + CRLF + "Content-Type: multipart/alternative; boundary=innermost" + CRLF + CRLF
                + "--innermost" + CRLF + "Content-Type: text/plain" + CRLF + CRLF + "See the screenshot." + CRLF
                + "--innermost" + CRLF + "Content-Type: text/html" + CRLF + CRLF
                + "<p>See <img src=\"cid:shot@fuzz\"></p>" + CRLF + "--innermost--" + CRLF
                + "--inner" + CRLF + "Content-Type: image/png" + CRLF + "Content-ID: <shot@fuzz>" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF + CRLF + png + CRLF + "--inner--" + CRLF
                + "--outer--" + CRLF;
    }

    private static String encodedWordsLatin1(Identity id) {
        return headers(id, "=?UTF-8?B?" + Base64.getEncoder().encodeToString("Заказ не пришёл".getBytes(StandardCharsets.UTF_8))
                        + "?= =?ISO-8859-1?Q?=DCbel?=", "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: 8bit") + CRLF
                + "Gr\u00FC\u00DFe aus K\u00F6ln" + CRLF;
    }

    /** UTF-8 bytes held one per char. */
    static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Some cases answer an earlier case's mail, so threading is reached too. */
    static Identity identity(long seed, int index, Random random) {
        String earlier = index == 0 || random.nextBoolean() ? null
                : "fuzz-" + seed + "-" + random.nextInt(index) + "@fuzz.example";
        return new Identity("customer-" + index + "@fuzz.example", "support@shop.example",
                "fuzz-" + seed + "-" + index + "@fuzz.example", earlier);
    }
}
