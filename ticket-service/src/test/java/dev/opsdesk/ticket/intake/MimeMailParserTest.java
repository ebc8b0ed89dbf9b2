package dev.opsdesk.ticket.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.ticket.intake.domain.mail.IntakeFlag;
import dev.opsdesk.ticket.intake.domain.mail.MailLimits;
import dev.opsdesk.ticket.intake.domain.mail.MailRejected;
import dev.opsdesk.ticket.intake.domain.mail.MimeMailParser;
import dev.opsdesk.ticket.intake.domain.mail.ParsedMail;
import dev.opsdesk.ticket.intake.domain.mail.QuotedReplyTrimmer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MIME parser on its own: bodies, HTML to safe text, attachments, headers, limits. */
class MimeMailParserTest {

    private final MimeMailParser parser = new MimeMailParser(new MailLimits(100_000, 50_000, 8_000, 5, 20, 10_000));

    @Test
    void anHtmlOnlyMailBecomesTextWithoutMarkupOrScripts() {
        ParsedMail mail = parse("""
                From: =?UTF-8?Q?Jos=C3=A9_P=C3=A9rez?= <Jose@Example.com>\r
                Subject: =?UTF-8?B?w4FydmFsZQ==?=\r
                Message-ID: <A1@example.com>\r
                Content-Type: text/html; charset=UTF-8\r
                \r
                <html><head><style>p{}</style><script>alert(1)</script></head><body><p>Hola &amp; gracias</p>\
                <p>Line<br>two</p><img src=x onerror=alert(2)></body></html>\r
                """);
        assertEquals("jose@example.com", mail.fromAddress());
        assertEquals("José Pérez", mail.fromName());
        assertEquals("Árvale", mail.subject());
        assertEquals("a1@example.com", mail.messageId());
        assertTrue(mail.flags().contains(IntakeFlag.HTML_ONLY));
        assertEquals("Hola & gracias\n\nLine\ntwo", mail.text().replaceAll("\\n\\s*\\n", "\n\n"));
        assertFalse(mail.text().contains("alert"));
    }

    @Test
    void attachmentsAndReplyHeadersAreRead() {
        ParsedMail mail = parse("""
                From: a@example.com\r
                Subject: photo\r
                In-Reply-To: <ours-1@mail.opsdesk.local>\r
                References: <first@example.com> <ours-1@mail.opsdesk.local>\r
                Content-Type: multipart/mixed; boundary=x\r
                \r
                --x\r
                Content-Type: text/plain\r
                \r
                See the photo.\r
                --x\r
                Content-Type: image/png; name=dent.png\r
                Content-Disposition: attachment; filename=dent.png\r
                Content-Transfer-Encoding: base64\r
                \r
                iVBORw0KGgo=\r
                --x--\r
                """);
        assertEquals("See the photo.", mail.text().strip());
        assertEquals(1, mail.attachments().size());
        assertEquals("dent.png", mail.attachments().get(0).filename());
        assertEquals("image/png", mail.attachments().get(0).contentType());
        assertEquals(8, mail.attachments().get(0).content().length);
        assertEquals(List.of("ours-1@mail.opsdesk.local", "first@example.com"), mail.referencedIds());
    }

    @Test
    void limitsRefuseWithAReason() {
        MailRejected tooDeep = assertThrows(MailRejected.class, () -> parse("From: a@example.com\r\n"
                + "Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: multipart/mixed; boundary=d\r\n\r\n"
                + "--d\r\nContent-Type: multipart/mixed; boundary=e\r\n\r\n--e\r\nContent-Type: multipart/mixed; boundary=f\r\n\r\n"
                + "--f\r\nContent-Type: text/plain\r\n\r\ndeep\r\n--f--\r\n--e--\r\n--d--\r\n--c--\r\n--b--\r\n--a--\r\n"));
        assertEquals("too-deeply-nested", tooDeep.reason());
        assertEquals("no-sender", assertThrows(MailRejected.class, () -> parse("Subject: x\r\n\r\nbody")).reason());
        assertEquals(413, assertThrows(MailRejected.class, () -> parse("From: a@example.com\r\n\r\n" + "x".repeat(100_001)))
                .status());
    }

    @Test
    void aQuotedReplyIsTrimmedAndAnAllQuotedOneKept() {
        assertEquals("Yes please.", QuotedReplyTrimmer.trim("Yes please.\n\nOn Tue, 1 Dec 2026, Support wrote:\n> Shall we?"));
        assertEquals("Fine.", QuotedReplyTrimmer.trim("Fine.\n-----Original Message-----\nFrom: x\nSent: y\nold"));
        assertEquals("> only a quote", QuotedReplyTrimmer.trim("> only a quote"));
    }

    private ParsedMail parse(String raw) {
        return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
    }
}
