package dev.opsdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the BadInput*Test classes share: the API's endpoints, fresh things to aim at, the problem a
 * bad request must get, and the proof that it wrote nothing.
 */
final class BadInputFixtures {

    static final String TENANT = "crazysales";
    static final String OTHER_TENANT = "zalora";

    /** Every table a request can write; together with the version sums this sees inserts and updates. */
    private static final List<String> TABLES = List.of("tenant", "ticket", "ticket_message", "ticket_note",
            "ticket_audit", "ticket_reminder", "ticket_merge", "work_log", "customer", "customer_identity",
            "customer_audit", "outbox_event", "idempotency_key", "order_status");

    private BadInputFixtures() {
    }

    /** The API's endpoints that take a body; {ticket} and {customer} are filled in per test. */
    enum Endpoint {
        CREATE_TICKET("POST", "/api/v1/tickets", "agent"),
        ADD_MESSAGE("POST", "/api/v1/tickets/{ticket}/messages", "agent"),
        CHANGE_STATUS("POST", "/api/v1/tickets/{ticket}/status", "agent"),
        ASSIGN("POST", "/api/v1/tickets/{ticket}/assign", "supervisor"),
        SURVEY("POST", "/api/v1/tickets/{ticket}/surveys", "integration"),
        ADD_NOTE("POST", "/api/v1/tickets/{ticket}/notes", "agent"),
        CLASSIFY("PUT", "/api/v1/tickets/{ticket}/classification", "agent"),
        CLOSE("POST", "/api/v1/tickets/{ticket}/close", "agent"),
        MERGE("POST", "/api/v1/tickets/{ticket}/merge", "agent"),
        LOG_ON_TICKET("POST", "/api/v1/tickets/{ticket}/activities", "agent"),
        LOG_WITHOUT_TICKET("POST", "/api/v1/activities", "agent"),
        CREATE_TENANT("POST", "/api/v1/tenants", "admin"),
        CREATE_CUSTOMER("POST", "/api/v1/customers", "agent"),
        ADD_IDENTITY("POST", "/api/v1/customers/{customer}/identities", "agent"),
        MERGE_CUSTOMER("POST", "/api/v1/customers/{customer}/merge", "supervisor"),
        REPORT_ORDER_STATUS("PUT", "/api/v1/orders/BAD-INPUT-1/status", "integration");

        final String method;
        final String path;
        final String role;

        Endpoint(String method, String path, String role) {
            this.method = method;
            this.path = path;
            this.role = role;
        }

        String path(Target target) {
            return path.replace("{ticket}", target.ticket()).replace("{customer}", target.customer());
        }

        boolean takesIfMatch() {
            return List.of(ADD_MESSAGE, CHANGE_STATUS, ASSIGN, ADD_NOTE, CLASSIFY, CLOSE, MERGE).contains(this);
        }
    }

    /** A fresh ticket and a fresh customer (of {@link #TENANT} unless told) for hostile requests to aim at. */
    record Target(String tenant, String ticket, String customer) {

        static Target fresh() {
            return fresh(TENANT);
        }

        static Target fresh(String tenant) {
            String email = unique("target");
            String ticket = as(tenant, "agent").contentType("application/json")
                    .body(Map.of("channel", "EMAIL", "subject", "Where is my order?", "requester", Map.of("email", email)))
                    .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
            String customer = as(tenant, "agent").contentType("application/json")
                    .body(Map.of("displayName", "Ana", "emails", List.of(unique("customer"))))
                    .when().post("/api/v1/customers").then().statusCode(201).extract().path("id");
            return new Target(tenant, ticket, customer);
        }

        /** What a client can read about both: any change to them shows here (the ticket's version included). */
        String state() {
            StringBuilder state = new StringBuilder();
            for (String path : List.of("/api/v1/tickets/" + ticket, "/api/v1/tickets/" + ticket + "/messages",
                    "/api/v1/tickets/" + ticket + "/notes", "/api/v1/tickets/" + ticket + "/audit",
                    "/api/v1/tickets/" + ticket + "/activities", "/api/v1/customers/" + customer,
                    "/api/v1/customers/" + customer + "/audit")) {
                state.append(path).append(" → ").append(as(tenant, "supervisor").when().get(path)
                        .then().statusCode(200).extract().asString()).append('\n');
            }
            return state.toString();
        }
    }

    static String unique(String name) {
        return name + "." + UUID.randomUUID() + "@example.com";
    }

    /** Without pretty-printing: the request log would indent 100,000 nesting levels and run out of memory. */
    static RequestSpecification as(String tenant, String role) {
        return given().config(RestAssured.config().logConfig(RestAssured.config().getLogConfig().enablePrettyPrinting(false)))
                .header("Authorization", TestTokens.bearer(tenant, role));
    }

    static Response send(Endpoint endpoint, Target target, String body) {
        RequestSpecification request = as(TENANT, endpoint.role).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        return request.when().request(endpoint.method, endpoint.path(target));
    }

    /** A 4xx RFC 9457 problem with a stable type, its own status, and nothing of the server's insides. */
    static ValidatableResponse assertClientProblem(Response response) {
        return response.then()
                .statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType(Problem.MEDIA_TYPE)
                .body("type", startsWith("https://problems.opsdesk.dev/"))
                .body("status", equalTo(response.statusCode()))
                .body(not(containsString("Exception")), not(containsString("java.")),
                        not(containsString("com.fasterxml")), not(containsString("dev.opsdesk")),
                        not(containsString("\tat ")));
    }

    static ValidatableResponse assertProblem(Response response, int status) {
        return assertClientProblem(response).statusCode(status);
    }

    /** Sends the request and proves that it wrote nothing: no row added or removed, no versioned row changed. */
    static Response withoutWrites(EntityManager em, Target target, Supplier<Response> request) {
        Map<String, Long> before = writes(em);
        String stateBefore = target == null ? null : target.state();
        Response response = request.get();
        assertEquals(before, writes(em), "the refused request wrote to the database");
        if (target != null) {
            assertEquals(stateBefore, target.state(), "the refused request changed the ticket or customer");
        }
        return response;
    }

    /** Row counts of every table, and the sums of the versions of tickets and customers, in one query. */
    static Map<String, Long> writes(EntityManager em) {
        List<String> names = new ArrayList<>(TABLES);
        names.addAll(List.of("ticket versions", "customer versions"));
        String sql = TABLES.stream().map(table -> "(select count(*) from " + table + ")")
                .collect(Collectors.joining(", ", "select ", ", (select coalesce(sum(version), 0) from ticket),"
                        + " (select coalesce(sum(version), 0) from customer)"));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(sql).getSingleResult());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            counts.put(names.get(i), ((Number) row[i]).longValue());
        }
        return counts;
    }
}
