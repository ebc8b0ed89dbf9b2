package dev.opsdesk.ticket.webhooks.api;

import dev.opsdesk.ticket.webhooks.service.WebhookSubscriptions.Fields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the webhook-subscription API (read strictly: unknown fields are a 400). */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    /** POST and PUT: url and eventTypes required; {@code enabled} defaults to true. */
    public record Subscription(@NotBlank @Size(max = 2048) String url, @NotEmpty @Size(max = 20) List<String> eventTypes,
                               @Size(max = 500) String description, Boolean enabled) {
        Fields fields() {
            return new Fields(url, eventTypes, description, enabled);
        }
    }

    /** PATCH: only the fields given change. */
    public record Change(@Size(max = 2048) String url, @Size(min = 1, max = 20) List<String> eventTypes,
                         @Size(max = 500) String description, Boolean enabled) {
        Fields fields() {
            return new Fields(url, eventTypes, description, enabled);
        }
    }
}
