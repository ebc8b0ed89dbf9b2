package dev.opsdesk.routing.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The backlog drain's decisions over one page of waiting tickets in drain order (priority, then
 * age): each ticket someone could take now is decided on, and the assignments handed to
 * {@code assign}, which must apply them (so the directory's loads follow).
 */
public final class BacklogDrain {

    /** Drain order; the service's backlog query sorts the same way. */
    public static final Comparator<RoutedTicket> ORDER = Comparator
            .comparingInt((RoutedTicket t) -> -t.priorityRank)
            .thenComparing(t -> t.receivedAt)
            .thenComparing(t -> t.ticketId);

    private BacklogDrain() {
    }

    /** Returns how many tickets of the page were assigned. */
    public static int page(List<RoutedTicket> page, TenantSettings settings, List<RoutingRule> rules,
                           RoutingDirectory directory, BiConsumer<RoutedTicket, Decision> assign) {
        int assigned = 0;
        for (RoutedTicket ticket : page) {
            // R37, R39, R45: a merged ticket stays where the merge rules put it
            if (ticket.mergeOwned || !directory.anyoneCanTake(Set.of(ticket.channel))) {
                continue;
            }
            Decision decision = RoutingEngine.decide(ticket, settings, rules, directory, Set.of());
            if (decision.assigned()) {
                assign.accept(ticket, decision);
                assigned++;
            }
        }
        return assigned;
    }
}
