package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;

import java.util.List;
import java.util.Map;

/** Ozon tasks in the states the closing rules talk about. */
final class OzonTasks {

    static final String DELIVERY = "Заказы / Доставка / Статус доставки";
    static final String ACCOUNT = "Аккаунт / Личный кабинет / Вход в личный кабинет";
    static final String RECONCILIATION = "Юридические лица / Документы / Акт сверки";

    private OzonTasks() {
    }

    static String task(String channel, String customerMessage) {
        String id = createId("ozon", channel, "Обращение", "client-" + channel.toLowerCase() + "@example.ru");
        addMessage("ozon", id, "CUSTOMER", "PUBLIC", customerMessage).statusCode(201);
        return id;
    }

    static String classifiedTask(String topic) {
        String id = task("EMAIL", "Где мой заказ");
        classify("ozon", id, Map.of("topics", List.of(topic), "orderId", "12345678", "shipmentId", "12345678-0001"))
                .statusCode(200);
        return id;
    }
}
