package dev.opsdesk.ticket.webhooks.config;

import dev.opsdesk.ticket.webhooks.domain.WebhookUrlPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;

/** The URL policy of the configuration, resolving names with the JDK (whose cache the HttpClient shares). */
public class WebhookUrlPolicyProducer {

    @Produces
    @Singleton
    WebhookUrlPolicy policy(WebhooksConfig config) {
        return new WebhookUrlPolicy(config.requireHttps(), config.allowPrivateAddresses(), InetAddress::getAllByName);
    }
}
