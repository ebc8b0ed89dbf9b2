package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.service.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Fetches new mail from a tenant's IMAP mailboxes with Jakarta Mail, read-only (nothing is marked
 * or deleted on the server). The cursor is UIDVALIDITY + last UID per mailbox, kept in the database
 * and advanced in the transaction that stores each mail, so a restart neither fetches a mail twice
 * nor skips one; a rebuilt mailbox (new UIDVALIDITY) is read again and its Message-IDs de-duplicated.
 */
@ApplicationScoped
public class ImapPoller {

    private static final Logger LOG = Logger.getLogger(ImapPoller.class);

    private final MailIntake intake;
    private final IntakeSettingsService settings;
    private final IntakeConfig config;

    ImapPoller(MailIntake intake, IntakeSettingsService settings, IntakeConfig config) {
        this.intake = intake;
        this.settings = settings;
        this.config = config;
    }

    /** Polls every mailbox of every tenant; a failing mailbox does not stop the others. */
    public int pollAll() {
        int taken = 0;
        for (String tenantId : settings.tenantsWithMailboxes()) {
            taken += poll(tenantId);
        }
        return taken;
    }

    /** Polls the tenant's mailboxes once; returns how many mails were taken (stored, duplicate or rejected). */
    public int poll(String tenantId) {
        int taken = 0;
        for (IntakeSettings.Mailbox mailbox : settings.of(tenantId).mailboxesOrEmpty()) {
            try {
                taken += poll(tenantId, mailbox);
            } catch (MessagingException | IOException | RuntimeException e) {
                LOG.warnf("mailbox %s of %s not polled: %s", mailbox.name(), tenantId, e.toString());
            }
        }
        return taken;
    }

    private int poll(String tenantId, IntakeSettings.Mailbox mailbox) throws MessagingException, IOException {
        String protocol = mailbox.ssl() ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol));
        try (Store store = session.getStore(protocol)) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folderOrInbox());
            folder.open(Folder.READ_ONLY);
            try {
                return fetchNew(tenantId, mailbox.name(), folder);
            } finally {
                folder.close(false);
            }
        }
    }

    private int fetchNew(String tenantId, String mailbox, Folder folder) throws MessagingException, IOException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        long last = intake.lastUid(tenantId, mailbox, validity);
        Message[] messages = uids.getMessagesByUID(last + 1, UIDFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        Message[] ordered = Arrays.stream(messages)
                .sorted(Comparator.comparingLong(m -> uid(uids, m)))
                .filter(m -> uid(uids, m) > last) // "n:*" always names the newest mail, even an old one
                .limit(config.pollBatch())
                .toArray(Message[]::new);
        int taken = 0;
        for (Message message : ordered) {
            take(tenantId, mailbox, validity, uids.getUID(message), message);
            taken++;
        }
        return taken;
    }

    private void take(String tenantId, String mailbox, long validity, long uid, Message message)
            throws MessagingException, IOException {
        int size = message.getSize();
        byte[] raw = size > config.maxMessageBytes() ? null : bytes(message);
        try {
            intake.fromImap(tenantId, mailbox, validity, uid, raw, size < 0 ? raw.length : size);
        } catch (RuntimeException first) {
            if (DatabaseFailures.unavailable(first)) {
                throw first; // not the mail's fault: the cursor stays before it, the next poll takes it again
            }
            try {
                intake.fromImap(tenantId, mailbox, validity, uid, raw, size < 0 ? raw.length : size);
            } catch (RuntimeException second) {
                if (DatabaseFailures.unavailable(second)) {
                    throw second;
                }
                // The mail stays on the server; it can be fed again over HTTP once the cause is fixed
                LOG.errorf(second, "mail UID %d of %s/%s could not be stored; recorded as rejected", uid, tenantId, mailbox);
                intake.giveUp(tenantId, mailbox, validity, uid, size, second.getClass().getSimpleName());
            }
        }
    }

    private static byte[] bytes(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        message.writeTo(out);
        return out.toByteArray();
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties properties(String protocol) {
        Properties props = new Properties();
        String timeout = Long.toString(config.mailTimeout().toMillis());
        props.setProperty("mail." + protocol + ".connectiontimeout", timeout);
        props.setProperty("mail." + protocol + ".timeout", timeout);
        props.setProperty("mail." + protocol + ".peek", "true");
        return props;
    }
}
