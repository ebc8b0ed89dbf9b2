package dev.opsdesk.ticket.domain.order;

import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.TaskCategoryDef;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * R11: an order On Hold for longer than the tenant's review period (CrazySales: 24 h, G5) is on the
 * On-Hold review list, as work of the catalogue's {@code On Hold Orders} category (§3.1 row 11).
 */
public record OnHoldReview(Duration after, Optional<TaskCategoryDef> category) {

    /** The order status the order system reports for an order on hold. */
    public static final String ON_HOLD = "ON_HOLD";
    static final String CATEGORY = "On Hold Orders";

    public static OnHoldReview of(TenantTemplate rules) {
        Integer hours = rules.timers() == null ? null : rules.timers().onHoldOrderReviewHours();
        if (hours == null) {
            throw new Conflict("This tenant has no On-Hold order review (timers.onHoldOrderReviewHours is not set)");
        }
        Optional<TaskCategoryDef> category = rules.taskCategories() == null ? Optional.empty()
                : rules.taskCategories().stream().filter(c -> c.label().equals(CATEGORY)).findFirst();
        return new OnHoldReview(Duration.ofHours(hours), category);
    }

    /** Orders on hold since this instant or earlier are due for review at {@code now}. */
    public Instant onHoldSinceAtLatest(Instant now) {
        return now.minus(after);
    }
}
