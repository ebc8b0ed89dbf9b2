package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.customer.Identity;
import dev.opsdesk.ticket.service.CustomerMerges;
import dev.opsdesk.ticket.service.CustomerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** A44: customers across channels, found by any e-mail, phone or social handle. */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin", "integration"})
public class CustomerResource {

    private final CustomerService customers;
    private final CustomerMerges merges;
    private final CallerTenant caller;

    CustomerResource(CustomerService customers, CustomerMerges merges, CallerTenant caller) {
        this.customers = customers;
        this.merges = merges;
        this.caller = caller;
    }

    @POST
    public Response create(@NotNull @Valid CustomerRequests.Create request, @Context UriInfo uri) {
        CustomerService.Profile created = customers.register(caller.tenantId(), caller.actor(),
                new CustomerService.NewCustomer(request.displayName(), Boolean.TRUE.equals(request.legalEntity()),
                        request.identities()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.customer().id.toString()).build())
                .entity(CustomerView.of(created))
                .build();
    }

    @GET
    @Path("/{id}")
    public CustomerView get(@PathParam("id") UUID id) {
        return CustomerView.of(customers.get(caller.tenantId(), id));
    }

    /** Exactly one of email, phone or social ({@code network:handle}); compared after normalisation. */
    @GET
    public CustomerView lookup(@QueryParam("email") @Email @Size(max = 320) String email,
                               @QueryParam("phone") @Pattern(regexp = CustomerRequests.PHONE,
                                       message = CustomerRequests.PHONE_MESSAGE) String phone,
                               @QueryParam("social") @Pattern(regexp = CustomerRequests.SOCIAL,
                                       message = "must be network:handle, e.g. facebook:ana.s") String social) {
        List<Identity> given = Stream.of(
                Optional.ofNullable(email).map(e -> Identity.email(e, "email")),
                Optional.ofNullable(phone).map(p -> Identity.phone(p, "phone")),
                Optional.ofNullable(social).map(s -> Identity.social(s, "social"))
        ).flatMap(Optional::stream).toList();
        if (given.size() != 1) {
            throw new BadRequestException("Give exactly one of the query parameters email, phone or social");
        }
        return CustomerView.of(customers.lookup(caller.tenantId(), given.get(0)));
    }

    @POST
    @Path("/{id}/identities")
    public Response addIdentity(@PathParam("id") UUID id, @NotNull @Valid CustomerRequests.AddIdentity request) {
        Identity identity = Identity.of(request.kind(), request.value(), "value");
        Optional<CustomerService.Profile> added = customers.addIdentity(caller.tenantId(), id, caller.actor(), identity);
        return added.map(p -> Response.status(Response.Status.CREATED).entity(CustomerView.of(p)).build())
                .orElseGet(() -> Response.ok(CustomerView.of(customers.get(caller.tenantId(), id))).build());
    }

    /** R136: the customer's tickets in every channel, newest first, {@code limit} at a time. */
    @GET
    @Path("/{id}/timeline")
    public TimelineView timeline(@PathParam("id") UUID id,
                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                 @QueryParam("cursor") @Size(max = 200) String cursor) {
        return TimelineView.of(customers.timeline(caller.tenantId(), id, TimelineView.position(cursor), limit));
    }

    /** Moves the other record's identities and tickets here; a judgement call, so supervisors only. */
    @POST
    @Path("/{id}/merge")
    @RolesAllowed({"supervisor", "admin"})
    public CustomerView merge(@PathParam("id") UUID id, @NotNull @Valid CustomerRequests.Merge request) {
        return CustomerView.of(merges.merge(caller.tenantId(), id, request.from(), caller.actor()));
    }

    @GET
    @Path("/{id}/audit")
    public List<CustomerView.AuditLine> audit(@PathParam("id") UUID id) {
        return customers.audit(caller.tenantId(), id).stream().map(CustomerView.AuditLine::of).toList();
    }
}
