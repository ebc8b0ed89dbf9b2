package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.intake.service.MailIntake;
import jakarta.annotation.security.RolesAllowed;
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
