package dev.opsdesk.ticket.intake.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.intake.domain.MatchReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Messenger-compatible webhook deliveries: every {@code entry[].messaging[]} item with a
 * {@code message} becomes a customer message on the sender's open ticket (a new ticket on the
 * tenant's social channel otherwise), the sender being {@code messenger:<PSID>}. Message ids
 * ({@code mid}) are taken once; echoes of our own page's messages are ignored.
 */
@ApplicationScoped
public class MessengerIntake {

    static final String PROVIDER = "messenger";

    private final ChatConversations conversations;
    private final IntakeSettingsService settings;
    private final Clock clock;

    MessengerIntake(ChatConversations conversations, IntakeSettingsService settings, Clock clock) {
        this.conversations = conversations;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many messages a delivery added, and how many it repeated. */
    public record Delivery(int added, int duplicates, int ignored) {
    }

    @Transactional
    public Delivery receive(String tenantId, JsonNode payload) {
        String channel = settings.requireChannel(tenantId, settings.of(tenantId), IntakeSettingsService.Path.MESSENGER);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int added = 0;
        int duplicates = 0;
        int ignored = 0;
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode event : entry.path("messaging")) {
                JsonNode message = event.path("message");
                String mid = message.path("mid").asText("");
                String sender = event.path("sender").path("id").asText("");
                if (!message.isObject() || mid.isEmpty() || sender.isEmpty() || message.path("is_echo").asBoolean(false)) {
                    ignored++;
                    continue;
                }
                if (!conversations.claim(tenantId, PROVIDER, mid, now)) {
                    duplicates++;
                    continue;
                }
                String text = text(message);
                var attached = conversations.ticketFor(tenantId, PROVIDER, sender, channel, subject(text),
                        new Requester(null, null, null, PROVIDER + ":" + sender), MatchReason.OPEN_TICKET_OF_SENDER, now);
                conversations.add(attached, AuthorType.CUSTOMER, null, text, now);
                added++;
            }
        }
        return new Delivery(added, duplicates, ignored);
    }

    private static String text(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("text").asText(""));
        for (JsonNode attachment : message.path("attachments")) {
            text.append(text.isEmpty() ? "" : "\n").append("[").append(attachment.path("type").asText("attachment"))
                    .append(": ").append(attachment.path("payload").path("url").asText("")).append("]");
        }
        String body = text.toString().replace("\u0000", "").strip();
        return body.isEmpty() ? "(empty message)" : body;
    }

    static String subject(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "Chat" : line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
