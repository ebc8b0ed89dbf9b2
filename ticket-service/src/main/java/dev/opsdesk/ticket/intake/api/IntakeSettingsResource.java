package dev.opsdesk.ticket.intake.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.service.IntakeSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's tenant's intake settings; secrets are write-only (read back masked). */
@Path("/api/v1/intake/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
@RolesAllowed("admin")
public class IntakeSettingsResource {

    private final IntakeSettingsService settings;
    private final CallerTenant caller;

    IntakeSettingsResource(IntakeSettingsService settings, CallerTenant caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Read the intake settings, secrets masked")
    public IntakeSettings get() {
        return settings.of(caller.tenantId()).masked();
    }

    @PUT
    @Operation(summary = "Replace the intake settings (mailboxes, SMTP, webhook secrets, flood limit, acknowledgement)")
    public IntakeSettings put(@NotNull IntakeSettings request) {
        return settings.save(caller.tenantId(), request).masked();
    }
}
