package dev.opsdesk.ticket.webhooks.api;

import dev.opsdesk.ticket.api.CallerTenant;
import dev.opsdesk.ticket.api.Paging;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.webhooks.domain.DeliveryStatus;
import dev.opsdesk.ticket.webhooks.service.WebhookSubscriptions;
import dev.opsdesk.ticket.webhooks.service.WebhookSubscriptions.WithSecret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Outbound webhooks of the caller's tenant (docs/webhooks.md). Admins manage them; directors may read
 * them and their delivery log (they read the audit log too), nobody else. The signing secret is in
 * the answer of create and rotate-secret only.
 */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed CloudEvents POSTed to the tenant's URLs, retried, logged")
public class WebhookSubscriptionResource {

    private final WebhookSubscriptions subscriptions;
    private final CallerTenant caller;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions, CallerTenant caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Subscribe a URL to event types (\"*\" = all); the answer shows the signing secret, once")
    public Response create(@NotNull @Valid WebhookRequests.Subscription request, @Context UriInfo uri) {
        WithSecret created = subscriptions.create(caller.tenantId(), request.fields());
        return Response.created(uri.getAbsolutePathBuilder().path(created.subscription().id.toString()).build())
                .entity(WebhookViews.Subscription.of(created.subscription(), created.secret())).build();
    }

    @GET
    @RolesAllowed({"admin", "director"})
    @Operation(summary = "The tenant's webhook subscriptions, oldest first (no secrets)")
    public WebhookViews.Subscriptions list() {
        return new WebhookViews.Subscriptions(subscriptions.list(caller.tenantId()).stream()
                .map(s -> WebhookViews.Subscription.of(s, null)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "director"})
    @Operation(summary = "One webhook subscription (no secret)")
    public WebhookViews.Subscription get(@PathParam("id") UUID id) {
        return WebhookViews.Subscription.of(subscriptions.get(caller.tenantId(), id), null);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Change the fields given: url, eventTypes, description, enabled (re-enabling clears the failure count)")
    public WebhookViews.Subscription change(@PathParam("id") UUID id, @NotNull @Valid WebhookRequests.Change request) {
        return WebhookViews.Subscription.of(subscriptions.change(caller.tenantId(), id, request.fields()), null);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Replace url, eventTypes, description and enabled (the secret stays)")
    public WebhookViews.Subscription replace(@PathParam("id") UUID id, @NotNull @Valid WebhookRequests.Subscription request) {
        return WebhookViews.Subscription.of(subscriptions.replace(caller.tenantId(), id, request.fields()), null);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete a subscription with its deliveries; nothing more is sent to it")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(caller.tenantId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @RolesAllowed("admin")
    @Operation(summary = "A new signing secret, shown once; deliveries from now on are signed with it")
    public WebhookViews.Subscription rotateSecret(@PathParam("id") UUID id) {
        WithSecret rotated = subscriptions.rotateSecret(caller.tenantId(), id);
        return WebhookViews.Subscription.of(rotated.subscription(), rotated.secret());
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({"admin", "director"})
    @Operation(summary = "The subscription's deliveries with every attempt, newest first",
            description = "status = PENDING, DELIVERED or FAILED; cursor = the previous page's nextCursor; limit 1-200.")
    public WebhookViews.Deliveries deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
                                              @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int size = Paging.limit(limit);
        WebhookSubscriptions.DeliveryPage page = subscriptions.deliveries(caller.tenantId(), id, status(status),
                Paging.cursor(cursor), size);
        return new WebhookViews.Deliveries(page.deliveries().stream()
                .map(d -> WebhookViews.Delivery.of(d, page.attempts().getOrDefault(d.id, List.of()))).toList(),
                page.nextCursor() == null ? null : page.nextCursor().toString());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed("admin")
    @Operation(summary = "Send a delivery again, from a first attempt (the same event id and body, a new signature)")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        var delivery = subscriptions.redeliver(caller.tenantId(), id, deliveryId);
        return Response.accepted(WebhookViews.Delivery.of(delivery, List.of())).build();
    }

    private static DeliveryStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(null, "status", "must be PENDING, DELIVERED or FAILED");
        }
    }
}
