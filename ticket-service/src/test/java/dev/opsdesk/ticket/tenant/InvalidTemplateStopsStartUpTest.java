package dev.opsdesk.ticket.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.ticket.config.TenantTemplates;
import dev.opsdesk.ticket.config.TenantsConfig;
import dev.opsdesk.ticket.domain.tenant.TemplateProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up bean refuses a shipped template that is broken, naming the file and the field. */
class InvalidTemplateStopsStartUpTest {

    private static TenantsConfig shipping(List<String> ids) {
        return new TenantsConfig() {
            @Override
            public List<String> templates() {
                return ids;
            }

            @Override
            public Optional<List<String>> bootstrap() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aBrokenTemplateStopsStartUpWithFileAndField() {
        TemplateProblem problem = assertThrows(TemplateProblem.class,
                () -> new TenantTemplates(shipping(List.of("crazysales", "broken-startup"))));
        assertTrue(problem.getMessage().startsWith(
                "tenant-templates/broken-startup.yaml: statuses[0].category: 'BRAND_NEW' is not one of"), problem.getMessage());
    }

    @Test
    void aMissingTemplateFileStopsStartUp() {
        TemplateProblem problem = assertThrows(TemplateProblem.class, () -> new TenantTemplates(shipping(List.of("nowhere"))));
        assertEquals("tenant-templates/nowhere.yaml: (file): not found on the classpath", problem.getMessage());
    }

    @Test
    void theFourShippedTemplatesStartUp() {
        assertEquals(List.of("crazysales", "zalora", "ozon", "festival"),
                List.copyOf(new TenantTemplates(shipping(List.of("crazysales", "zalora", "ozon", "festival"))).ids()));
    }
}
