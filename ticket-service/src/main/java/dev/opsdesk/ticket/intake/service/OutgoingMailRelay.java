package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.domain.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends due outgoing mail and marks each SENT only after the SMTP server accepted it; a failure is
 * retried with doubling back-off until {@code relay-max-attempts}, then FAILED. Rows are claimed
 * with {@code for update skip locked}, so replicas never send the same mail at once. At-least-once:
 * a crash between the server's acceptance and the commit re-sends it with the same Message-ID.
 */
@ApplicationScoped
public class OutgoingMailRelay {

    private static final Logger LOG = Logger.getLogger(OutgoingMailRelay.class);
    private static final int BATCH = 20;

    private final EntityManager em;
    private final SmtpSender smtp;
    private final IntakeSettingsService settings;
    private final IntakeConfig config;

    OutgoingMailRelay(EntityManager em, SmtpSender smtp, IntakeSettingsService settings, IntakeConfig config) {
        this.em = em;
        this.smtp = smtp;
        this.settings = settings;
        this.config = config;
    }

    /** Sends what is due at {@code now}; returns how many mails the servers accepted. */
    @Transactional
    public int sendDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery("""
                        select * from outgoing_mail where status = 'PENDING' and next_attempt_at <= ?1
                        order by created_at, id limit ?2 for update skip locked""", OutgoingMail.class)
                .setParameter(1, now).setParameter(2, BATCH).getResultList();
        int sent = 0;
        for (OutgoingMail mail : due) {
            IntakeSettings.Smtp server = settings.of(mail.tenantId).smtp();
            try {
                if (server == null) {
                    throw new IllegalStateException("the tenant has no SMTP server in its intake settings");
                }
                smtp.send(mail, server);
                mail.status = OutgoingMail.SENT;
                mail.sentAt = now;
                mail.attempts++;
                sent++;
            } catch (Exception e) {
                failed(mail, e, now);
            }
        }
        return sent;
    }

    private void failed(OutgoingMail mail, Exception e, Instant now) {
        mail.attempts++;
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        mail.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (mail.attempts >= config.relayMaxAttempts()) {
            mail.status = OutgoingMail.FAILED;
            LOG.errorf("outgoing mail %s of ticket %s failed for good: %s", mail.id, mail.ticketId, mail.lastError);
        } else {
            mail.nextAttemptAt = now.plus(config.relayBackoff().multipliedBy(1L << Math.min(mail.attempts - 1, 16)));
            LOG.warnf("outgoing mail %s not sent yet (attempt %d): %s", mail.id, mail.attempts, mail.lastError);
        }
    }
}
