package dev.opsdesk.ticket.webhooks.domain;

import dev.opsdesk.ticket.domain.ActivityLogged;
import dev.opsdesk.ticket.domain.CustomerSilent;
import dev.opsdesk.ticket.domain.MessageAdded;
import dev.opsdesk.ticket.domain.NoteAdded;
import dev.opsdesk.ticket.domain.OwnerNotified;
import dev.opsdesk.ticket.domain.StatusChanged;
import dev.opsdesk.ticket.domain.TicketAssigned;
import dev.opsdesk.ticket.domain.TicketClassified;
import dev.opsdesk.ticket.domain.TicketCloned;
import dev.opsdesk.ticket.domain.TicketCreated;
import dev.opsdesk.ticket.domain.TicketMerged;
import dev.opsdesk.ticket.domain.TicketResolved;
import dev.opsdesk.ticket.domain.TicketUnmerged;
import java.util.List;
import java.util.Set;

/** The event types a subscription may name: every ticket event the service publishes, or {@code *}. */
public final class WebhookEventTypes {

    public static final String ALL = "*";

    public static final Set<String> KNOWN = Set.of(TicketCreated.TYPE, MessageAdded.TYPE, StatusChanged.TYPE,
            NoteAdded.TYPE, TicketClassified.TYPE, TicketResolved.TYPE, ActivityLogged.TYPE, TicketMerged.TYPE,
            TicketUnmerged.TYPE, OwnerNotified.TYPE, TicketAssigned.TYPE, TicketCloned.TYPE, CustomerSilent.TYPE);

    private WebhookEventTypes() {
    }

    /** The first type that is neither known nor {@code *}, if any. */
    public static java.util.Optional<String> unknown(List<String> types) {
        return types.stream().filter(t -> !ALL.equals(t) && !KNOWN.contains(t)).findFirst();
    }

    public static boolean matches(String[] subscribed, String type) {
        for (String s : subscribed) {
            if (ALL.equals(s) || s.equals(type)) {
                return true;
            }
        }
        return false;
    }
}
