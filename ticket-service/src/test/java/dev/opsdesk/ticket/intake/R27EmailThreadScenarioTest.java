package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.configure;
import static dev.opsdesk.ticket.intake.IntakeFixtures.mail;
import static dev.opsdesk.ticket.intake.IntakeFixtures.mailSettings;
import static dev.opsdesk.ticket.intake.IntakeFixtures.messages;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import dev.opsdesk.ticket.intake.service.ImapPoller;
import dev.opsdesk.ticket.intake.service.OutgoingMailRelay;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A thread of mails through a real IMAP/SMTP server: a new mail opens a ticket (R27) and is
 * acknowledged; the agent's reply goes out over SMTP; the customer's reply with In-Reply-To joins
 * the ticket; a stranger's mail with only the subject token opens a new ticket linked as possibly
 * related; an out-of-office reply and a bounce are flagged and join the ticket with no auto-reply.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R27EmailThreadScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestMailServer server;

    @Inject
    ImapPoller poller;

    @Inject
    OutgoingMailRelay relay;

    @BeforeAll
    static void startMailServer() {
        server = TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        server.close();
    }

    @Test
    void aThreadOfMailsEndsWhereExpectedWithItsMatchReasons() throws Exception {
        String tenant = newTenant("crazysales");
        String support = "support@" + tenant + ".test";
        String customer = "ana@" + tenant + ".customer.test";
        String stranger = "mallory@" + tenant + ".other.test";
        server.mailbox(support);
        server.mailbox(customer);
        configure(tenant, mailSettings(server, support, Map.of("acknowledgement",
                Map.of("enabled", true, "subject", "We got your mail: {subject}", "body", "Your reference is {ticket}."))));

        // 1. A new mail → a new ticket in New (R27), acknowledged once
        server.send(mail("Ana Smith <" + customer + ">", support, "Where is my order?", "first-" + tenant + "@customer.test",
                "Hello, my order 4711 has not arrived."), support);
        assertEquals(1, poller.poll(tenant));
        JsonPath first = lastMessage(tenant, ticketOf(tenant, "first-" + tenant + "@customer.test"));
        String ticket = first.getString("ticketId");
        assertEquals("NEW_TICKET", first.getString("matchReason"));
        TicketRequests.get(tenant, ticket).statusCode(200).body("status", equalTo("NEW"))
                .body("requester.email", equalTo(customer)).body("requester.name", equalTo("Ana Smith"));
        relay.sendDue(Instant.now());
        List<MimeMessage> toCustomer = server.receivedBy(customer);
        assertEquals(1, toCustomer.size());
        MimeMessage ack = toCustomer.get(0);
        assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null));
        assertEquals("<first-" + tenant + "@customer.test>", ack.getHeader("In-Reply-To", null));
        String token = ack.getSubject().replaceAll(".*\\[#([0-9A-F]+)].*", "$1");
        assertTrue(ack.getSubject().startsWith("We got your mail: Where is my order? [#"), ack.getSubject());

        // 2. The agent's reply leaves over SMTP with our Message-ID and the token
        TicketRequests.addMessage(tenant, ticket, "STAFF", "PUBLIC", "We are checking with the courier.").statusCode(201);
        relay.sendDue(Instant.now());
        MimeMessage reply = server.receivedBy(customer).get(1);
        String ourId = reply.getMessageID();
        assertEquals("Re: Where is my order? [#" + token + "]", reply.getSubject());
        assertEquals("We are checking with the courier.", reply.getContent().toString().strip());

        // 3. The customer answers it: In-Reply-To our Message-ID; the quoted mail is trimmed off
        server.send(mail(customer, support, "Re: Where is my order? [#" + token + "]", "second-" + tenant + "@customer.test",
                "Thanks, any news?\r\n\r\nOn Mon, 23 Nov 2026 Support wrote:\r\n> We are checking with the courier.",
                "In-Reply-To: " + ourId, "References: <first-" + tenant + "@customer.test> " + ourId), support);
        // 4. A stranger uses only the subject token
        server.send(mail(stranger, support, "Re: [#" + token + "] refund", "third-" + tenant + "@other.test",
                "Please refund me too."), support);
        // 5. An out-of-office reply to our mail
        server.send(mail(customer, support, "Out of office: Re: Where is my order?", "fourth-" + tenant + "@customer.test",
                "I am away until Monday.", "Auto-Submitted: auto-replied", "X-Autoreply: yes", "In-Reply-To: " + ourId),
                support);
        // 6. A bounce of our reply
        server.send(bounce(support, ourId, tenant), support);
        assertEquals(4, poller.poll(tenant));

        JsonPath second = lastMessageWithId(tenant, "second-" + tenant + "@customer.test");
        assertEquals(ticket, second.getString("ticketId"));
        assertEquals("REPLY_TO_OUR_MESSAGE_ID", second.getString("matchReason"));
        assertEquals("Thanks, any news?", second.getString("body"));

        JsonPath third = lastMessageWithId(tenant, "third-" + tenant + "@other.test");
        String strangersTicket = third.getString("ticketId");
        assertNotEquals(ticket, strangersTicket);
        assertEquals("NEW_TICKET_POSSIBLY_RELATED", third.getString("matchReason"));
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/intake/possibly-related")
                .then().statusCode(200).body("ticketId", hasItem(strangersTicket));

        JsonPath outOfOffice = lastMessageWithId(tenant, "fourth-" + tenant + "@customer.test");
        assertEquals(ticket, outOfOffice.getString("ticketId"));
        assertEquals("REPLY_TO_OUR_MESSAGE_ID", outOfOffice.getString("matchReason"));
        assertTrue(outOfOffice.getList("intakeFlags").containsAll(List.of("AUTO_SUBMITTED", "X_AUTOREPLY")));
        assertEquals("INTERNAL", outOfOffice.getString("visibility"));

        JsonPath bounced = lastMessageWithId(tenant, "bounce-" + tenant + "@mx.test");
        assertEquals(ticket, bounced.getString("ticketId"));
        assertEquals("BOUNCE_OF_OUR_MESSAGE", bounced.getString("matchReason"));
        assertTrue(bounced.getList("intakeFlags").contains("BOUNCE"));

        // The stranger got an acknowledgement of their own new ticket; nobody got a reply to the auto-reply or bounce
        relay.sendDue(Instant.now());
        assertEquals(2, server.receivedBy(customer).size());
        assertEquals(1, server.receivedBy(stranger).size());
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/intake/outgoing-mails")
                .then().statusCode(200).body("$", hasSize(2)).body("status", everyItemIs("SENT"));

        // The event says why, and keeps to its schema
        String secondMessageId = second.getString("id");
        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events",
                r -> r.value().contains(secondMessageId) && "ticket.message-added".equals(
                        TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(60));
        JsonNode data = JSON.readTree(event.value());
        assertEquals("REPLY_TO_OUR_MESSAGE_ID", data.path("matchReason").asText());
        assertEquals(List.of(), EventContracts.violations("ticket.message-added", event.value()));
    }

    @Test
    void aTokenFromTheRequesterContinuesTheTicketWithoutReplyHeaders() {
        String tenant = newTenant("zalora");
        String customer = IntakeFixtures.uniqueId("budi");
        String ticket = IntakeFixtures.postMail(tenant, mail(customer, "cs@zalora.test", "Size exchange",
                IntakeFixtures.uniqueId("m1"), "Can I exchange for size M?")).statusCode(201).extract().path("ticketId");
        String token = ticket.replace("-", "").substring(0, 8).toUpperCase();
        IntakeFixtures.postMail(tenant, mail(customer, "cs@zalora.test", "again [#" + token + "]",
                IntakeFixtures.uniqueId("m2"), "Any update?")).statusCode(201)
                .body("matchReason", equalTo("TICKET_TOKEN_IN_SUBJECT")).body("ticketId", equalTo(ticket));
        IntakeFixtures.postMail(tenant, mail(customer, "cs@zalora.test", "Still waiting", IntakeFixtures.uniqueId("m3"),
                "About my case [#" + token + "], any update?")).statusCode(201)
                .body("matchReason", equalTo("TICKET_TOKEN_IN_BODY")).body("ticketId", equalTo(ticket));
    }

    @Test
    void aReplyOutsideAnyThreadOpensANewTicketInNew() {
        String tenant = newTenant("zalora");
        String customer = IntakeFixtures.uniqueId("sari");
        String first = IntakeFixtures.postMail(tenant, mail(customer, "cs@zalora.test", "Refund",
                IntakeFixtures.uniqueId("r1"), "Where is my refund?")).statusCode(201).extract().path("ticketId");
        // R27: same sender and subject, but no reply header and no token: a new ticket
        String second = IntakeFixtures.postMail(tenant, mail(customer, "cs@zalora.test", "Re: Refund",
                IntakeFixtures.uniqueId("r2"), "Hello?")).statusCode(201)
                .body("matchReason", equalTo("NEW_TICKET")).body("newTicket", equalTo(true)).extract().path("ticketId");
        assertNotEquals(first, second);
        TicketRequests.get(tenant, second).statusCode(200).body("status", equalTo("NEW"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    private static String ticketOf(String tenant, String messageId) {
        return dev.opsdesk.ticket.intake.IntakeQueries.inbound(tenant, messageId).getString("ticketId");
    }

    private static JsonPath lastMessage(String tenant, String ticket) {
        List<Map<String, Object>> all = messages(tenant, ticket).extract().jsonPath().getList("$");
        return new JsonPath(toJson(all.get(all.size() - 1)));
    }

    private static JsonPath lastMessageWithId(String tenant, String messageId) {
        JsonPath inbound = IntakeQueries.inbound(tenant, messageId);
        List<Map<String, Object>> all = messages(tenant, inbound.getString("ticketId")).extract().jsonPath().getList("$");
        return new JsonPath(toJson(all.stream().filter(m -> m.get("id").equals(inbound.getString("ticketMessageId")))
                .findFirst().orElseThrow()));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bounce(String support, String ourId, String tenant) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.test>\r
                To: %s\r
                Subject: Undelivered Mail Returned to Sender\r
                Message-ID: <bounce-%s@mx.test>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r
                \r
                --b1\r
                Content-Type: text/plain\r
                \r
                Your message could not be delivered.\r
                --b1\r
                Content-Type: message/delivery-status\r
                \r
                Final-Recipient: rfc822; ana@nowhere.test\r
                Action: failed\r
                Status: 5.1.1\r
                \r
                --b1\r
                Content-Type: text/rfc822-headers\r
                \r
                Message-ID: %s\r
                Subject: Re: Where is my order?\r
                \r
                --b1--\r
                """.formatted(support, tenant, ourId);
    }
}
