package dev.opsdesk.ticket.webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Test classes that need a webhook receiver: one per class, on a free port, stopped after the class. */
abstract class WithWebhookReceiver {

    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }
}
