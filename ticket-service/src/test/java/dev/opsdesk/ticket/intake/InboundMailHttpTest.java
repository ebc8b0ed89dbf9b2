package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.configure;
import static dev.opsdesk.ticket.intake.IntakeFixtures.mail;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static dev.opsdesk.ticket.intake.IntakeFixtures.postMail;
import static dev.opsdesk.ticket.intake.IntakeFixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw mail over HTTP: attachments, Message-ID replays, roles, the flood limit, masked settings. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InboundMailHttpTest {

    @Test
    void anAttachmentIsStoredWithItsMetadataAndCanBeDownloaded() {
        String tenant = newTenant("zalora");
        String raw = "From: a@customer.test\r\nSubject: receipt\r\nMessage-ID: <" + uniqueId("att") + ">\r\n"
                + "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n"
                + "--x\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=receipt.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--x--\r\n";
        String ticket = postMail(tenant, raw).statusCode(201).extract().path("ticketId");
        var auth = TestTokens.bearer(tenant, "agent");
        String id = given().header("Authorization", auth).when().get("/api/v1/tickets/" + ticket + "/intake/attachments")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].filename", equalTo("receipt.pdf"))
                .body("[0].sizeBytes", equalTo(9)).extract().path("[0].id");
        given().header("Authorization", auth).when().get("/api/v1/tickets/" + ticket + "/intake/attachments/" + id)
                .then().statusCode(200).body(equalTo("%PDF-1.4\n"));
    }

    @Test
    void aMessageIdSeenBeforeAddsNothing() {
        String tenant = newTenant("zalora");
        String raw = mail("b@customer.test", "cs@zalora.test", "Hi", uniqueId("dup"), "Once");
        String ticket = postMail(tenant, raw).statusCode(201).extract().path("ticketId");
        postMail(tenant, raw).statusCode(200).body("outcome", equalTo("DUPLICATE")).body("ticketId", equalTo(ticket));
        IntakeFixtures.messages(tenant, ticket).body("$", hasSize(1));
    }

    @Test
    void onlyIntegrationsPushMail() {
        String tenant = newTenant("zalora");
        given().header("Authorization", TestTokens.bearer(tenant, "agent")).contentType("message/rfc822")
                .body(mail("c@customer.test", "cs@zalora.test", "Hi", uniqueId("role"), "x")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/intake/email").then().statusCode(403);
    }

    @Test
    void aSenderOverTheFloodLimitIsFlaggedAndGetsNoMoreAcknowledgements() {
        String tenant = newTenant("zalora");
        configure(tenant, Map.of("floodLimit", Map.of("maxMessages", 2, "windowMinutes", 60),
                "smtp", Map.of("host", "127.0.0.1", "port", 1, "fromAddress", "cs@zalora.test"),
                "acknowledgement", Map.of("enabled", true)));
        String sender = uniqueId("flood");
        for (int i = 0; i < 2; i++) {
            postMail(tenant, mail(sender, "cs@zalora.test", "Mail " + i, uniqueId("f" + i), "x")).statusCode(201)
                    .body("flags", not(hasItem("FLOOD")));
        }
        String flooded = postMail(tenant, mail(sender, "cs@zalora.test", "Mail 3", uniqueId("f3"), "x")).statusCode(201)
                .body("flags", hasItem("FLOOD")).extract().path("ticketId");
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + flooded + "/intake/outgoing-mails").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void secretsAreReadBackMaskedAndKeptWhenSentBackMasked() {
        String tenant = newTenant("ozon");
        configure(tenant, Map.of("messenger", Map.of("verifyToken", "v", "appSecret", "s3cret")));
        given().header("Authorization", TestTokens.bearer(tenant, "admin")).when().get("/api/v1/intake/settings")
                .then().statusCode(200).body("messenger.appSecret", equalTo("********"));
        configure(tenant, Map.of("messenger", Map.of("verifyToken", "v", "appSecret", "********")));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "v").queryParam("hub.challenge", "42")
                .when().get("/webhooks/messenger/" + tenant).then().statusCode(200);
        String body = MessengerWebhookTest.delivery("p1", "m_" + java.util.UUID.randomUUID(), "hi");
        given().contentType("application/json").body(body)
                .header("X-Hub-Signature-256", dev.opsdesk.ticket.intake.domain.chat.WebhookSignature.sign("s3cret",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .when().post("/webhooks/messenger/" + tenant).then().statusCode(200).body("added", equalTo(1));
    }
}
