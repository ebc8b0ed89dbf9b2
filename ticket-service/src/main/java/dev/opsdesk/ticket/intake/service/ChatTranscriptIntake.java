package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.intake.domain.MatchReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A web-chat provider's transcript (whole or in pieces): the conversation's lines become messages
 * on its open ticket on the tenant's live-chat channel; a line id already taken is skipped.
 */
@ApplicationScoped
public class ChatTranscriptIntake {

    static final String PROVIDER = "webchat";

    private final ChatConversations conversations;
    private final IntakeSettingsService settings;
    private final Clock clock;

    ChatTranscriptIntake(ChatConversations conversations, IntakeSettingsService settings, Clock clock) {
        this.conversations = conversations;
        this.settings = settings;
        this.clock = clock;
    }

    /** One line of the chat: its provider id, who wrote it (CUSTOMER, STAFF or BOT), the agent, the text. */
    public record Line(String id, AuthorType author, String agentId, String text) {
    }

    public record Transcript(String conversationId, Requester customer, List<Line> lines) {
    }

    public record Outcome(UUID ticketId, String matchReason, int added, int duplicates) {
    }

    @Transactional
    public Outcome receive(String tenantId, Transcript transcript) {
        String channel = settings.requireChannel(tenantId, settings.of(tenantId), IntakeSettingsService.Path.CHAT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Requester customer = transcript.customer() == null
                || transcript.customer().email() == null && transcript.customer().phone() == null
                && transcript.customer().social() == null
                ? new Requester(null, transcript.customer() == null ? null : transcript.customer().name(), null,
                PROVIDER + ":" + transcript.conversationId())
                : transcript.customer();
        String firstCustomerLine = transcript.lines().stream().filter(l -> l.author() == AuthorType.CUSTOMER)
                .map(Line::text).findFirst().orElse("Chat");
        var attached = conversations.ticketFor(tenantId, PROVIDER, transcript.conversationId(), channel,
                MessengerIntake.subject(firstCustomerLine), customer, MatchReason.CHAT_CONVERSATION, now);
        int added = 0;
        int duplicates = 0;
        for (Line line : transcript.lines()) {
            if (!conversations.claim(tenantId, PROVIDER, transcript.conversationId() + "/" + line.id(), now)) {
                duplicates++;
                continue;
            }
            conversations.add(attached, line.author(), line.author() == AuthorType.STAFF ? line.agentId() : null,
                    line.text().replace("\u0000", ""), now);
            added++;
        }
        return new Outcome(attached.ticket().id, attached.reason().name(), added, duplicates);
    }
}
