package dev.opsdesk.ticket.intake.domain;

import java.util.List;

/**
 * A tenant's intake configuration, stored per tenant (never in application.properties):
 * mailboxes polled over IMAP, the SMTP server replies leave through, the Messenger app's secrets,
 * the HMAC secret of the chat-transcript webhook, the flood limit and the optional acknowledgement.
 * Channel codes default to the tenant's first channel of the matching kind. A PUT body is read
 * strictly (an unknown key is a 400, like every request body); the stored copy is read tolerantly.
 */
public record IntakeSettings(
        List<Mailbox> mailboxes,
        Smtp smtp,
        String messageIdDomain,
        String emailChannel,
        String chatChannel,
        String messengerChannel,
        String phoneChannel,
        Acknowledgement acknowledgement,
        FloodLimit floodLimit,
        Messenger messenger) {

    public static final String MASK = "********";

    public static IntakeSettings none() {
        return new IntakeSettings(List.of(), null, null, null, null, null, null, null, null, null);
    }

    /** An IMAP mailbox; {@code name} is the stable key of its cursor. */
        public record Mailbox(String name, String host, int port, boolean ssl, String username, String password,
                          String folder) {
        public String folderOrInbox() {
            return folder == null || folder.isBlank() ? "INBOX" : folder;
        }
    }

        public record Smtp(String host, int port, boolean ssl, boolean startTls, String username, String password,
                       String fromAddress, String fromName) {
    }

    /** An auto-reply to new e-mail tickets; never sent to loop-flagged mail or flooding senders. */
        public record Acknowledgement(boolean enabled, String subject, String body) {
    }

    /** More than {@code maxMessages} from one sender within {@code windowMinutes} stops auto-replies to them. */
        public record FloodLimit(int maxMessages, int windowMinutes) {
    }

    /** {@code verifyToken} answers the GET challenge; {@code appSecret} keys X-Hub-Signature-256. */
        public record Messenger(String verifyToken, String appSecret, String chatTranscriptSecret) {
    }

    public List<Mailbox> mailboxesOrEmpty() {
        return mailboxes == null ? List.of() : mailboxes;
    }

    public FloodLimit floodLimitOrDefault() {
        return floodLimit == null || floodLimit.maxMessages() <= 0 || floodLimit.windowMinutes() <= 0
                ? new FloodLimit(20, 60) : floodLimit;
    }

    /** The same settings with every secret replaced by {@link #MASK}, for reading back through the API. */
    public IntakeSettings masked() {
        List<Mailbox> boxes = mailboxesOrEmpty().stream().map(m -> new Mailbox(m.name(), m.host(), m.port(), m.ssl(),
                m.username(), mask(m.password()), m.folder())).toList();
        Smtp s = smtp == null ? null : new Smtp(smtp.host(), smtp.port(), smtp.ssl(), smtp.startTls(), smtp.username(),
                mask(smtp.password()), smtp.fromAddress(), smtp.fromName());
        Messenger m = messenger == null ? null : new Messenger(mask(messenger.verifyToken()),
                mask(messenger.appSecret()), mask(messenger.chatTranscriptSecret()));
        return new IntakeSettings(boxes, s, messageIdDomain, emailChannel, chatChannel, messengerChannel, phoneChannel,
                acknowledgement, floodLimit, m);
    }

    /** These settings, where a secret was sent back as {@link #MASK}, with the secret {@code previous} had. */
    public IntakeSettings keepingSecretsOf(IntakeSettings previous) {
        List<Mailbox> boxes = mailboxesOrEmpty().stream().map(m -> new Mailbox(m.name(), m.host(), m.port(), m.ssl(),
                m.username(), kept(m.password(), previous.mailboxesOrEmpty().stream()
                .filter(p -> p.name().equals(m.name())).map(Mailbox::password).findFirst().orElse(null)),
                m.folder())).toList();
        Smtp s = smtp == null ? null : new Smtp(smtp.host(), smtp.port(), smtp.ssl(), smtp.startTls(), smtp.username(),
                kept(smtp.password(), previous.smtp() == null ? null : previous.smtp().password()),
                smtp.fromAddress(), smtp.fromName());
        Messenger before = previous.messenger();
        Messenger m = messenger == null ? null : new Messenger(
                kept(messenger.verifyToken(), before == null ? null : before.verifyToken()),
                kept(messenger.appSecret(), before == null ? null : before.appSecret()),
                kept(messenger.chatTranscriptSecret(), before == null ? null : before.chatTranscriptSecret()));
        return new IntakeSettings(boxes, s, messageIdDomain, emailChannel, chatChannel, messengerChannel, phoneChannel,
                acknowledgement, floodLimit, m);
    }

    private static String kept(String sent, String previous) {
        return MASK.equals(sent) ? previous : sent;
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? secret : MASK;
    }
}
