package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.intake.service.ChatTranscriptIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A web-chat provider's transcript, pushed with an integration token. */
@Path("/api/v1/intake/chat/transcripts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
public class ChatTranscriptResource {

    private final ChatTranscriptIntake transcripts;
    private final CallerTenant caller;

    ChatTranscriptResource(ChatTranscriptIntake transcripts, CallerTenant caller) {
        this.transcripts = transcripts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"integration", "admin"})
    @Operation(summary = "Add a conversation's lines to its ticket (a new ticket for a new conversation);"
            + " line ids taken before are skipped")
    public ChatTranscriptIntake.Outcome receive(@NotNull @Valid ChatRequests.Transcript request) {
        return transcripts.receive(caller.tenantId(), request.toDomain());
    }
}
