package dev.opsdesk.ticket.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketEvent;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.merge.MergeOutcome;
import dev.opsdesk.ticket.domain.merge.MergeRequest;
import dev.opsdesk.ticket.domain.merge.MergeRules;
import dev.opsdesk.ticket.domain.merge.MergeSnapshot;
import dev.opsdesk.ticket.domain.merge.Merger;
import dev.opsdesk.ticket.domain.merge.TicketMerge;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** §4.5: merging New tickets into another one, and undoing it exactly. */
@ApplicationScoped
public class MergeService {

    private final TicketService tickets;
    private final TenantService tenants;
    private final OutboxWriter outbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;

    MergeService(TicketService tickets, TenantService tenants, OutboxWriter outbox, EntityManager em, ObjectMapper json,
                 Clock clock, AuditLog audit) {
        this.audit = audit;
        this.tickets = tickets;
        this.tenants = tenants;
        this.outbox = outbox;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public TicketMerge merge(String tenantId, UUID targetId, Long ifMatch, Actor actor, List<UUID> sourceIds,
                             MergeRequest request) {
        Ticket target = tickets.get(tenantId, targetId);
        target.requireVersion(ifMatch);
        List<Ticket> sources = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(sourceIds)) {
            sources.add(tickets.get(tenantId, id));
        }
        TenantTemplate rules = tenants.rules(tenantId);
        MergeRules.checkPreconditions(rules, target, sources, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        List<MergeSnapshot.TicketState> before = new ArrayList<>();
        before.add(state(target));
        sources.forEach(s -> before.add(state(s)));
        List<UUID> moved = new ArrayList<>();
        for (Ticket source : sources) {
            for (TicketMessage message : TicketMessage.of(source.id)) {
                message.ticketId = target.id; // the message keeps its originTicketId
                moved.add(message.id);
            }
        }
        em.flush();
        Merger.LatestMessage latest = latest(target.id);
        MergeOutcome outcome = MergeRules.outcome(rules, target, sources, actor,
                latest == null ? null : latest.author(), request);

        TicketMerge merge = new TicketMerge();
        merge.id = UUID.randomUUID();
        merge.tenantId = tenantId;
        merge.targetId = target.id;
        merge.sourceIds = sources.stream().map(t -> t.id).toArray(UUID[]::new);
        merge.snapshot = toJson(new MergeSnapshot(before, moved));
        merge.mergedBy = actor.id();
        merge.mergedAt = now;
        merge.persist();

        List<TicketEvent> events = Merger.merge(rules, merge.id, target, sources,
                latest == null ? new Merger.LatestMessage(null, null) : latest, outcome, actor, now);
        AuditEntry.of(target, actor, "merge", before.get(0).status(), target.status,
                "merged " + List.of(merge.sourceIds), now).persist();
        for (int i = 0; i < sources.size(); i++) {
            Ticket source = sources.get(i);
            AuditEntry.of(source, actor, "merged-into", before.get(i + 1).status(), source.status, target.id.toString(),
                    now).persist();
        }
        auditMerge(tenantId, "ticket.merged", merge, before, target, sources);
        outbox.append(events);
        return merge;
    }

    @Transactional
    public TicketMerge unmerge(String tenantId, UUID targetId, Actor actor) {
        Ticket target = tickets.get(tenantId, targetId);
        TicketMerge merge = TicketMerge.latestActive(tenantId, target.id).orElseThrow(() -> new NotFound(
                "Ticket " + targetId + " has no merge to undo"));
        MergeSnapshot snapshot = fromJson(merge.snapshot);
        List<Ticket> sources = new ArrayList<>();
        for (UUID id : merge.sourceIds) {
            sources.add(tickets.get(tenantId, id));
        }
        List<MergeSnapshot.TicketState> before = new ArrayList<>();
        before.add(state(target));
        sources.forEach(s -> before.add(state(s)));
        for (UUID messageId : snapshot.movedMessageIds()) {
            TicketMessage message = TicketMessage.findById(messageId);
            message.ticketId = message.originTicketId;
        }
        em.flush();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Merger.LatestMessage> latest = new ArrayList<>();
        latest.add(latest(target.id));
        sources.forEach(s -> latest.add(latest(s.id)));
        List<TicketEvent> events = Merger.unmerge(tenants.rules(tenantId), merge.id, snapshot, target, sources, latest,
                actor, now);
        merge.unmergedBy = actor.id();
        merge.unmergedAt = now;
        AuditEntry.of(target, actor, "unmerge", null, target.status, "undid merge " + merge.id, now).persist();
        for (Ticket source : sources) {
            AuditEntry.of(source, actor, "unmerged", null, source.status, "undid merge " + merge.id, now).persist();
        }
        auditMerge(tenantId, "ticket.unmerged", merge, before, target, sources);
        outbox.append(events);
        return merge;
    }

    /** R46: among a ticket's related unmerged tickets, the owner of the one with the latest message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ticket> related(String tenantId, UUID id) {
        Ticket ticket = tickets.get(tenantId, id);
        if (ticket.customerId == null) {
            return List.of(ticket);
        }
        return Ticket.list("tenantId = ?1 and customerId = ?2 and mergedInto is null and closedAt is null "
                + "order by lastMessageAt desc nulls last, createdAt desc", tenantId, ticket.customerId);
    }

    private Merger.LatestMessage latest(UUID ticketId) {
        return TicketMessage.<TicketMessage>find("ticketId = ?1 and visibility = ?2 order by createdAt desc, id desc",
                        ticketId, Visibility.PUBLIC)
                .firstResultOptional()
                .map(m -> new Merger.LatestMessage(m.createdAt, m.authorType))
                .orElse(null);
    }

    /** The audit log's entry of a merge or unmerge; each ticket's own trail stays at GET /tickets/{id}/audit. */
    private void auditMerge(String tenantId, String action, TicketMerge merge, List<MergeSnapshot.TicketState> before,
                            Ticket target, List<Ticket> sources) {
        List<MergeSnapshot.TicketState> after = new ArrayList<>();
        after.add(state(target));
        sources.forEach(s -> after.add(state(s)));
        audit.record(tenantId, action, "ticket", target.id.toString(),
                audit.snapshot(Map.of("mergeId", merge.id, "tickets", before)),
                audit.snapshot(Map.of("mergeId", merge.id, "tickets", after,
                        "ticketAudit", "/api/v1/tickets/" + target.id + "/audit")));
    }

    private static MergeSnapshot.TicketState state(Ticket t) {
        return MergeSnapshot.TicketState.of(t);
    }

    private String toJson(MergeSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MergeSnapshot fromJson(String snapshot) {
        try {
            return json.readValue(snapshot, MergeSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("merge snapshot unreadable", e);
        }
    }
}
