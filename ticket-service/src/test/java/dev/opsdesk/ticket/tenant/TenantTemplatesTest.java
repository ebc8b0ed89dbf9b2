package dev.opsdesk.ticket.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.ticket.config.TenantTemplateLoader;
import dev.opsdesk.ticket.domain.tenant.TemplateProblem;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped templates load and carry the seeds' data; broken ones are refused by file and field. */
class TenantTemplatesTest {

    private static TenantTemplate shipped(String id) {
        String file = "tenant-templates/" + id + ".yaml";
        return TenantTemplateLoader.load(file, TenantTemplatesTest.class.getClassLoader().getResourceAsStream(file));
    }

    @Test
    void theFourSeedTemplatesLoad() {
        for (String id : List.of("crazysales", "zalora", "ozon", "festival")) {
            assertEquals(id, shipped(id).id());
        }
    }

    @Test
    void r1_crazySalesShipsThe35RowTaskCatalogue() {
        List<TenantTemplate.TaskCategoryDef> catalogue = shipped("crazysales").taskCategories();
        assertEquals(35, catalogue.size());
        assertEquals("Spam Checking", catalogue.get(0).label());
        assertEquals("Closed (No Action) / Merged Ticket", catalogue.get(34).label());
    }

    @Test
    void r2_standardMinutesOfTheVoiceAndEscalatedCategories() {
        Map<String, Integer> aht = shipped("crazysales").taskCategories().stream()
                .collect(Collectors.toMap(TenantTemplate.TaskCategoryDef::label, TenantTemplate.TaskCategoryDef::ahtMinutes));
        for (String twelve : List.of("Voice (Inbound)", "Voice (Outbound)", "Chat (Kayako)",
                "Cross Department Request (Voice)", "Courier Inquiry (Voice)")) {
            assertEquals(12, aht.get(twelve), twelve);
        }
        assertEquals(9, aht.get("Special Stores (Escalated Cases)"));
        assertEquals(2, aht.get("Voice (Voicemail / Quick Call)"));
    }

    @Test
    void r94_ozonForbidsDuplicateInTheSevenListedChannels() {
        TenantTemplate ozon = shipped("ozon");
        TenantTemplate.ResolutionDef duplicate = ozon.resolutions().stream()
                .filter(r -> r.code().equals("DUPLICATE")).findFirst().orElseThrow();
        assertEquals(7, duplicate.forbiddenInChannels().size());
        assertTrue(duplicate.sameChannelOnly());
    }

    @Test
    void r85_ozonBlocksFintechExceptOnePath() {
        TenantTemplate.Taxonomy taxonomy = shipped("ozon").taxonomy();
        assertEquals(List.of("Fintech"), taxonomy.blockedTrees());
        assertEquals(1, taxonomy.allowedPaths().size());
    }

    @Test
    void anUnknownKeyNamesTheFileAndTheField() {
        TemplateProblem problem = assertThrows(TemplateProblem.class, () -> load("""
                id: broken
                version: 1
                colour: blue
                """));
        assertTrue(problem.getMessage().startsWith("broken.yaml: colour: unknown key"), problem.getMessage());
    }

    @Test
    void aBadEnumValueNamesTheNestedField() {
        TemplateProblem problem = assertThrows(TemplateProblem.class, () -> load("""
                id: broken
                channels:
                  - code: EMAIL
                    label: E-mail
                    kind: PIGEON
                """));
        assertTrue(problem.getMessage().startsWith("broken.yaml: channels[0].kind: 'PIGEON' is not one of"),
                problem.getMessage());
    }

    @Test
    void aBrokenRuleNamesTheField() {
        TemplateProblem problem = assertThrows(TemplateProblem.class, () -> load("""
                id: broken
                version: 1
                effectiveFrom: 2024-01-01
                displayName: Broken
                ticketLabel: Ticket
                locale: en
                ticketGranularity: ORDER_ISSUE
                noteValidation: WARN
                settings: {autoCustomerReplyStatus: false, resolutionRequiredOnClose: false}
                timers: {}
                channels: [{code: EMAIL, label: E-mail, kind: ASYNC_WRITTEN, duplicatePolicy: MERGE}]
                statuses:
                  - {code: NEW, label: New, category: NEW}
                """));
        assertTrue(problem.getMessage().startsWith("broken.yaml: statuses: exactly one status must be initial"),
                problem.getMessage());
    }

    private static TenantTemplate load(String yaml) {
        return TenantTemplateLoader.load("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
