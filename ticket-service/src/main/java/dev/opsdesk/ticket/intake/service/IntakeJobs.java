package dev.opsdesk.ticket.intake.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * The intake's clockwork: IMAP polling, the outgoing-mail relay and the chat silence watch. Each
 * can be switched off ({@code off}); tests drive the services directly with their own clock.
 */
@ApplicationScoped
public class IntakeJobs {

    private static final Logger LOG = Logger.getLogger(IntakeJobs.class);

    private final ImapPoller poller;
    private final OutgoingMailRelay relay;
    private final CustomerSilenceWatch silence;
    private final Clock clock;

    IntakeJobs(ImapPoller poller, OutgoingMailRelay relay, CustomerSilenceWatch silence, Clock clock) {
        this.poller = poller;
        this.relay = relay;
        this.silence = silence;
        this.clock = clock;
    }

    @Scheduled(identity = "imap-poll", every = "${opsdesk.intake.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            poller.pollAll();
        } catch (RuntimeException e) { // the database is down: the cursors are safe, the next round reads on
            LOG.warnf("IMAP poll round failed: %s", e.toString());
        }
    }

    @Scheduled(identity = "mail-relay-and-silence", every = "${opsdesk.intake.relay-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayAndWatch() {
        try {
            relay.sendDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("mail relay round failed: %s", e.toString());
        }
        try {
            silence.emitDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("silence watch round failed: %s", e.toString());
        }
    }
}
