package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.service.OrderStatusFeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The order system reports order statuses; agents work the On-Hold review list from them (R11). */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderStatusFeed orders;
    private final CallerTenant caller;

    OrderResource(OrderStatusFeed orders, CallerTenant caller) {
        this.orders = orders;
        this.caller = caller;
    }

    /** {@code since}: when the order entered the status in the order system (default: now, kept while unchanged). */
    public record ReportStatus(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be a status code such as ON_HOLD")
            String status,
            Instant since,
            @Size(max = 64) String store) {
    }

    @PUT
    @Path("/{orderId}/status")
    @RolesAllowed({"integration", "admin"})
    @Operation(summary = "Report an order's status from the order system")
    public OrderStatusFeed.OrderStatus report(
            @PathParam("orderId") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be an order id")
            String orderId,
            @NotNull @Valid ReportStatus request) {
        return orders.report(caller.tenantId(), orderId, request.status(), request.since(), request.store());
    }

    @GET
    @Path("/on-hold-review")
    @RolesAllowed({"agent", "supervisor", "admin"})
    @Operation(summary = "R11: orders On Hold longer than the tenant's review period (CrazySales: 24 h), oldest first")
    public List<OrderStatusFeed.ReviewItem> onHoldReview(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return orders.onHoldReview(caller.tenantId(), limit);
    }
}
