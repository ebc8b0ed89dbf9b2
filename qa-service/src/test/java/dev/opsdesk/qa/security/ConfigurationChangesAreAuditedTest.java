package dev.opsdesk.qa.security;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit log: installing a QA template, creating a scorecard, storing its next version and
 * replacing the QA settings each leave one entry (who, what, when, before, after); admins and
 * directors page through it newest first with filters and a cursor; only the caller's tenant.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConfigurationChangesAreAuditedTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SMALL = """
            {"id":"small","name":{"en":"Small"},"languages":["en"],
             "channels":[{"code":"EMAIL","label":"E-mail"}],
             "formula":{"ceZeroesScore":true,"naRescales":true},
             "sections":[{"id":"S","title":{"en":"Section"},"items":[
               {"id":"1","severity":"CE","question":{"en":"Polite?"},"appliesTo":["EMAIL"],
                "criteria":[{"channels":["EMAIL"],"text":{"en":"Polite."}}],
                "autoScore":[{"rule":"R51","channels":["EMAIL"]}]}]}]}""";

    @Test
    void everyKindOfChangeIsRecordedWithItsBeforeAndAfter() throws Exception {
        String tenant = QaApi.newTenant("audit");
        QaApi.install(tenant, "zalora");
        as(tenant, "admin").body(SMALL).post("/api/v1/scorecards").then().statusCode(201);
        as(tenant, "admin").body(SMALL.replace("Polite?", "Courteous?")).put("/api/v1/scorecards/small")
                .then().statusCode(200);
        ObjectNode settings = (ObjectNode) JSON.readTree(as(tenant, "admin").get("/api/v1/scorecards/settings")
                .then().statusCode(200).extract().asString()).get("settings");
        settings.put("displayName", "Zalora QA (audited)");
        settings.remove("id");
        as(tenant, "admin").body(settings.toString()).put("/api/v1/scorecards/settings").then().statusCode(200);
        // every scorecard's newest version is listed, not only those at the tenant's highest version number
        as(tenant, "qa").get("/api/v1/scorecards").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems("small", "zalora-qa-form"));

        JsonPath all = audit(tenant, "?limit=200");
        assertEquals(List.of("settings.updated", "scorecard.versioned", "scorecard.created", "qa.template-installed"),
                all.getList("items.action"));
        assertEquals(List.of(QaApi.user(tenant, "admin")), all.getList("items.actor").stream().distinct().toList());
        assertEquals("zalora", all.getString("items[3].after.template"));

        JsonPath versioned = audit(tenant, "?entityType=scorecard&entityId=small&action=scorecard.versioned");
        assertEquals(1, versioned.getInt("items[0].before.version"));
        assertEquals(2, versioned.getInt("items[0].after.version"));
        assertEquals("Polite?", versioned.getString("items[0].before.definition.sections[0].items[0].question.en"));
        assertEquals("Courteous?", versioned.getString("items[0].after.definition.sections[0].items[0].question.en"));
        JsonPath created = audit(tenant, "?action=scorecard.created");
        assertNull(created.get("items[0].before"));
        JsonPath updated = audit(tenant, "?entityType=settings&action=settings.updated");
        assertNotEquals("Zalora QA (audited)", updated.getString("items[0].before.profile.displayName"));
        assertEquals("Zalora QA (audited)", updated.getString("items[0].after.profile.displayName"));
    }

    @Test
    void pagesFollowTheCursorAndShowOnlyTheCallersTenant() {
        String tenant = QaApi.newTenant("audit");
        String other = QaApi.newTenant("audit");
        QaApi.install(tenant, "zalora");
        QaApi.install(other, "ozon");
        for (int i = 0; i < 3; i++) {
            as(tenant, "admin").body(SMALL.replace("\"small\"", "\"small-" + i + "\"")).post("/api/v1/scorecards")
                    .then().statusCode(201);
        }
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = audit(tenant, "?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(audit(tenant, "?limit=200").getList("items.id"), paged);
        assertEquals(4, paged.size());

        as(other, "director").get("/api/v1/qa/audit").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].action", equalTo("qa.template-installed"));
        as(tenant, "qa").get("/api/v1/qa/audit").then().statusCode(403);
        as(tenant, "admin").get("/api/v1/qa/audit?limit=0").then().statusCode(400)
                .body("type", endsWith("/validation-failed")).body("errors[0].field", equalTo("limit"));
    }

    private static JsonPath audit(String tenant, String query) {
        return as(tenant, "admin").get("/api/v1/qa/audit" + query).then().statusCode(200).extract().jsonPath();
    }
}
