package dev.opsdesk.routing.service;

import dev.opsdesk.routing.config.RoutingConfig;
import dev.opsdesk.routing.domain.AssignmentDecision;
import dev.opsdesk.routing.domain.Assignments;
import dev.opsdesk.routing.domain.BacklogDrain;
import dev.opsdesk.routing.domain.Decision;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.RoutingDirectory;
import dev.opsdesk.routing.domain.RoutingEngine;
import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.event.AssignmentDecided;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.people.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Runs the engine for tickets and stores what it decided: the ticket's owner or queue, the decision, the event. */
@ApplicationScoped
public class Router {

    private static final int PAGE = 50;

    private final DirectoryLoader loader;
    private final RoutingConfig config;

    Router(DirectoryLoader loader, RoutingConfig config) {
        this.loader = loader;
        this.config = config;
    }

    /**
     * One tenant's rules and people for the decisions of one transaction. They are read on first
     * use: most ticket events (routing's own assignments coming back, messages, statuses) decide
     * nothing, and reading every agent, absence, shift and load for them was most of routing's
     * work per event (issue 9).
     */
    public static final class Context {
        private final String tenantId;
        private final TenantSettings settings;
        private final Instant now;
        private final DirectoryLoader loader;
        private List<RoutingRule> rules;
        private RoutingDirectory directory;

        private Context(String tenantId, TenantSettings settings, Instant now, DirectoryLoader loader) {
            this.tenantId = tenantId;
            this.settings = settings;
            this.now = now;
            this.loader = loader;
        }

        public String tenantId() {
            return tenantId;
        }

        public TenantSettings settings() {
            return settings;
        }

        public Instant now() {
            return now;
        }

        public List<RoutingRule> rules() {
            if (rules == null) {
                rules = RoutingRule.ofTenant(tenantId);
            }
            return rules;
        }

        public RoutingDirectory directory() {
            if (directory == null) {
                directory = loader.load(tenantId, settings, now);
            }
            return directory;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Context context(String tenantId, TenantSettings settings, Instant now) {
        return new Context(tenantId, settings, now, loader);
    }

    /**
     * Decides for one ticket and stores the decision. A QUEUED outcome is stored and published only
     * when {@code publishQueued} (a drain that finds nobody changes nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AssignmentDecided> route(Context ctx, RoutedTicket ticket, Trigger trigger, Set<String> excluded,
                                             String decidedBy, boolean publishQueued) {
        Decision decision = RoutingEngine.decide(ticket, ctx.settings(), ctx.rules(), ctx.directory(), excluded);
        if (!decision.assigned() && !publishQueued) {
            return Optional.empty();
        }
        return Optional.of(record(ctx, ticket, decision, trigger, decidedBy));
    }

    /** Stores a decision (the engine's, a delegation, an acceptance) and moves the ticket accordingly. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssignmentDecided record(Context ctx, RoutedTicket ticket, Decision decision, Trigger trigger,
                                    String decidedBy) {
        AssignmentDecision row = AssignmentDecision.of(ticket, decision, trigger, decidedBy, ctx.now());
        row.persist();
        Assignments.apply(ticket, decision, row.decisionId, ctx.settings(), ctx.directory(), ctx.now());
        return AssignmentDecided.of(row);
    }

    /**
     * Backlog drain: waiting tickets, highest priority first, then oldest, go to whoever has become
     * available, until nobody can take more or the drain limit is reached. Only assignments are published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> drain(Context ctx, Set<UUID> requeued) {
        List<RoutingEvent> events = new ArrayList<>();
        List<String> channels = RoutedTicket.queuedChannels(ctx.tenantId());
        if (channels.isEmpty()) {
            return events; // nothing waits: the people need not be read
        }
        int looked = 0;
        while (looked < config.drainLimit()) {
            if (!ctx.directory().anyoneCanTake(channels)) {
                break;
            }
            List<RoutedTicket> page = RoutedTicket.backlogPage(ctx.tenantId(), looked, PAGE);
            if (page.isEmpty()) {
                break;
            }
            int assigned = BacklogDrain.page(page, ctx.settings(), ctx.rules(), ctx.directory(), (ticket, decision) ->
                    events.add(record(ctx, ticket, decision, requeued.contains(ticket.ticketId) ? Trigger.REQUEUE
                            : Trigger.BACKLOG_DRAIN, null)));
            // assigned tickets leave the backlog, so the next page starts that much earlier
            looked += page.size() - assigned;
            if (page.size() < PAGE) {
                break;
            }
        }
        return events;
    }

    /** R112: the agent's current ticket closed, so a pending break or activity change applies now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPendingPresence(Context ctx, String agentId) {
        ctx.directory().agent(agentId).ifPresent((Agent a) -> a.applyPendingPresence(ctx.now()));
    }
}
