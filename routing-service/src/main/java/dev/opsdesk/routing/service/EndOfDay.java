package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.TicketRequeued;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentShift;
import dev.opsdesk.routing.domain.people.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * S004 §7.6 E1, R133, A32: at each agent's shift end (+ the tenant's grace), the tickets in their
 * personal queue without a response since they got them go back to the group queue, as events.
 * Merged tickets stay with the owner the merge rules chose (R37, R39, R45).
 */
@ApplicationScoped
public class EndOfDay {

    /** The requeue events, and the tickets requeued (a drain may give them to someone on shift). */
    public record Result(List<RoutingEvent> events, Set<UUID> requeued) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result tick(Router.Context ctx) {
        TenantSettings settings = ctx.settings();
        if (settings.endOfDay() == null || !settings.endOfDay().enabled()) {
            return new Result(List.of(), Set.of());
        }
        Instant cutoff = ctx.now().minus(Duration.ofMinutes(settings.endOfDay().graceMinutes()));
        Map<String, List<Shift>> shifts = AgentShift.ofTenant(ctx.tenantId()).stream().collect(Collectors.groupingBy(
                s -> s.agentId, Collectors.mapping(AgentShift::toShift, Collectors.toList())));
        List<RoutingEvent> events = new ArrayList<>();
        Set<UUID> requeued = new java.util.HashSet<>();
        for (Map.Entry<String, List<Shift>> entry : shifts.entrySet()) {
            Optional<Agent> agent = ctx.directory().agent(entry.getKey());
            if (agent.isEmpty()) {
                continue;
            }
            Optional<Instant> shiftEnd = Shift.latestEndAtOrBefore(entry.getValue(), ZoneId.of(agent.get().timeZone),
                    cutoff);
            Instant done = agent.get().lastEndOfDayAt;
            if (shiftEnd.isEmpty() || done != null && !shiftEnd.get().isAfter(done)) {
                continue;
            }
            requeueUnresponded(ctx, agent.get(), shiftEnd.get(), events, requeued);
            agent.get().lastEndOfDayAt = shiftEnd.get();
        }
        return new Result(events, requeued);
    }

    /** A32: an agent who logs off (goes OFFLINE) ends their day; tenants opt in with {@code onLogOff}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result loggedOff(Router.Context ctx, Agent agent) {
        if (ctx.settings().endOfDay() == null || !ctx.settings().endOfDay().requeuesOnLogOff()) {
            return new Result(List.of(), Set.of());
        }
        List<RoutingEvent> events = new ArrayList<>();
        Set<UUID> requeued = new java.util.HashSet<>();
        requeueUnresponded(ctx, agent, null, events, requeued);
        agent.lastEndOfDayAt = ctx.now();
        return new Result(events, requeued);
    }

    private static void requeueUnresponded(Router.Context ctx, Agent agent, Instant shiftEnd, List<RoutingEvent> events,
                                           Set<UUID> requeued) {
        for (RoutedTicket ticket : RoutedTicket.ownedBy(ctx.tenantId(), agent.agentId)) {
            if (!ticket.responded && !ticket.mergeOwned && ticket.open()) {
                String from = ticket.ownerId;
                String group = ticket.groupId != null ? ticket.groupId : ctx.settings().defaultGroup();
                ticket.queueIn(group, null);
                ctx.directory().released(from, ticket.channel);
                requeued.add(ticket.ticketId);
                events.add(new TicketRequeued(UUID.randomUUID(), ticket.ticketId, ticket.tenantId, from, group,
                        TicketRequeued.Reason.END_OF_DAY, shiftEnd, ctx.now()));
            }
        }
    }
}
