package dev.opsdesk.ticket.domain.merge;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.OwnerNotified;
import dev.opsdesk.ticket.domain.StatusChanged;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketEvent;
import dev.opsdesk.ticket.domain.TicketMerged;
import dev.opsdesk.ticket.domain.TicketUnmerged;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Applies a merge or its undo to loaded tickets and returns the events; storage is the caller's. */
public final class Merger {

    private Merger() {
    }

    /** The latest public message after a merge decides the target's status (R40, R41). */
    public record LatestMessage(Instant at, AuthorType author) {
    }

    public static List<TicketEvent> merge(TenantTemplate rules, UUID mergeId, Ticket target, List<Ticket> sources,
                                          LatestMessage latest, MergeOutcome outcome, Actor actor, Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        String statusBefore = target.status;
        String ownerBefore = target.ownerId;
        target.lastMessageAt = latest.at();
        target.lastMessageAuthor = latest.author();
        target.ownerId = outcome.targetOwner();
        if (!outcome.targetStatus().equals(target.status)) {
            events.add(statusChange(rules, target, outcome.targetStatus(), actor, "merge", now));
        }
        String merged = MergeRules.mergedStatus(rules);
        for (Ticket source : sources) {
            events.add(statusChange(rules, source, merged, actor, "merged into " + target.id, now));
            source.mergedInto = target.id;
            source.closedAt = now;
        }
        List<UUID> sourceIds = sources.stream().map(t -> t.id).toList();
        events.add(new TicketMerged(UUID.randomUUID(), target.id, target.tenantId, mergeId, sourceIds, statusBefore,
                target.status, ownerBefore, target.ownerId, outcome.rule(), actor.id(), now));
        for (MergeOutcome.Notification n : outcome.notifications()) {
            events.add(new OwnerNotified(UUID.randomUUID(), target.id, target.tenantId, n.recipient(), n.reason(),
                    sourceIds, now));
        }
        return events;
    }

    /** Puts every ticket back as the snapshot recorded it; the last message is read again from the messages. */
    public static List<TicketEvent> unmerge(TenantTemplate rules, UUID mergeId, MergeSnapshot snapshot, Ticket target,
                                            List<Ticket> sources, List<LatestMessage> latestAfterUndo, Actor actor,
                                            Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        List<Ticket> all = new ArrayList<>(sources);
        all.add(0, target);
        for (int i = 0; i < all.size(); i++) {
            Ticket ticket = all.get(i);
            MergeSnapshot.TicketState before = snapshot.of(ticket.id);
            StatusChanged.Status from = new StatusChanged.Status(ticket.status, ticket.statusCategory);
            before.restoreInto(ticket);
            LatestMessage latest = latestAfterUndo.get(i);
            ticket.lastMessageAt = latest == null ? null : latest.at();
            ticket.lastMessageAuthor = latest == null ? null : latest.author();
            if (!from.code().equals(ticket.status)) {
                events.add(new StatusChanged(UUID.randomUUID(), ticket.id, ticket.tenantId, from,
                        new StatusChanged.Status(ticket.status, ticket.statusCategory), actor.id(), "unmerge", null, now));
            }
        }
        events.add(new TicketUnmerged(UUID.randomUUID(), target.id, target.tenantId, mergeId,
                sources.stream().map(t -> t.id).toList(), actor.id(), now));
        return events;
    }

    private static StatusChanged statusChange(TenantTemplate rules, Ticket ticket, String code, Actor actor,
                                              String reason, Instant now) {
        StatusChanged.Status from = new StatusChanged.Status(ticket.status, ticket.statusCategory);
        StatusCategory category = rules.status(code).orElseThrow().category();
        ticket.status = code;
        ticket.statusCategory = category;
        ticket.statusEnteredAt = now;
        return new StatusChanged(UUID.randomUUID(), ticket.id, ticket.tenantId, from,
                new StatusChanged.Status(code, category), actor.id(), reason, null, now);
    }
}
