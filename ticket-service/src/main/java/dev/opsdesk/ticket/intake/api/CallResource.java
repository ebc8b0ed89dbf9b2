package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.domain.worklog.CallOutcome;
import dev.opsdesk.ticket.intake.domain.call.CallRules;
import dev.opsdesk.ticket.intake.service.CallIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Phone: inbound, outbound and voicemail calls logged on tickets (R3, R15, R17, R18, R125, R129, R130). */
@Path("/api/v1/intake/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
public class CallResource {

    private final CallIntake calls;
    private final CallerTenant caller;

    CallResource(CallIntake calls, CallerTenant caller) {
        this.calls = calls;
        this.caller = caller;
    }

    public record LogCall(@NotNull CallRules.Direction direction, @NotNull CallOutcome outcome,
                          @NotBlank @Size(max = 40) String phone, UUID ticketId,
                          @Size(max = 200) String customerName, @Size(max = 320) String email,
                          @Size(max = 998) String subject, @Size(max = 10_000) String issue,
                          @Size(max = 10_000) String resolution, @Size(max = 10_000) String pertinentInformation,
                          @NotNull @Min(0) @Max(86_400) Integer durationSeconds, Boolean aftersales,
                          @Size(max = 64) String orderId, @Size(max = 320) String lobEmailAddress) {
    }

    @POST
    @RolesAllowed({"agent", "supervisor", "integration"})
    @Operation(summary = "Log a call on the named ticket, the caller's open ticket, or a new phone ticket",
            description = "Adds the call summary, the tenant's call note (voice backend note R15 or log a call"
                    + " R129/R130), the work log with the R3 category, and after an aftersales call with an order"
                    + " the recap e-mail (R17) with its note (R18).")
    public Response log(@NotNull @Valid LogCall request) {
        CallIntake.Logged logged = calls.log(caller.tenantId(), caller.actor(), new CallIntake.Call(request.direction(),
                request.outcome(), request.phone(), request.ticketId(), request.customerName(), request.email(),
                request.subject(), request.issue(), request.resolution(), request.pertinentInformation(),
                request.durationSeconds(), Boolean.TRUE.equals(request.aftersales()), request.orderId(),
                request.lobEmailAddress()));
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }
}
