package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.config.StrictDocuments;
import dev.opsdesk.qa.config.TemplateProblem;
import dev.opsdesk.qa.domain.autoqa.AutoQa;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped templates load; a broken definition names the file, path and problem. */
class ScorecardDefinitionsAreCheckedTest {

    private static Scorecard parse(String yaml) {
        return StrictDocuments.yaml("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                Scorecard.class);
    }

    private static final String VALID = """
            id: small
            name: {en: Small}
            languages: [en]
            channels: [{code: EMAIL, label: E-mail}, {code: CALL, label: Call}]
            formula: {ceZeroesScore: true, naRescales: true}
            sections:
              - id: S
                title: {en: Section}
                items:
                  - id: "1"
                    severity: CE
                    question: {en: Q}
                    appliesTo: [EMAIL, CALL]
                    defaultYes: [CALL]
                    criteria: [{channels: [EMAIL], text: {en: C}}]
                    autoScore: [{rule: R49, channels: [EMAIL]}]
            """;

    @Test
    void theThreeShippedTemplatesLoad() {
        var crazysales = ShippedTemplates.load("crazysales").profile();
        assertEquals("PORTAL", crazysales.channel("EBAY").orElseThrow().scorecardChannel());
        assertEquals(null, crazysales.channel("COURIER_EMAIL").orElseThrow().scorecardChannel());
        assertTrue(ShippedTemplates.load("crazysales").scorecards().get("crazysales-qa").item("CS-7").orElseThrow()
                .question().get("en").startsWith("Tools"));
        assertEquals(3, ShippedTemplates.load("ozon").scorecards().get("ozon-qa").items().count());
    }

    @Test
    void aValidDefinitionHasNoProblems() {
        assertEquals(List.of(), ScorecardRules.problems(parse(VALID), AutoQa.knownRules()));
    }

    @Test
    void problemsNameThePath() {
        Scorecard broken = parse(VALID.replace("defaultYes: [CALL]", "defaultYes: [CHAT]")
                .replace("rule: R49", "rule: R999").replace("question: {en: Q}", "question: {en: Q, ru: В}"));
        List<String> problems = ScorecardRules.problems(broken, AutoQa.knownRules());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sections[0].items[0].defaultYes: 'CHAT'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sections[0].items[0].autoScore[0].rule: 'R999'")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sections[0].items[0].question.ru")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("no criteria text for channel CALL")));
    }

    @Test
    void anUnknownKeyOrEnumValueStopsTheFileWithItsPath() {
        TemplateProblem unknown = assertThrows(TemplateProblem.class, () -> parse(VALID.replace("severity: CE\n",
                "severity: CE\n        colour: red\n")));
        assertTrue(unknown.getMessage().startsWith("test.yaml: sections[0].items[0].colour: unknown key"), unknown.getMessage());
        TemplateProblem severity = assertThrows(TemplateProblem.class, () -> parse(VALID.replace("severity: CE",
                "severity: MAJOR")));
        assertTrue(severity.getMessage().contains("'MAJOR' is not one of [CE, NCE]"), severity.getMessage());
    }
}
