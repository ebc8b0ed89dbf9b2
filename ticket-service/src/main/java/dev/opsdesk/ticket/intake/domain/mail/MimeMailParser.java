package dev.opsdesk.ticket.intake.domain.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a raw RFC 5322 message with Jakarta Mail (Angus) under {@link MailLimits}. Hostile input
 * either parses (repairs are flagged: a broken multipart becomes its raw text, an unknown charset is
 * read as UTF-8 with replacement, NULs are removed) or is refused with a {@link MailRejected} reason;
 * nothing else escapes.
 */
public final class MimeMailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]{1,900})>");
    private static final Session SESSION = Session.getInstance(strictlyLocal());

    private final MailLimits limits;

    public MimeMailParser(MailLimits limits) {
        this.limits = limits;
    }

    public ParsedMail parse(byte[] raw) {
        if (raw.length > limits.maxMessageBytes()) {
            throw MailRejected.tooLarge("The message has " + raw.length + " bytes; at most "
                    + limits.maxMessageBytes() + " are accepted");
        }
        if (raw.length == 0) {
            throw MailRejected.unreadable("empty-message", "The message is empty");
        }
        checkHeaderSection(raw);
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            return read(message, raw.length);
        } catch (MessagingException e) {
            throw MailRejected.unreadable("unparseable-message", "The message cannot be read as RFC 5322: "
                    + shortMessage(e));
        }
    }

    private void checkHeaderSection(byte[] raw) {
        int limit = Math.min(raw.length, limits.maxHeaderBytes() + 4);
        for (int i = 0; i + 1 < limit; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n')) {
                return;
            }
        }
        if (raw.length > limits.maxHeaderBytes()) {
            throw new MailRejected("header-too-large", 413, "The header section is longer than "
                    + limits.maxHeaderBytes() + " bytes");
        }
    }

    private ParsedMail read(MimeMessage message, int size) throws MessagingException {
        Set<IntakeFlag> flags = EnumSet.noneOf(IntakeFlag.class);
        InternetAddress from = sender(message);
        List<String> others = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            others.addAll(addresses(message, type));
        }
        String subject = clean(decodedSubject(message), flags);
        Bodies bodies = new Bodies();
        walk(message, 0, bodies, flags);
        String text = bodies.plain != null ? bodies.plain : bodies.html != null ? HtmlToText.toText(bodies.html) : "";
        if (bodies.plain == null && bodies.html != null) {
            flags.add(IntakeFlag.HTML_ONLY);
        }
        text = clean(text, flags);
        if (text.length() > limits.maxBodyChars()) {
            text = text.substring(0, limits.maxBodyChars());
            flags.add(IntakeFlag.BODY_TRUNCATED);
        }
        flags.addAll(LoopDetector.flags(message, from.getAddress(), bodies.report));
        String name = from.getPersonal() == null ? null : clean(from.getPersonal(), flags);
        return new ParsedMail(messageId(message.getHeader("Message-ID", null)), referencedIds(message),
                from.getAddress().toLowerCase(Locale.ROOT), name == null || name.isBlank() ? null : name.strip(),
                others, subject, text, bodies.attachments, flags, bodies.reportedIds, size);
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        String header = message.getHeader("From", ",");
        if (header == null || header.isBlank()) {
            header = message.getHeader("Sender", ",");
        }
        if (header == null || header.isBlank()) {
            throw MailRejected.unreadable("no-sender", "The message has no From address");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            for (InternetAddress address : parsed) {
                String value = address.getAddress();
                if (value != null && value.indexOf('@') > 0 && value.indexOf('@') < value.length() - 1
                        && value.length() <= 320 && value.chars().noneMatch(c -> c <= ' ' || c == 0x7f)) {
                    return address;
                }
            }
        } catch (AddressException e) {
            // refused below
        }
        throw MailRejected.unreadable("invalid-sender", "The From header holds no usable e-mail address");
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
        try {
            String header = message.getHeader(type == Message.RecipientType.TO ? "To" : "Cc", ",");
            if (header == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Address address : InternetAddress.parseHeader(header, false)) {
                String value = ((InternetAddress) address).getAddress();
                if (value != null && value.indexOf('@') > 0 && value.length() <= 320) {
                    out.add(value.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (MessagingException e) {
            return List.of(); // unreadable recipients are not needed to store the mail
        }
    }

    private static String decodedSubject(MimeMessage message) {
        try {
            String subject = message.getSubject(); // decodes RFC 2047, falls back to the raw text
            return subject == null || subject.isBlank() ? "(no subject)" : subject.strip();
        } catch (MessagingException e) {
            return "(no subject)";
        }
    }

    /** What the walk over the MIME tree collects. */
    private static final class Bodies {
        String plain;
        String html;
        boolean report;
        final List<MailAttachment> attachments = new ArrayList<>();
        final List<String> reportedIds = new ArrayList<>();
        int parts;
    }

    private void walk(Part part, int depth, Bodies bodies, Set<IntakeFlag> flags) throws MessagingException {
        if (depth > limits.maxDepth()) {
            throw MailRejected.unreadable("too-deeply-nested", "MIME parts are nested deeper than " + limits.maxDepth());
        }
        if (++bodies.parts > limits.maxParts()) {
            throw MailRejected.unreadable("too-many-parts", "The message has more than " + limits.maxParts() + " MIME parts");
        }
        ContentType type = contentType(part, flags);
        String primary = type.getPrimaryType().toLowerCase(Locale.ROOT);
        String sub = type.getSubType().toLowerCase(Locale.ROOT);
        if (primary.equals("multipart")) {
            if (sub.equals("report")) {
                bodies.report = true;
            }
            walkMultipart(part, type, depth, bodies, flags);
            return;
        }
        String disposition = disposition(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || filename(part) != null;
        if (primary.equals("message") && (sub.equals("rfc822") || sub.equals("global"))
                || primary.equals("text") && sub.equals("rfc822-headers")) {
            reportedIds(part, bodies);
            addAttachment(part, type, bodies, flags);
            return;
        }
        if (primary.equals("text") && !attachment && (sub.equals("plain") && bodies.plain == null
                || sub.equals("html") && bodies.html == null)) {
            String text = readText(part, type, flags);
            if (sub.equals("plain")) {
                bodies.plain = text;
            } else {
                bodies.html = text;
            }
            return;
        }
        addAttachment(part, type, bodies, flags);
    }

    private void walkMultipart(Part part, ContentType type, int depth, Bodies bodies, Set<IntakeFlag> flags)
            throws MessagingException {
        Multipart multipart;
        int count;
        try {
            Object content = part.getContent();
            if (!(content instanceof Multipart m)) {
                throw new MessagingException("not a multipart");
            }
            multipart = m;
            count = multipart.getCount();
        } catch (IOException | MessagingException | RuntimeException e) {
            // A broken boundary: keep what the customer wrote as the raw text of the part.
            flags.add(IntakeFlag.MALFORMED_MIME);
            if (bodies.plain == null) {
                bodies.plain = rawText(part, type, flags);
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            walk(child, depth + 1, bodies, flags);
        }
        if (multipart instanceof MimeMultipart mime && !mime.isComplete()) {
            flags.add(IntakeFlag.MALFORMED_MIME);
        }
    }

    private static ContentType contentType(Part part, Set<IntakeFlag> flags) {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (MessagingException | RuntimeException e) {
            flags.add(IntakeFlag.MALFORMED_MIME);
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String filename(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "attachment";
        }
    }

    private String readText(Part part, ContentType type, Set<IntakeFlag> flags) {
        byte[] bytes = decoded(part, flags);
        return decode(bytes, type.getParameter("charset"), flags);
    }

    private String rawText(Part part, ContentType type, Set<IntakeFlag> flags) {
        try (InputStream in = part instanceof MimeMessage m ? m.getRawInputStream()
                : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream()) {
            return decode(readBounded(in, limits.maxMessageBytes()), type.getParameter("charset"), flags);
        } catch (IOException | MessagingException | ClassCastException e) {
            return "";
        }
    }

    /** The part's content with its transfer encoding undone; the raw bytes when that encoding is broken. */
    private byte[] decoded(Part part, Set<IntakeFlag> flags) {
        try (InputStream in = part.getInputStream()) {
            return readBounded(in, limits.maxAttachmentBytes());
        } catch (IOException | MessagingException | RuntimeException e) {
            if (e instanceof MailRejected rejected) {
                throw rejected;
            }
            flags.add(IntakeFlag.MALFORMED_MIME);
            try (InputStream raw = part instanceof MimeMessage m ? m.getRawInputStream()
                    : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream()) {
                return readBounded(raw, limits.maxAttachmentBytes());
            } catch (IOException | MessagingException | ClassCastException inner) {
                return new byte[0];
            }
        }
    }

    private byte[] readBounded(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new MailRejected("attachment-too-large", 413, "A part of the message decodes to more than "
                    + max + " bytes");
        }
        return bytes;
    }

    private static String decode(byte[] bytes, String charsetName, Set<IntakeFlag> flags) {
        Charset charset = StandardCharsets.UTF_8;
        if (charsetName != null) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(charsetName.strip()));
            } catch (RuntimeException e) {
                flags.add(IntakeFlag.UNKNOWN_CHARSET);
            }
        }
        return new String(bytes, charset);
    }

    private void addAttachment(Part part, ContentType type, Bodies bodies, Set<IntakeFlag> flags) {
        byte[] content = decoded(part, flags);
        String name = filename(part);
        bodies.attachments.add(new MailAttachment(name == null ? null : clean(name, flags), type.getBaseType(), content));
    }

    private static void reportedIds(Part part, Bodies bodies) {
        try (InputStream in = part.getInputStream()) {
            InternetHeaders headers = new InternetHeaders(in);
            String id = messageId(headers.getHeader("Message-ID", null));
            if (id != null) {
                bodies.reportedIds.add(id);
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            // a report we cannot read still counts as a bounce
        }
    }

    private static List<String> referencedIds(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        String inReplyTo = message.getHeader("In-Reply-To", " ");
        String references = message.getHeader("References", " ");
        ids.addAll(allIds(inReplyTo));
        List<String> refs = allIds(references);
        for (int i = refs.size() - 1; i >= 0; i--) {
            ids.add(refs.get(i));
        }
        return List.copyOf(ids);
    }

    static String messageId(String header) {
        List<String> ids = allIds(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> allIds(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find() && ids.size() < 100) {
            ids.add(matcher.group(1).toLowerCase(Locale.ROOT).replace("\u0000", ""));
        }
        return ids;
    }

    /** PostgreSQL text holds no NUL: remove them (flagged) from every stored string. */
    private static String clean(String value, Set<IntakeFlag> flags) {
        if (value.indexOf('\u0000') >= 0) {
            flags.add(IntakeFlag.NUL_STRIPPED);
            return value.replace("\u0000", "");
        }
        return value;
    }

    private static String shortMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static Properties strictlyLocal() {
        Properties props = new Properties();
        props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.ignoreunknownencoding", "true");
        return props;
    }
}
