package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.TimelineEntry;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.messaging.in.MessageAddedData;
import dev.opsdesk.qa.messaging.in.NoteAddedData;
import dev.opsdesk.qa.messaging.in.StatusChangedData;
import dev.opsdesk.qa.messaging.in.TicketClassifiedData;
import dev.opsdesk.qa.messaging.in.TicketMergedData;
import dev.opsdesk.qa.messaging.in.TicketResolvedData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the {@link Conversation} AutoQA reads from an interaction's stored timeline. */
@ApplicationScoped
public class ConversationAssembler {

    public Conversation assemble(ReviewableInteraction interaction, QaProfile profile) {
        Timeline own = Timeline.of(TimelineEntry.ofTickets(interaction.tenantId, List.of(interaction.ticketId)));
        Set<UUID> relatedIds = new LinkedHashSet<>();
        own.merges.forEach(m -> relatedIds.addAll(m.sourceTicketIds()));
        if (own.resolution != null && own.resolution.duplicateOf() != null) {
            relatedIds.add(own.resolution.duplicateOf());
        }
        Map<UUID, Conversation.RelatedTicket> related = new LinkedHashMap<>();
        List<Conversation.Message> messages = new ArrayList<>(own.messages);
        if (!relatedIds.isEmpty()) {
            Map<UUID, Timeline> others = Timeline.byTicket(TimelineEntry.ofTickets(interaction.tenantId, relatedIds));
            for (UUID id : relatedIds) {
                ReviewableInteraction other = ReviewableInteraction.inTenant(interaction.tenantId, id).orElse(null);
                Timeline timeline = others.getOrDefault(id, Timeline.of(List.of()));
                if (other != null) {
                    related.put(id, new Conversation.RelatedTicket(id, other.channel, other.subject, requester(other),
                            timeline.messages.stream().filter(Conversation.Message::fromCustomer).toList()));
                }
                boolean merged = own.merges.stream().anyMatch(m -> m.sourceTicketIds().contains(id));
                if (merged) {
                    messages.addAll(timeline.messages); // a merged ticket's messages are the target's now (§4.5)
                }
            }
        }
        Set<UUID> seen = new HashSet<>();
        messages = messages.stream().filter(m -> seen.add(m.id()))
                .sorted(Comparator.comparing(Conversation.Message::createdAt).thenComparingLong(Conversation.Message::position))
                .toList();
        QaProfile.ChannelMapping channel = profile.channel(interaction.channel).orElse(null);
        return new Conversation(interaction.ticketId, interaction.tenantId, interaction.channel,
                channel == null ? ChannelKind.ASYNC_WRITTEN : channel.kind(), channel == null ? null : channel.language(),
                requester(interaction), interaction.subject, interaction.store, agentOf(interaction, messages, own),
                messages, own.notes, own.statusChanges, own.classification, own.resolution, own.merges, related);
    }

    /** The agent an interaction is scored for: its owner, else the first staff author, else who closed it. */
    private static String agentOf(ReviewableInteraction interaction, List<Conversation.Message> messages, Timeline own) {
        if (interaction.ownerId != null) {
            return interaction.ownerId;
        }
        return messages.stream().filter(Conversation.Message::staffPublic).map(Conversation.Message::authorId)
                .filter(a -> a != null && !a.isBlank()).findFirst()
                .orElse(own.resolution == null ? null : own.resolution.actor());
    }

    private static Conversation.Requester requester(ReviewableInteraction i) {
        return new Conversation.Requester(i.requesterName, i.requesterEmail, i.requesterPhone, i.requesterSocial);
    }

    /** The events of one ticket read back into the conversation's parts. */
    private static final class Timeline {
        final List<Conversation.Message> messages = new ArrayList<>();
        final List<Conversation.Note> notes = new ArrayList<>();
        final List<Conversation.StatusChange> statusChanges = new ArrayList<>();
        final List<Conversation.Merge> merges = new ArrayList<>();
        Conversation.Classification classification;
        Conversation.Resolution resolution;

        static Map<UUID, Timeline> byTicket(List<TimelineEntry> entries) {
            Map<UUID, List<TimelineEntry>> grouped = new LinkedHashMap<>();
            entries.forEach(e -> grouped.computeIfAbsent(e.ticketId, t -> new ArrayList<>()).add(e));
            Map<UUID, Timeline> timelines = new LinkedHashMap<>();
            grouped.forEach((id, list) -> timelines.put(id, of(list)));
            return timelines;
        }

        static Timeline of(List<TimelineEntry> entries) {
            Timeline t = new Timeline();
            for (TimelineEntry e : entries) {
                switch (e.eventType) {
                    case "ticket.message-added" -> {
                        MessageAddedData m = Json.read(e.data, MessageAddedData.class);
                        t.messages.add(new Conversation.Message(m.messageId(), m.originTicketId(), m.authorType(),
                                m.authorId(), m.visibility(), m.body(), m.createdAt(), e.position));
                    }
                    case "ticket.note-added" -> {
                        NoteAddedData n = Json.read(e.data, NoteAddedData.class);
                        t.notes.add(new Conversation.Note(n.noteId(), n.templateId(), n.fields(),
                                n.warnings() == null ? List.of() : n.warnings(), n.authorId(), n.createdAt(), e.position));
                    }
                    case "ticket.status-changed" -> {
                        StatusChangedData s = Json.read(e.data, StatusChangedData.class);
                        t.statusChanges.add(new Conversation.StatusChange(s.to().code(), s.to().category(),
                                s.changedAt(), e.position));
                        if (!ReviewableInteraction.CLOSED.contains(s.to().category())) {
                            t.resolution = null; // reopened: the earlier resolution no longer describes the ticket
                        }
                    }
                    case "ticket.classified" -> {
                        TicketClassifiedData c = Json.read(e.data, TicketClassifiedData.class);
                        t.classification = new Conversation.Classification(c.type(), c.orderId(), c.sku(),
                                Boolean.TRUE.equals(c.noOrder()), c.topics() == null ? List.of() : c.topics());
                    }
                    case "ticket.resolved" -> {
                        TicketResolvedData r = Json.read(e.data, TicketResolvedData.class);
                        t.resolution = new Conversation.Resolution(r.resolution(), r.category(),
                                Boolean.TRUE.equals(r.replied()), r.duplicateOf(), r.actor(), r.resolvedAt(), e.position);
                    }
                    case "ticket.merged" -> {
                        TicketMergedData m = Json.read(e.data, TicketMergedData.class);
                        t.merges.add(new Conversation.Merge(m.sourceTicketIds(), m.mergedAt(), e.position));
                    }
                    default -> {
                        // ticket.created and ticket.assigned live on the interaction itself
                    }
                }
            }
            return t;
        }
    }
}
