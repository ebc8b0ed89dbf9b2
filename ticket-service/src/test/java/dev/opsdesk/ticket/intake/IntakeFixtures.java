package dev.opsdesk.ticket.intake;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Tenants of their own per test, configured through the intake settings API, and raw mails. */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    /** A fresh tenant created from a seed template. */
    public static String newTenant(String template) {
        String id = template.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", TestTokens.bearer(id, "admin")).contentType("application/json")
                .body(Map.of("id", id, "name", "Intake test " + id, "template", template))
                .when().post("/api/v1/tenants").then().statusCode(201);
        return id;
    }

    public static void configure(String tenant, Map<String, ?> settings) {
        given().header("Authorization", TestTokens.bearer(tenant, "admin")).contentType("application/json")
                .body(settings).when().put("/api/v1/intake/settings").then().statusCode(200);
    }

    /** Settings with one IMAP mailbox and the SMTP server of {@code server}, plus {@code more} entries. */
    public static Map<String, Object> mailSettings(TestMailServer server, String supportAddress, Map<String, ?> more) {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                "mailboxes", java.util.List.of(Map.of("name", "support", "host", "127.0.0.1", "port", server.imapPort(),
                        "ssl", false, "username", supportAddress, "password", TestMailServer.PASSWORD)),
                "smtp", Map.of("host", "127.0.0.1", "port", server.smtpPort(), "ssl", false, "startTls", false,
                        "fromAddress", supportAddress, "fromName", "Support")));
        settings.putAll(more);
        return settings;
    }

    /** POSTs a raw mail as the tenant's mail provider would. */
    public static ValidatableResponse postMail(String tenant, String raw) {
        return postMail(tenant, raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static ValidatableResponse postMail(String tenant, byte[] raw) {
        return given().header("Authorization", TestTokens.bearer(tenant, "integration"))
                .contentType("message/rfc822").body(raw)
                .when().post("/api/v1/intake/email").then();
    }

    public static ValidatableResponse messages(String tenant, String ticketId) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticketId + "/messages").then().statusCode(200);
    }

    /** A plain-text mail; {@code extraHeaders} are full header lines. */
    public static String mail(String from, String to, String subject, String messageId, String body,
                              String... extraHeaders) {
        StringBuilder raw = new StringBuilder();
        raw.append("From: ").append(from).append("\r\n");
        raw.append("To: ").append(to).append("\r\n");
        raw.append("Subject: ").append(subject).append("\r\n");
        raw.append("Message-ID: <").append(messageId).append(">\r\n");
        raw.append("Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n");
        for (String header : extraHeaders) {
            raw.append(header).append("\r\n");
        }
        raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
        return raw.toString();
    }

    public static String uniqueId(String local) {
        return local + "-" + UUID.randomUUID() + "@customer.test";
    }
}
