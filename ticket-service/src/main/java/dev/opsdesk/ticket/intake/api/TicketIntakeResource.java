package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.intake.domain.mail.OutgoingMail;
import dev.opsdesk.ticket.intake.service.AttachmentStore;
import dev.opsdesk.ticket.intake.service.MailThreads;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What intake knows about a ticket: possibly related tickets, attachments, the mails sent on it. */
@Path("/api/v1/tickets/{id}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
@RolesAllowed({"agent", "supervisor", "admin", "qa", "integration"})
public class TicketIntakeResource {

    private final TicketService tickets;
    private final MailThreads threads;
    private final AttachmentStore attachments;
    private final CallerTenant caller;

    TicketIntakeResource(TicketService tickets, MailThreads threads, AttachmentStore attachments, CallerTenant caller) {
        this.tickets = tickets;
        this.threads = threads;
        this.attachments = attachments;
        this.caller = caller;
    }

    public record Related(UUID ticketId, String reason, Instant linkedAt) {
    }

    public record SentMail(UUID id, String kind, String messageId, String inReplyTo, String to, String subject,
                           String status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
        static SentMail of(OutgoingMail m) {
            return new SentMail(m.id, m.kind, m.messageIdHeader, m.inReplyTo, m.toAddress, m.subject, m.status,
                    m.attempts, m.lastError, m.createdAt, m.sentAt);
        }
    }

    @GET
    @Path("/possibly-related")
    @Operation(summary = "Tickets linked as possibly related (a token of one ticket in a stranger's mail)")
    public List<Related> possiblyRelated(@PathParam("id") UUID id) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        return threads.possiblyRelated(caller.tenantId(), ticket.id).stream()
                .map(r -> new Related((UUID) r[0], (String) r[1], r[2] instanceof Instant i ? i
                        : ((java.sql.Timestamp) r[2]).toInstant()))
                .toList();
    }

    @GET
    @Path("/attachments")
    @Operation(summary = "The ticket's mail attachments (metadata)")
    public List<AttachmentStore.StoredAttachment> attachments(@PathParam("id") UUID id) {
        return attachments.ofTicket(caller.tenantId(), tickets.get(caller.tenantId(), id).id);
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "One attachment's bytes")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        boolean onTicket = attachments.ofTicket(caller.tenantId(), ticket.id).stream()
                .anyMatch(a -> a.id().equals(attachmentId));
        byte[] content = onTicket ? attachments.content(caller.tenantId(), attachmentId).orElse(null) : null;
        if (content == null) {
            throw new NotFound("No attachment " + attachmentId + " on ticket " + id);
        }
        return Response.ok(content, MediaType.APPLICATION_OCTET_STREAM).build();
    }

    @GET
    @Path("/outgoing-mails")
    @Transactional
    @Operation(summary = "Mails sent (or waiting to be sent) on the ticket, with their Message-IDs and status")
    public List<SentMail> outgoing(@PathParam("id") UUID id) {
        return OutgoingMail.ofTicket(tickets.get(caller.tenantId(), id).id).stream().map(SentMail::of).toList();
    }
}
