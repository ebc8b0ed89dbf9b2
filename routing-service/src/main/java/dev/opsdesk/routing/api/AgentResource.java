package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.domain.people.Shift;
import dev.opsdesk.routing.domain.template.RoutingTemplate.AgentDef;
import dev.opsdesk.routing.service.AgentService;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents", description = "People who own tickets: availability, capacity per channel, out of office, shifts")
public class AgentResource {

    private final AgentService agents;
    private final CallerTenant caller;

    AgentResource(AgentService agents, CallerTenant caller) {
        this.agents = agents;
        this.caller = caller;
    }

    public record AvailabilityRequest(@NotNull Presence presence, Boolean afterCurrentTicket) {
    }

    public record CapacityRequest(@NotNull Map<String, Integer> capacity) {
    }

    public record AbsenceRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, String reason) {
    }

    public record ShiftsRequest(String timeZone, @NotNull List<Shift> shifts) {
    }

    @GET
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "The tenant's agents with their availability, capacity, absences and shifts")
    public List<Views.AgentView> list() {
        return agents.list(caller.tenantId()).stream().map(Views.AgentView::of).toList();
    }

    @GET
    @Path("/{agentId}")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "One agent")
    public Views.AgentView get(@PathParam("agentId") String agentId) {
        return Views.AgentView.of(agents.get(caller.tenantId(), agentId));
    }

    @PUT
    @Path("/{agentId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace an agent (groups, skills, capacity per channel, time zone); new agents are offline")
    public Views.AgentView put(@PathParam("agentId") String agentId, @NotNull AgentDef body) {
        return Views.AgentView.of(agents.put(caller.tenantId(), agentId, body));
    }

    @PUT
    @Path("/{agentId}/availability")
    @RolesAllowed({"agent", "supervisor", "admin"})
    @Operation(summary = "Set availability (agents set their own)",
            description = "ONLINE drains the backlog to the agent. With afterCurrentTicket, an agent who owns an open"
                    + " ticket gets no new one and the change applies when that ticket closes (R112).")
    public Views.AgentView availability(@PathParam("agentId") String agentId, @NotNull @Valid AvailabilityRequest body) {
        requireSelfOrManager(agentId);
        return Views.AgentView.of(agents.setPresence(caller.tenantId(), agentId, body.presence(),
                Boolean.TRUE.equals(body.afterCurrentTicket())));
    }

    @PUT
    @Path("/{agentId}/capacity")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Tickets the agent may own at once per channel code (\"*\" for every other channel)")
    public Views.AgentView capacity(@PathParam("agentId") String agentId, @NotNull @Valid CapacityRequest body) {
        return Views.AgentView.of(agents.setCapacity(caller.tenantId(), agentId, body.capacity()));
    }

    @POST
    @Path("/{agentId}/absences")
    @RolesAllowed({"agent", "supervisor", "admin"})
    @Operation(summary = "Add an out-of-office period; routing never assigns to the agent during it (A30)")
    public Response addAbsence(@PathParam("agentId") String agentId, @NotNull @Valid AbsenceRequest body) {
        requireSelfOrManager(agentId);
        var absence = agents.addAbsence(caller.tenantId(), agentId, body.startsAt(), body.endsAt(), body.reason());
        return Response.status(201).entity(Views.AbsenceView.of(absence)).build();
    }

    @DELETE
    @Path("/{agentId}/absences/{absenceId}")
    @RolesAllowed({"agent", "supervisor", "admin"})
    @Operation(summary = "Remove an out-of-office period")
    public Response removeAbsence(@PathParam("agentId") String agentId, @PathParam("absenceId") UUID absenceId) {
        requireSelfOrManager(agentId);
        agents.removeAbsence(caller.tenantId(), agentId, absenceId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{agentId}/shifts")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Replace the agent's weekly shifts (their end is the end of day of R133 / A32)")
    public Views.AgentView shifts(@PathParam("agentId") String agentId, @NotNull @Valid ShiftsRequest body) {
        return Views.AgentView.of(agents.setShifts(caller.tenantId(), agentId, body.timeZone(), body.shifts()));
    }

    private void requireSelfOrManager(String agentId) {
        if (caller.actsAsAgent() && !caller.userId().equals(agentId)) {
            throw new ForbiddenException("Agents change only their own availability");
        }
    }
}
