package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.CallRequests.call;
import static dev.opsdesk.ticket.intake.CallRequests.log;
import static dev.opsdesk.ticket.intake.CallRequests.phone;
import static dev.opsdesk.ticket.intake.IntakeFixtures.configure;
import static dev.opsdesk.ticket.intake.IntakeFixtures.mailSettings;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.service.OutgoingMailRelay;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R17, R18 (A36): after an aftersales call with an order the call agent's recap e-mail, from the
 * seed template, reaches the customer over SMTP, and the "Sent recap email to customer" note is on
 * the ticket; without the customer's address the call is refused under R17.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R17R18RecapEmailIsSentOverSmtpTest {

    private static TestMailServer server;

    @Inject
    OutgoingMailRelay relay;

    @BeforeAll
    static void start() {
        server = TestMailServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRecapReachesTheCustomerAndItsNoteIsLogged() throws Exception {
        String tenant = newTenant("crazysales");
        String support = "cs@" + tenant + ".test";
        String customer = "buyer@" + tenant + ".customer.test";
        server.mailbox(support);
        configure(tenant, mailSettings(server, support, Map.of()));
        var body = call("INBOUND", "ANSWERED", phone(), "email", customer, "orderId", "100234",
                "lobEmailAddress", "au@crazysales.test", "customerName", "Kim");
        body.put("aftersales", true);
        String ticket = log(tenant, body)
                .statusCode(201).extract().path("ticketId");
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/notes").then().statusCode(200)
                .body("templateId", hasItem("recap-sent-note"))
                .body("find { it.templateId == 'recap-sent-note' }.body",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(ticket),
                                org.hamcrest.Matchers.containsString("Sent recap email to customer")));

        relay.sendDue(Instant.now());
        List<MimeMessage> received = server.receivedBy(customer);
        assertEquals(1, received.size());
        MimeMessage recap = received.get(0);
        assertEquals("Phone Hotline Recap (Order100234)", recap.getSubject());
        String text = recap.getContent().toString();
        assertTrue(text.contains("-Parcel late") && text.contains("-Chased the courier")
                && text.contains("email us at au@crazysales.test") && text.contains("Customer Experience Specialist"), text);
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/intake/outgoing-mails").then().statusCode(200)
                .body("[0].status", equalTo("SENT")).body("[0].messageId", equalTo(
                        recap.getMessageID().replaceAll("[<>]", "")));
    }

    @Test
    void anAftersalesCallWithoutTheCustomersAddressIsRefused() {
        String tenant = newTenant("crazysales");
        var body = call("INBOUND", "ANSWERED", phone(), "orderId", "100235", "lobEmailAddress", "au@crazysales.test");
        body.put("aftersales", true);
        log(tenant, body).statusCode(422).body("rule", equalTo("R17"));
        body.remove("aftersales"); // not aftersales: no recap is due, the call is logged
        log(tenant, body).statusCode(201).body("recapMessageId", equalTo(null));
    }
}
