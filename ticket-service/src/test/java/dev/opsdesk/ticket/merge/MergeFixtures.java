package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** CrazySales tickets of one customer about one order, in the states the merge matrix talks about. */
final class MergeFixtures {

    static final String TENANT = "crazysales";
    static final String AGENT = "test-agent@crazysales";

    private MergeFixtures() {
    }

    static String ticket(String email, String orderId, String customerText) {
        String id = createId(TENANT, "EMAIL", "Order " + orderId, email);
        classify(TENANT, id, Map.of("topics", List.of(), "orderId", orderId, "sku", "SKU-1")).statusCode(200);
        // R16: aftersales tickets carry their Order ID / SKU note before they can be closed
        addNote(TENANT, id, "ticket-order-note", Map.of("Order ID", orderId, "SKU", "SKU-1")).statusCode(201);
        if (customerText != null) {
            addMessage(TENANT, id, "CUSTOMER", "PUBLIC", customerText).statusCode(201);
        }
        return id;
    }

    static void assign(String id, String owner) {
        given().header("Authorization", TestTokens.bearer(TENANT, "supervisor")).contentType("application/json")
                .body(Map.of("owner", owner)).when().post("/api/v1/tickets/" + id + "/assign").then().statusCode(200);
    }

    /** Puts a fresh ticket into {@code status} the way an agent or the system would. */
    static void bringTo(String id, String status) {
        Map<String, Object> reply = Map.of("body", "Thank you for contacting us. We are on it.");
        switch (status) {
            case "NEW" -> { }
            case "AWAITING_REPLY", "IN_PROGRESS", "CUSTOMER_REPLY", "RESOLVED" ->
                    changeStatus(TENANT, id, Map.of("status", status, "reply", reply)).statusCode(200);
            case "OPEN" -> {
                changeStatus(TENANT, id, Map.of("status", "RESOLVED", "reply", reply)).statusCode(200);
                given().header("Authorization", TestTokens.bearer(TENANT, "integration")).contentType("application/json")
                        .body(Map.of("rating", "DSAT")).when().post("/api/v1/tickets/" + id + "/surveys")
                        .then().statusCode(200);
            }
            case "RESOLVED_EXTERNAL", "CLOSED_NO_ACTION" ->
                    close(TENANT, id, Map.of("resolution", status)).statusCode(200);
            default -> throw new IllegalArgumentException(status);
        }
    }

    static ValidatableResponse merge(String target, List<String> sources, Map<String, Object> flags) {
        Map<String, Object> body = new java.util.HashMap<>(flags);
        body.put("sources", sources);
        return given().header("Authorization", TestTokens.bearer(TENANT, "agent")).contentType("application/json")
                .body(body).when().post("/api/v1/tickets/" + target + "/merge").then();
    }

    static ValidatableResponse unmerge(String target) {
        return given().header("Authorization", TestTokens.bearer(TENANT, "agent"))
                .when().post("/api/v1/tickets/" + target + "/unmerge").then();
    }
}
