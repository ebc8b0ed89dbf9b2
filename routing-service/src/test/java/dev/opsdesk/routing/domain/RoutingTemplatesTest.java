package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.config.RoutingTemplates;
import dev.opsdesk.routing.domain.template.RoutingTemplate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped templates load and say what S004 §7.2 says; a broken template names its file and field. */
class RoutingTemplatesTest {

    @Test
    void theFestivalTemplateIsTheDelegationTableOfS004() {
        RoutingTemplate festival = load("festival");
        List<String> order = festival.rules().stream().sorted((a, b) -> Integer.compare(a.priority(), b.priority()))
                .map(r -> r.id() + "→" + r.assignTo().get(0).describe()).toList();
        assertEquals(List.of("finance→role:finance-owner",
                "festival-activation-listing-change→role:festival-activation-owner",
                "premium-judging→role:premium-judging-owner",
                "festival_schedule_ticketing→role:schedule-ticketing-owner",
                "not-sure→role:default-owner"), order);
        assertEquals(List.of("role:festival-activation-owner", "role:festival-liaison", "role:default-owner"),
                festival.rules().get(1).assignTo().stream().map(RuleTarget::describe).toList());
        assertEquals(15, festival.settings().endOfDay().graceMinutes());
        assertTrue(festival.settings().awaitClassification());
        assertEquals("director", festival.settings().spikes().recipientRole());
    }

    @Test
    void everyShippedTemplateLoads() {
        for (String id : List.of("default", "crazysales", "zalora", "ozon", "festival")) {
            assertEquals(id, load(id).id());
        }
        assertEquals("R76", load("zalora").slaPolicies().get(0).rule());
    }

    @Test
    void aBrokenTemplateStopsWithItsFileAndField() {
        String yaml = read("festival").replace("[{role: finance-owner}]", "[{role: treasurer}]");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoutingTemplates.load("bad.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("bad.yaml: rules[0].assignTo[0].role: 'treasurer' is not a role"),
                e.getMessage());
        IllegalStateException unknownKey = assertThrows(IllegalStateException.class, () -> RoutingTemplates.load(
                "bad.yaml", new ByteArrayInputStream(read("default").replace("unmatched:", "unmatchd:")
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(unknownKey.getMessage().contains("unknown key 'unmatchd'"), unknownKey.getMessage());
    }

    private static RoutingTemplate load(String id) {
        return RoutingTemplates.load(id, RoutingTemplatesTest.class.getClassLoader()
                .getResourceAsStream("routing-templates/" + id + ".yaml"));
    }

    private static String read(String id) {
        try (var in = RoutingTemplatesTest.class.getClassLoader().getResourceAsStream("routing-templates/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
