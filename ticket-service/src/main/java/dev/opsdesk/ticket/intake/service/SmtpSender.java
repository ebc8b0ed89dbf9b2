package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.domain.mail.LoopDetector;
import dev.opsdesk.ticket.intake.domain.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Sends one outgoing mail over the tenant's SMTP server with Jakarta Mail (Angus). Our Message-ID
 * is kept (Jakarta Mail would make its own), In-Reply-To/References thread it, and our header
 * {@link LoopDetector#OUR_HEADER} lets intake recognise it if it ever comes back. Per-tenant servers
 * are why this is Angus directly and not a statically configured Quarkus Mailer.
 */
@ApplicationScoped
public class SmtpSender {

    private final IntakeConfig config;

    SmtpSender(IntakeConfig config) {
        this.config = config;
    }

    /** Returns once the server accepted the mail; throws otherwise. */
    public void send(OutgoingMail mail, IntakeSettings.Smtp smtp) throws MessagingException {
        Session session = Session.getInstance(properties(smtp));
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.messageIdHeader + ">");
            }
        };
        try {
            message.setFrom(new InternetAddress(smtp.fromAddress(), smtp.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.toAddress));
        message.setSubject(mail.subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.createdAt));
        message.setText(mail.body, StandardCharsets.UTF_8.name());
        if (mail.inReplyTo != null) {
            message.setHeader("In-Reply-To", "<" + mail.inReplyTo + ">");
        }
        if (mail.references != null) {
            message.setHeader("References", Arrays.stream(mail.references.split(" "))
                    .map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
        }
        message.setHeader(LoopDetector.OUR_HEADER, mail.ticketId.toString());
        if (mail.autoSubmitted) {
            message.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834
            message.setHeader("X-Auto-Response-Suppress", "All");
            message.setHeader("Precedence", "auto_reply");
        }
        message.saveChanges();
        try (Transport transport = session.getTransport(smtp.ssl() ? "smtps" : "smtp")) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private Properties properties(IntakeSettings.Smtp smtp) {
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        String timeout = Long.toString(config.mailTimeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        props.setProperty("mail." + protocol + ".timeout", timeout);
        props.setProperty("mail." + protocol + ".writetimeout", timeout);
        props.setProperty("mail." + protocol + ".auth", Boolean.toString(smtp.username() != null));
        props.setProperty("mail." + protocol + ".starttls.enable", Boolean.toString(smtp.startTls()));
        props.setProperty("mail." + protocol + ".starttls.required", Boolean.toString(smtp.startTls()));
        return props;
    }
}
