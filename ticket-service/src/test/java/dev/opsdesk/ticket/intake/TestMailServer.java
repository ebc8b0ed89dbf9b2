package dev.opsdesk.ticket.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A real SMTP + IMAP server (GreenMail) in the test JVM on free ports, and a real client (Jakarta
 * Mail) that sends to it. Mail sent to a mailbox user lands in that user's IMAP INBOX.
 */
public final class TestMailServer implements AutoCloseable {

    public static final String PASSWORD = "secret";

    private final GreenMail greenMail;

    private TestMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static TestMailServer start() {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        mail.start();
        return new TestMailServer(mail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** A mailbox user whose login is its address. */
    public void mailbox(String address) {
        greenMail.setUser(address, address, PASSWORD);
    }

    /** Sends raw RFC 5322 text over SMTP with Jakarta Mail, to the given recipients. */
    public void send(String raw, String... recipients) {
        try {
            Session session = Session.getInstance(new Properties());
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
                @Override
                protected void updateMessageID() {
                    // keep the Message-ID the test wrote
                }
            };
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect("127.0.0.1", smtpPort(), null, null);
                transport.sendMessage(message, Arrays.stream(recipients).map(TestMailServer::address)
                        .toArray(InternetAddress[]::new));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("could not send the test mail", e);
        }
    }

    /** Mails the server received for {@code address}, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static InternetAddress address(String value) {
        try {
            return new InternetAddress(value);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
