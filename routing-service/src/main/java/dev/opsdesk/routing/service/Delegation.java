package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.Conflict;
import dev.opsdesk.routing.domain.Decision;
import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.InvalidDefinition;
import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.Outcome;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.RoutingEngine;
import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.RuleTarget;
import dev.opsdesk.routing.domain.RuleViolation;
import dev.opsdesk.routing.domain.SkipReason;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.alert.AlertAcknowledgement;
import dev.opsdesk.routing.domain.alert.QueueAlert;
import dev.opsdesk.routing.domain.alert.SpikeKind;
import dev.opsdesk.routing.domain.event.AssignmentDecided;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Agents working the support queue (S004 §7.1, §7.2): delegating a case from the queue, and
 * accepting the remaining cases into their personal queue.
 */
@ApplicationScoped
public class Delegation {

    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Router router;
    private final OutboxWriter outbox;
    private final Clock clock;

    Delegation(TenantLock lock, TenantSetup tenants, Router router, OutboxWriter outbox, Clock clock) {
        this.lock = lock;
        this.tenants = tenants;
        this.router = router;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Who acts: the token's subject, and whether they act as an agent (R114 binds agents). */
    public record Caller(String userId, boolean agent) {
    }

    /** A warn-level rule (G4) the caller overrides, with the reason. */
    public record Override(List<String> rules, String reason) {

        boolean covers(String rule) {
            return rules != null && rules.contains(rule) && reason != null && !reason.isBlank();
        }
    }

    /**
     * Delegates a case from the support queue: to the named agent, or to whoever the tenant's rules
     * choose. R114: never from a personal queue; R117: only with case type and case reason; R116:
     * after acknowledging a volume alert on the queue.
     */
    @Transactional
    public AssignmentDecided delegate(String tenantId, Caller caller, UUID ticketId, String agentId, Override override) {
        lock.lock(tenantId);
        TenantSettings settings = tenants.settings(tenantId);
        RoutedTicket ticket = ticket(tenantId, ticketId);
        if (caller.agent() && ticket.state == TicketState.ASSIGNED) {
            // R114: cases are delegated from the support queue, not accepted first and reassigned
            throw new RuleViolation("R114", "ticketId", "Case " + ticketId + " is in " + ticket.ownerId
                    + "'s personal queue; cases are delegated directly from the support queue", false);
        }
        if (settings.awaitClassification() && !RoutingEngine.classified(ticket, settings)) {
            // R117: a delegated case has its case type and case reason set
            String field = ticket.caseType(settings.caseTypes()) == null ? "caseType" : "caseReason";
            throw new RuleViolation("R117", field, "Set the case type (" + settings.caseTypes()
                    + ") and the case reason before delegating case " + ticketId, false);
        }
        requireAcknowledged(tenantId, ticket.groupId, caller, settings, override);
        Router.Context ctx = router.context(tenantId, settings, clock.instant());
        Decision decision;
        if (agentId != null) {
            Agent target = ctx.directory().agent(agentId)
                    .orElseThrow(() -> new NotFound("No agent " + agentId + " in this tenant"));
            Optional<SkipReason> why = ctx.directory().ineligibility(target, ticket.channel, List.of());
            if (why.isPresent()) {
                throw new RuleViolation(null, "agentId", agentId + " cannot take the case now (" + why.get()
                        + "); cases never go to an offline or out-of-office agent or beyond capacity", false);
            }
            decision = new Decision(Outcome.ASSIGNED, agentId, ticket.groupId, null, null, null, Strategy.DIRECT,
                    List.of(), "Delegated by " + caller.userId() + " to " + agentId + " from " + ticket.groupId + ".");
        } else {
            decision = RoutingEngine.decide(ticket, settings, ctx.rules(), ctx.directory(), Set.of());
        }
        AssignmentDecided event = router.record(ctx, ticket, decision, Trigger.MANUAL_REROUTE, caller.userId());
        outbox.append(List.of(event));
        return event;
    }

    /**
     * Accepts support-queue cases into the caller's personal queue. R114: not the cases the tenant's
     * rules delegate to someone else (accepting them in order to reassign is blocked); R123: the
     * remaining ones may be accepted.
     */
    @Transactional
    public List<AssignmentDecided> accept(String tenantId, Caller caller, String groupId, List<UUID> ticketIds,
                                          Override override) {
        lock.lock(tenantId);
        TenantSettings settings = tenants.settings(tenantId);
        if (ticketIds == null || ticketIds.isEmpty()) {
            throw new InvalidDefinition(List.of(new FieldProblem("ticketIds", "name at least one case")));
        }
        Router.Context ctx = router.context(tenantId, settings, clock.instant());
        if (ctx.directory().agent(caller.userId()).isEmpty()) {
            throw new RuleViolation(null, "caller", caller.userId() + " is not an agent of this tenant", false);
        }
        List<RoutedTicket> tickets = new ArrayList<>();
        List<UUID> delegable = new ArrayList<>();
        for (UUID id : ticketIds.stream().distinct().toList()) {
            RoutedTicket ticket = ticket(tenantId, id);
            if (ticket.state != TicketState.QUEUED || !groupId.equals(ticket.groupId)) {
                throw new Conflict("Case " + id + " is not waiting in " + groupId);
            }
            Optional<RoutingRule> rule = RoutingEngine.matchingRule(ticket, settings, ctx.rules(), ctx.now());
            if (rule.isPresent() && !targets(rule.get(), caller.userId(), ctx)) {
                delegable.add(id);
            }
            tickets.add(ticket);
        }
        if (!delegable.isEmpty()) {
            throw new RuleViolation("R114", "ticketIds", "Delegate these cases directly from the support queue"
                    + " instead of accepting them to reassign: " + delegable, false);
        }
        requireAcknowledged(tenantId, groupId, caller, settings, override);
        List<AssignmentDecided> events = new ArrayList<>();
        for (RoutedTicket ticket : tickets) {
            Decision decision = new Decision(Outcome.ASSIGNED, caller.userId(), groupId, null, null, null,
                    Strategy.DIRECT, List.of(), "Accepted by " + caller.userId() + " into their personal queue from "
                    + groupId + "; no delegation rule takes this case (R123).");
            events.add(router.record(ctx, ticket, decision, Trigger.MANUAL_REROUTE, caller.userId()));
        }
        outbox.append(events);
        return events;
    }

    /** R116 (warn): an unusually large queue's alert is acknowledged before assigning from it. */
    private static void requireAcknowledged(String tenantId, String groupId, Caller caller, TenantSettings settings,
                                            Override override) {
        if (!settings.acknowledgeAlertsBeforeAssigning() || groupId == null) {
            return;
        }
        Optional<QueueAlert> alert = QueueAlert.live(tenantId, groupId, SpikeKind.VOLUME, null);
        if (alert.isPresent() && !AlertAcknowledgement.exists(alert.get().alertId, caller.userId())
                && (override == null || !override.covers("R116"))) {
            throw new RuleViolation("R116", "override", groupId + " is unusually large (alert " + alert.get().alertId
                    + "): acknowledge the alert before assigning, or override R116 with a reason", true);
        }
    }

    /** Whether the rule's chain leads to the caller (then accepting the case is delegating it to oneself). */
    private static boolean targets(RoutingRule rule, String userId, Router.Context ctx) {
        for (RuleTarget target : rule.targets) {
            if (userId.equals(target.agent())
                    || target.role() != null && ctx.directory().holdersOf(target.role()).stream()
                    .anyMatch(h -> h.agentId.equals(userId))
                    || target.group() != null && ctx.directory().agent(userId).map(a -> a.memberOf(target.group()))
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static RoutedTicket ticket(String tenantId, UUID ticketId) {
        RoutedTicket ticket = RoutedTicket.findInTenant(tenantId, ticketId)
                .orElseThrow(() -> new NotFound("Routing knows no case " + ticketId + " in this tenant"));
        if (!ticket.open()) {
            throw new Conflict("Case " + ticketId + " is closed");
        }
        return ticket;
    }
}
