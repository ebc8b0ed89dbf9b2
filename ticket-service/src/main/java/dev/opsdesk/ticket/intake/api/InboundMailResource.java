package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.intake.service.MailIntake;
import dev.opsdesk.ticket.intake.domain.mail.InboundMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound-parse style intake: a mail provider pushes the raw RFC 5322 message. */
@Path("/api/v1/intake/email")
@Tag(name = "Intake")
public class InboundMailResource {

    private final MailIntake intake;
    private final CallerTenant caller;

    InboundMailResource(MailIntake intake, CallerTenant caller) {
        this.intake = intake;
        this.caller = caller;
    }

    /** An inbound mail as recorded: what became of it and why. */
    public record InboundView(java.util.UUID id, String source, Long uid, String messageId, String from, String subject,
                              String outcome, String rejectReason, java.util.UUID ticketId, java.util.UUID ticketMessageId,
                              String matchReason, java.util.List<String> flags, int sizeBytes, java.time.Instant receivedAt) {
        static InboundView of(InboundMail m) {
            return new InboundView(m.id, m.source, m.uid, m.messageIdHeader, m.fromAddress, m.subject, m.outcome,
                    m.rejectReason, m.ticketId, m.ticketMessageId, m.matchReason, java.util.List.of(m.flags), m.sizeBytes,
                    m.receivedAt);
        }
    }

    @GET
    @RolesAllowed({"agent", "supervisor", "admin", "integration"})
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Inbound mails, newest first: stored, duplicate or rejected with the reason")
    public java.util.List<InboundView> list(@QueryParam("messageId") @Size(max = 1000) String messageId,
                                            @QueryParam("outcome") @Pattern(regexp = "STORED|DUPLICATE|REJECTED") String outcome,
                                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        java.util.Map<String, Object> params = new java.util.HashMap<>(java.util.Map.of("tenant", caller.tenantId()));
        if (messageId != null) {
            query.append(" and messageIdHeader = :messageId");
            params.put("messageId", messageId.strip().replaceAll("^<|>$", "").toLowerCase(java.util.Locale.ROOT));
        }
        if (outcome != null) {
            query.append(" and outcome = :outcome");
            params.put("outcome", outcome);
        }
        return InboundMail.<InboundMail>find(query + " order by receivedAt desc, id", params).page(0, limit).list()
                .stream().map(InboundView::of).toList();
    }

    @POST
    @RolesAllowed({"integration", "admin"})
    @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take one raw mail", description = "201 with the ticket, the message and why it was attached"
            + " there (matchReason) and loop-protection flags; 200 for a Message-ID taken before (nothing added);"
            + " 413/422 problem with a stable reason type when the mail is refused (nothing stored).")
    public Response receive(byte[] raw) {
        MailIntake.Result result = intake.fromHttp(caller.tenantId(), raw == null ? new byte[0] : raw);
        return Response.status(result.outcome().equals("DUPLICATE") ? 200 : 201).entity(result).build();
    }
}
