package dev.opsdesk.qa.domain.autoqa;

import dev.opsdesk.qa.domain.profile.ChannelKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One interaction as AutoQA reads it: a ticket on one channel with its messages, notes, status
 * changes, latest classification and resolution, merges, and the tickets it refers to (merged
 * sources, the original of a duplicate). Built from the ticket events; {@code position} is the order
 * in which the events arrived.
 */
public record Conversation(
        UUID ticketId,
        String tenantId,
        String channel,
        ChannelKind kind,
        String channelLanguage,
        Requester requester,
        String subject,
        String store,
        String agentId,
        List<Message> messages,
        List<Note> notes,
        List<StatusChange> statusChanges,
        Classification classification,
        Resolution resolution,
        List<Merge> merges,
        Map<UUID, RelatedTicket> related) {

    public record Requester(String name, String email, String phone, String social) {

        /** The first word of the display name ("Ravi" of "Ravi Kumar"), or null. */
        public String firstName() {
            if (name == null || name.isBlank()) {
                return null;
            }
            String first = name.trim().split("\\s+")[0];
            return first.length() < 2 ? null : first;
        }
    }

    public record Message(UUID id, UUID originTicketId, String authorType, String authorId, String visibility,
                          String body, Instant createdAt, long position) {

        public boolean staffPublic() {
            return "STAFF".equals(authorType) && "PUBLIC".equals(visibility);
        }

        public boolean fromCustomer() {
            return "CUSTOMER".equals(authorType);
        }

        public boolean fromBot() {
            return "BOT".equals(authorType);
        }
    }

    public record Note(UUID id, String templateId, Map<String, String> fields, List<String> warnings, String authorId,
                       Instant createdAt, long position) {
    }

    public record StatusChange(String toCode, String toCategory, Instant at, long position) {
    }

    public record Classification(String type, String orderId, String sku, boolean noOrder, List<String> topics) {
    }

    public record Resolution(String code, String category, boolean replied, UUID duplicateOf, String actor,
                             Instant at, long position) {
    }

    public record Merge(List<UUID> sourceTicketIds, Instant at, long position) {
    }

    /** Another ticket this one refers to, as far as QA knows it. */
    public record RelatedTicket(UUID ticketId, String channel, String subject, Requester requester,
                                List<Message> customerMessages) {
    }

    public List<Message> staffReplies() {
        return messages.stream().filter(Message::staffPublic).sorted(Comparator.comparingLong(Message::position)).toList();
    }

    public List<Message> customerMessages() {
        return messages.stream().filter(Message::fromCustomer).sorted(Comparator.comparingLong(Message::position)).toList();
    }

    public Optional<Message> firstStaffReply() {
        return staffReplies().stream().findFirst();
    }

    public boolean hasStaffReply() {
        return messages.stream().anyMatch(Message::staffPublic);
    }

    public boolean hasOrder() {
        return classification != null && classification.orderId() != null && !classification.orderId().isBlank();
    }

    public String resolutionCode() {
        return resolution == null ? null : resolution.code();
    }

    /** R135 / A27: closed without any reply (Closed (NO ACTION), НТО, Спам, Дубликат). */
    public boolean noReplyClosure() {
        String category = resolution != null ? resolution.category()
                : statusChanges.isEmpty() ? null : statusChanges.get(statusChanges.size() - 1).toCategory();
        return "CLOSED_NO_ACTION".equals(category) && !hasStaffReply();
    }

    public List<Note> notesOf(String templateId) {
        return templateId == null ? List.of() : notes.stream().filter(n -> templateId.equals(n.templateId())).toList();
    }
}
