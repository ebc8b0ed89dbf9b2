package dev.opsdesk.qa.autoqa;

import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.domain.autoqa.AutoQa;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds conversations for the rule tests, against the shipped tenant templates. */
final class Conversations {

    static final QaProfile ZALORA = ShippedTemplates.load("zalora").profile();
    static final QaProfile CRAZYSALES = ShippedTemplates.load("crazysales").profile();
    static final QaProfile OZON = ShippedTemplates.load("ozon").profile();

    private Conversations() {
    }

    static Builder on(QaProfile profile, String channel) {
        return new Builder(profile, channel);
    }

    static List<Finding> run(Conversation conversation, QaProfile profile, String... rules) {
        return AutoQa.run(conversation, profile, Set.of(rules));
    }

    static List<Finding> of(List<Finding> findings, String rule, Outcome outcome) {
        return findings.stream().filter(f -> f.rule().equals(rule) && f.outcome() == outcome).toList();
    }

    static final class Builder {
        private final QaProfile profile;
        private final String channel;
        private final UUID ticketId = UUID.randomUUID();
        private String name;
        private String email = "customer@example.com";
        private String store;
        private String subject = "Question";
        private String agent;
        private final List<Conversation.Message> messages = new ArrayList<>();
        private final List<Conversation.Note> notes = new ArrayList<>();
        private final List<Conversation.StatusChange> statuses = new ArrayList<>();
        private final List<Conversation.Merge> merges = new ArrayList<>();
        private final Map<UUID, Conversation.RelatedTicket> related = new LinkedHashMap<>();
        private Conversation.Classification classification;
        private Conversation.Resolution resolution;
        private long position;
        private Instant clock = Instant.parse("2026-11-24T09:00:00Z");

        private Builder(QaProfile profile, String channel) {
            this.profile = profile;
            this.channel = channel;
        }

        Builder customerName(String value) {
            name = value;
            return this;
        }

        Builder email(String value) {
            email = value;
            return this;
        }

        Builder store(String value) {
            store = value;
            return this;
        }

        Builder subject(String value) {
            subject = value;
            return this;
        }

        Builder agent(String value) {
            agent = value;
            return this;
        }

        Builder customer(String body) {
            return message("CUSTOMER", null, body);
        }

        Builder staff(String body) {
            return message("STAFF", "agent-1", body);
        }

        Builder staffAs(String author, String body) {
            return message("STAFF", author, body);
        }

        Builder bot(String body) {
            return message("BOT", null, body);
        }

        Builder note(String templateId, Map<String, String> fields) {
            notes.add(new Conversation.Note(UUID.randomUUID(), templateId, new LinkedHashMap<>(fields), List.of(),
                    "agent-1", tick(), ++position));
            return this;
        }

        Builder noteWithWarning(String templateId, Map<String, String> fields, String warning) {
            notes.add(new Conversation.Note(UUID.randomUUID(), templateId, new LinkedHashMap<>(fields), List.of(warning),
                    "agent-1", tick(), ++position));
            return this;
        }

        Builder status(String code, String category) {
            statuses.add(new Conversation.StatusChange(code, category, tick(), ++position));
            return this;
        }

        Builder classified(String type, String orderId) {
            classification = new Conversation.Classification(type, orderId, null, orderId == null, List.of());
            return this;
        }

        Builder resolved(String code, String category, boolean replied) {
            return resolvedAsDuplicateOf(code, category, replied, null);
        }

        Builder resolvedAsDuplicateOf(String code, String category, boolean replied, UUID original) {
            statuses.add(new Conversation.StatusChange(code, category, tick(), ++position));
            resolution = new Conversation.Resolution(code, category, replied, original, "agent-1", tick(), ++position);
            return this;
        }

        Builder related(Conversation.RelatedTicket ticket) {
            related.put(ticket.ticketId(), ticket);
            return this;
        }

        Builder merged(Conversation.RelatedTicket... sources) {
            for (Conversation.RelatedTicket source : sources) {
                related.put(source.ticketId(), source);
            }
            merges.add(new Conversation.Merge(List.of(sources).stream().map(Conversation.RelatedTicket::ticketId).toList(),
                    tick(), ++position));
            return this;
        }

        Conversation build() {
            QaProfile.ChannelMapping mapping = profile.channel(channel).orElseThrow();
            ChannelKind kind = mapping.kind();
            return new Conversation(ticketId, "tenant-test", channel, kind, mapping.language(),
                    new Conversation.Requester(name, email, null, null), subject, store,
                    agent != null ? agent : "agent-1", messages, notes, statuses, classification, resolution, merges,
                    related);
        }

        private Builder message(String author, String authorId, String body) {
            messages.add(new Conversation.Message(UUID.randomUUID(), ticketId, author, authorId,
                    "PUBLIC", body, tick(), ++position));
            return this;
        }

        private Instant tick() {
            clock = clock.plusSeconds(60);
            return clock;
        }
    }

    static Conversation.RelatedTicket ticket(String channel, String subject, String email, String... customerMessages) {
        UUID id = UUID.randomUUID();
        List<Conversation.Message> messages = new ArrayList<>();
        for (String body : customerMessages) {
            messages.add(new Conversation.Message(UUID.randomUUID(), id, "CUSTOMER", null, "PUBLIC", body,
                    Instant.parse("2026-11-23T09:00:00Z"), 0));
        }
        return new Conversation.RelatedTicket(id, channel, subject, new Conversation.Requester(null, email, null, null),
                messages);
    }
}
