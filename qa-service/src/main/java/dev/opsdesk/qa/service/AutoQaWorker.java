package dev.opsdesk.qa.service;

import dev.opsdesk.qa.config.QaConfig;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Picks the interactions AutoQA is due on and runs it on each in its own transaction. A row lock
 * taken with SKIP LOCKED keeps two replicas off the same interaction; a failed run is retried later
 * with a growing delay, at most {@code opsdesk.qa.autoqa.max-attempts} times.
 */
@ApplicationScoped
public class AutoQaWorker {

    private static final Logger LOG = Logger.getLogger(AutoQaWorker.class);
    private static final int BATCH = 50;

    private final EntityManager em;
    private final AutoQaService autoQa;
    private final Clock clock;
    private final QaConfig config;

    AutoQaWorker(EntityManager em, AutoQaService autoQa, Clock clock, QaConfig config) {
        this.em = em;
        this.autoQa = autoQa;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> due() {
        return em.createNativeQuery("""
                        select ticket_id from qa_interaction where autoqa_due_at <= ?1
                        order by autoqa_due_at limit ?2""", UUID.class)
                .setParameter(1, clock.instant())
                .setParameter(2, BATCH)
                .getResultList();
    }

    /** Runs AutoQA on one due interaction; false when another replica has it or it is no longer due. */
    @Transactional
    public boolean run(UUID ticketId) {
        List<?> locked = em.createNativeQuery("""
                        select ticket_id from qa_interaction where ticket_id = ?1 and autoqa_due_at <= ?2
                        for update skip locked""")
                .setParameter(1, ticketId)
                .setParameter(2, clock.instant())
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        ReviewableInteraction interaction = em.find(ReviewableInteraction.class, ticketId);
        interaction.autoqaDueAt = null;
        autoQa.run(interaction);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID ticketId, RuntimeException error) {
        ReviewableInteraction interaction = em.find(ReviewableInteraction.class, ticketId);
        if (interaction == null) {
            return;
        }
        interaction.autoqaAttempts++;
        if (interaction.autoqaAttempts >= config.autoqa().maxAttempts()) {
            LOG.errorf(error, "AutoQA gave up on ticket %s after %d attempts", ticketId, interaction.autoqaAttempts);
            interaction.autoqaDueAt = null;
            return;
        }
        LOG.warnf("AutoQA on ticket %s failed (attempt %d), retrying: %s", ticketId, interaction.autoqaAttempts,
                error.toString());
        Instant retry = clock.instant().plus(config.autoqa().settle().multipliedBy(1L << interaction.autoqaAttempts));
        interaction.autoqaDueAt = retry;
    }
}
