package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.domain.evaluation.EvaluationForm;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped Zalora form (scorecards/zalora-qa-form.yaml) against §5: R53 (20 items 1.1–5.4 in five
 * sections, the 9 CE items, five channels), R54 and R61 (the default-yes cells of every channel, pre-scored
 * Y with provenance DEFAULT), and the Indonesian questions of the seed with their English translation.
 */
class R53R54R61ZaloraFormTemplateTest {

    private static final Scorecard FORM = ShippedTemplates.load("zalora").scorecards().get("zalora-qa-form");

    /** §5.4 "Default yes (channels)", column by column. */
    private static final Map<String, Set<String>> DEFAULT_YES = Map.of(
            "CALL", Set.of(),
            "CHAT", Set.of("5.3"),
            "EMAIL", Set.of("2.3", "4.3", "5.3", "5.4"),
            "SOSMED", Set.of("2.3", "4.3", "5.3", "5.4"),
            "WET_TICKET", Set.of("1.2", "2.1", "2.3", "4.3", "5.1", "5.2", "5.3", "5.4")); // R61 with A12's spans

    @Test
    void r53_twentyItemsInFiveSectionsWithTheNineCriticalOnes() {
        List<String> ids = FORM.items().map(Scorecard.Item::id).toList();
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "4.1",
                "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4"), ids);
        assertEquals(List.of("OPENING", "BODY_OF_INTERACTION", "RESOLUTION", "FOLLOW_UP", "CLOSING"),
                FORM.sections().stream().map(Scorecard.Section::id).toList());
        Set<String> critical = FORM.items().filter(i -> i.severity() == Severity.CE).map(Scorecard.Item::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("2.1", "2.4", "2.6", "2.7", "3.1", "3.2", "4.1", "4.4", "5.4")), critical);
        assertEquals(11, FORM.items().filter(i -> i.severity() == Severity.NCE).count());
        assertEquals(List.of("CALL", "CHAT", "EMAIL", "SOSMED", "WET_TICKET"),
                FORM.channels().stream().map(Scorecard.Channel::code).toList());
        assertEquals("WET TICKET", FORM.channels().get(4).label()); // A15: the label as given
    }

    @Test
    void r53_everyItemAppliesToEveryChannelWithIndonesianAndEnglishText() {
        FORM.items().forEach(item -> {
            assertEquals(5, item.appliesTo().size(), item.id());
            assertFalse(item.question().get("id").isBlank());
            assertFalse(item.question().get("en").isBlank());
            for (String channel : item.appliesTo()) {
                if (!item.defaultYesIn(channel)) {
                    Scorecard.Criterion criterion = item.criterion(channel).orElseThrow();
                    assertFalse(criterion.text().get("id").isBlank(), item.id() + " " + channel);
                    assertFalse(criterion.text().get("en").isBlank(), item.id() + " " + channel);
                }
            }
        });
    }

    @Test
    void theIndonesianQuestionsAreTheSeeds() {
        Map<String, String> seed = new LinkedHashMap<>();
        seed.put("1.1", "Apakah CSR melakukan standard greeting ?");
        seed.put("2.1", "Apakah CSR probing/memberikan pertanyaan sesuai permasalahan pelanggan?");
        seed.put("2.3", "Apakah CSR melakukan On-Hold/dead air sesuai standar ?");
        seed.put("3.3", "Apakah tiket Zendesk dibuat/dimerged dengan sesuai?");
        seed.put("4.3", "Proses transfer Call yang sesuai?");
        seed.put("5.4", "CSR tidak menutup/memutus telpon lebih dulu dari pelanggan ?");
        seed.forEach((item, question) -> assertEquals(question, FORM.item(item).orElseThrow().question().get("id")));
        assertTrue(FORM.item("5.2").orElseThrow().criterion("EMAIL").orElseThrow().text().get("id")
                .contains("terima kasih telah menghubungi Zalora"));
        assertTrue(FORM.item("3.2").orElseThrow().criterion("SOSMED").orElseThrow().text().get("id")
                .contains("TIDAK MENYARANKAN KE CHANNEL LAIN"));
    }

    @Test
    void r54_r61_theDefaultYesMatrixOfEveryChannel() {
        DEFAULT_YES.forEach((channel, expected) -> {
            Set<String> declared = FORM.items().filter(i -> i.defaultYesIn(channel)).map(Scorecard.Item::id)
                    .collect(Collectors.toSet());
            assertEquals(expected, declared, channel);
        });
    }

    @Test
    void r54_r61_aNewEvaluationPreScoresExactlyTheDefaultCellsAsYDefault() {
        DEFAULT_YES.forEach((channel, expected) -> {
            List<ItemResult> items = EvaluationForm.blank(FORM, channel, false);
            assertEquals(20, items.size(), channel);
            for (ItemResult item : items) {
                if (expected.contains(item.itemId())) {
                    assertEquals(Result.Y, item.result(), channel + " " + item.itemId());
                    assertEquals(Provenance.DEFAULT, item.provenance());
                    assertEquals("R54", item.defaultRule());
                } else {
                    assertEquals(null, item.result(), channel + " " + item.itemId());
                }
            }
        });
    }
}
