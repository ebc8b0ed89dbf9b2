package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.intake.domain.mail.MailAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attachments in PostgreSQL ({@code mail_attachment}, bytea): one transaction with the message they belong to. */
@ApplicationScoped
public class PostgresAttachmentStore implements AttachmentStore {

    private final EntityManager em;

    PostgresAttachmentStore(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredAttachment store(String tenantId, UUID ticketId, UUID messageId, MailAttachment attachment, Instant now) {
        UUID id = UUID.randomUUID();
        String sha256 = sha256(attachment.content());
        em.createNativeQuery("""
                        insert into mail_attachment (id, tenant_id, ticket_id, ticket_message_id, filename, content_type,
                                                     size_bytes, sha256, content, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, id).setParameter(2, tenantId).setParameter(3, ticketId).setParameter(4, messageId)
                .setParameter(5, attachment.filename()).setParameter(6, attachment.contentType())
                .setParameter(7, attachment.content().length).setParameter(8, sha256)
                .setParameter(9, attachment.content()).setParameter(10, now)
                .executeUpdate();
        return new StoredAttachment(id, ticketId, messageId, attachment.filename(), attachment.contentType(),
                attachment.content().length, sha256, now);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredAttachment> ofTicket(String tenantId, UUID ticketId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, ticket_id, ticket_message_id, filename, content_type, size_bytes, sha256, created_at
                        from mail_attachment where tenant_id = ?1 and ticket_id = ?2 order by created_at, id""")
                .setParameter(1, tenantId).setParameter(2, ticketId).getResultList();
        return rows.stream().map(r -> new StoredAttachment((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), (String) r[6], instant(r[7]))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> content(String tenantId, UUID attachmentId) {
        List<?> rows = em.createNativeQuery("select content from mail_attachment where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenantId).setParameter(2, attachmentId).getResultList();
        return rows.stream().map(byte[].class::cast).findFirst();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : ((java.time.OffsetDateTime) value).toInstant();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
