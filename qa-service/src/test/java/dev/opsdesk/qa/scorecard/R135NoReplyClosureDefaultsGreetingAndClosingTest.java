package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.evaluation.EvaluationForm;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R135 / A27: a closure without any reply (Closed (NO ACTION), НТО, Спам, Дубликат) defaults greeting and closing. */
class R135NoReplyClosureDefaultsGreetingAndClosingTest {

    private static final Scorecard FORM = ShippedTemplates.load("zalora").scorecards().get("zalora-qa-form");

    private static Conversation closed(String category, boolean withReply) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        List<Conversation.Message> messages = withReply
                ? List.of(new Conversation.Message(UUID.randomUUID(), id, "STAFF", "a", "PUBLIC", "Hi", at, 1))
                : List.of(new Conversation.Message(UUID.randomUUID(), id, "CUSTOMER", null, "PUBLIC", "Promo!", at, 1));
        return new Conversation(id, "t", "EMAIL", ChannelKind.ASYNC_WRITTEN, null, null, null, null, null, messages,
                List.of(), List.of(), null, new Conversation.Resolution("NRR", category, withReply, null, "a", at, 2),
                List.of(), Map.of());
    }

    @Test
    void aNoReplyClosureIsOneAndAClosureWithAReplyOrASolvedTicketIsNot() {
        assertTrue(closed("CLOSED_NO_ACTION", false).noReplyClosure());
        assertFalse(closed("CLOSED_NO_ACTION", true).noReplyClosure());
        assertFalse(closed("SOLVED", false).noReplyClosure());
    }

    @Test
    void greetingAndClosingItemsArePreScoredDefaultOthersAreNot() {
        List<ItemResult> items = EvaluationForm.blank(FORM, "EMAIL", true);
        for (String id : List.of("1.1", "5.1", "5.2")) {
            ItemResult item = items.stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
            assertEquals(Provenance.DEFAULT, item.provenance(), id);
            assertEquals("R135", item.defaultRule(), id);
        }
        ItemResult probing = items.stream().filter(i -> i.itemId().equals("2.1")).findFirst().orElseThrow();
        assertNull(probing.result());
        ItemResult withReply = EvaluationForm.blank(FORM, "EMAIL", false).get(0);
        assertNull(withReply.result());
    }
}
