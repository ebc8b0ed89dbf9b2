package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.NoteText;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R12-R16: an order interaction carries the backend note (current format, known source; the old
 * format only for eBay/CKM), the voice backend note on calls, and the Order ID / SKU ticket note.
 */
class R12R16NoteFormatsTest {

    private static final String[] NOTE_RULES = {"R12", "R13", "R14", "R15", "R16"};

    private static Map<String, String> backend(String source) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Complaint/Inquiry Source", source);
        fields.put("Reference", "Ticket 123456");
        fields.put("Issue", "Damaged chair");
        fields.put("Resolution/Recommendation", "Replacement sent");
        return fields;
    }

    private static Map<String, String> orderNote(String orderId) {
        return Map.of("Order ID", orderId, "SKU", "CH-001");
    }

    @Test
    void r12R13R16_aCompleteEmailOrderInteractionPasses() {
        List<Finding> findings = run(on(CRAZYSALES, "EMAIL").classified("Return", "10045678").staff("Thank you for email.")
                .note("backend-note-2021", backend("Kayako")).note("ticket-order-note", orderNote("10045678")).build(),
                CRAZYSALES, NOTE_RULES);
        assertEquals(List.of(), findings.stream().filter(Finding::failed).toList(), findings.toString());
        assertEquals(1, of(findings, "R12", Outcome.PASS).size());
        assertEquals(1, of(findings, "R13", Outcome.PASS).size());
        assertEquals(1, of(findings, "R16", Outcome.PASS).size());
    }

    @Test
    void r12_withoutABackendNoteAndR16_withoutTheOrderNote_fail() {
        List<Finding> findings = run(on(CRAZYSALES, "EMAIL").classified("Return", "10045678").staff("Thank you.").build(),
                CRAZYSALES, NOTE_RULES);
        assertEquals(1, of(findings, "R12", Outcome.FAIL).size());
        assertEquals(1, of(findings, "R16", Outcome.FAIL).size());
    }

    @Test
    void r13_anUnknownSourceFailsQuotingItInTheRenderedNote() {
        Conversation conversation = on(CRAZYSALES, "EMAIL").classified("Return", "10045678")
                .note("backend-note-2021", backend("Email")).note("ticket-order-note", orderNote("10045678")).build();
        Finding fail = of(run(conversation, CRAZYSALES, NOTE_RULES), "R13", Outcome.FAIL).get(0);
        String rendered = NoteText.render(conversation.notes().get(0));
        assertEquals("Email", fail.quote());
        assertEquals("Email", rendered.substring(fail.spanStart(), fail.spanEnd()));
        assertEquals(conversation.notes().get(0).id(), fail.noteId());
    }

    @Test
    void r14_theOldFormatPassesForEbayAndFailsForARegularStore() {
        Map<String, String> old = Map.of("Complaint/Inquiry Source", "Kayako", "Issue", "Late", "Resolution/Recommendation", "Refund");
        assertEquals(1, of(run(on(CRAZYSALES, "EMAIL").store("eBay").classified("Delivery", "555123")
                .note("backend-note-2019", old).build(), CRAZYSALES, NOTE_RULES), "R14", Outcome.PASS).size());
        assertEquals(1, of(run(on(CRAZYSALES, "EMAIL").store("AU").classified("Delivery", "555123")
                .note("backend-note-2019", old).build(), CRAZYSALES, NOTE_RULES), "R14", Outcome.FAIL).size());
    }

    @Test
    void r15_theVoiceNoteNamesTheCallAndPhone() {
        Map<String, String> good = Map.of("Complaint/Inquiry Source", "inbound call (+61400111222)", "Issue", "Late",
                "Resolution/Recommendation", "Courier chased");
        assertEquals(1, of(run(on(CRAZYSALES, "PHONE").classified("Delivery", "777").note("backend-note-voice", good)
                .build(), CRAZYSALES, NOTE_RULES), "R15", Outcome.PASS).size());
        Map<String, String> bad = Map.of("Complaint/Inquiry Source", "phone", "Issue", "Late",
                "Resolution/Recommendation", "Courier chased");
        Finding fail = of(run(on(CRAZYSALES, "PHONE").classified("Delivery", "777").note("backend-note-voice", bad)
                .build(), CRAZYSALES, NOTE_RULES), "R15", Outcome.FAIL).get(0);
        assertEquals("phone", fail.quote());
    }

    @Test
    void r16_anOrderNoteForAnotherOrderFailsAndNoOrderMeansNoNoteIsRequired() {
        Finding fail = of(run(on(CRAZYSALES, "EMAIL").classified("Return", "10045678").note("backend-note-2021",
                backend("Kayako")).note("ticket-order-note", orderNote("99999999")).build(), CRAZYSALES, NOTE_RULES),
                "R16", Outcome.FAIL).get(0);
        assertEquals("99999999", fail.quote());
        assertTrue(fail.explanation().contains("10045678"));
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").classified("Return", null).staff("Thanks").build(),
                CRAZYSALES, NOTE_RULES));
    }

    @Test
    void aWarningTheTicketServiceAcceptedIsADefectOfItsRule() {
        List<Finding> findings = run(on(CRAZYSALES, "EMAIL").classified("Return", "10045678")
                .noteWithWarning("backend-note-2021", backend("Kayako"), "R13: Reference is not a ticket ID")
                .note("ticket-order-note", orderNote("10045678")).build(), CRAZYSALES, NOTE_RULES);
        assertTrue(of(findings, "R13", Outcome.FAIL).stream().anyMatch(f -> f.explanation().contains("Reference")));
    }
}
