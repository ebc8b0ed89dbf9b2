package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.intake.domain.mail.MailAttachment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where attachment bytes live; metadata and content are kept together so neither can go missing alone. */
public interface AttachmentStore {

    /** An attachment's metadata as stored. */
    record StoredAttachment(UUID id, UUID ticketId, UUID messageId, String filename, String contentType, int sizeBytes,
                            String sha256, Instant createdAt) {
    }

    /** Stores inside the caller's transaction. */
    StoredAttachment store(String tenantId, UUID ticketId, UUID messageId, MailAttachment attachment, Instant now);

    List<StoredAttachment> ofTicket(String tenantId, UUID ticketId);

    Optional<byte[]> content(String tenantId, UUID attachmentId);
}
