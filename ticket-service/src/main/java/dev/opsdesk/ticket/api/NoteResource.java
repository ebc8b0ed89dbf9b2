package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.note.TicketNote;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Notes in the tenant's formats (R12–R18): {"templateId": "backend-note-2021", "fields": {"Issue": "…"}}. */
@Path("/api/v1/tickets/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin", "integration"})
public class NoteResource {

    private final TicketService tickets;
    private final CallerTenant caller;

    NoteResource(TicketService tickets, CallerTenant caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    /** {@code visibility} may be left out: each note format has its own (R132: Festival case comments are public). */
    public record AddNote(@NotBlank @Size(max = 64) String templateId,
                          @NotNull @Size(max = 30) Map<@NotBlank @Size(max = 100) String, @Size(max = 10_000) String> fields,
                          Visibility visibility) {
    }

    public record NoteView(UUID id, String templateId, String body, List<String> warnings, String visibility,
                           String authorId, Instant createdAt) {
        public static NoteView of(TicketNote n) {
            return new NoteView(n.id, n.templateId, n.body, List.of(n.warnings), n.visibility.name(), n.authorId,
                    n.createdAt);
        }
    }

    @POST
    public Response add(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                        @NotNull @Valid AddNote request) {
        TicketNote note = tickets.addNote(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                request.templateId(), request.fields(), request.visibility());
        return Response.status(Response.Status.CREATED).entity(NoteView.of(note)).build();
    }

    @GET
    @RolesAllowed({"agent", "supervisor", "admin", "integration", "qa"})
    @Transactional
    public List<NoteView> list(@PathParam("id") UUID id) {
        return TicketNote.of(tickets.get(caller.tenantId(), id).id).stream().map(NoteView::of).toList();
    }
}
