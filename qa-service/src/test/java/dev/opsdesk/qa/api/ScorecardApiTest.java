package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scorecards through the API: installed from templates, created and edited by admins as new versions. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ScorecardApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SMALL = """
            {"id":"small","name":{"en":"Small"},"languages":["en"],
             "channels":[{"code":"EMAIL","label":"E-mail"}],
             "formula":{"ceZeroesScore":true,"naRescales":true},
             "sections":[{"id":"S","title":{"en":"Section"},"items":[
               {"id":"1","severity":"CE","question":{"en":"Polite?"},"appliesTo":["EMAIL"],
                "criteria":[{"channels":["EMAIL"],"text":{"en":"Polite."}}],
                "autoScore":[{"rule":"R51","channels":["EMAIL"]}]}]}]}""";

    @Test
    void installingATemplateGivesTheTenantItsScorecardsAsVersionOne() {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        as(tenant, "agent").get("/api/v1/scorecards").then().statusCode(200)
                .body("[0].id", equalTo("zalora-qa-form")).body("[0].version", equalTo(1))
                .body("[0].items", equalTo(20)).body("[0].channels", hasItem("WET_TICKET"));
        as(tenant, "admin").get("/api/v1/scorecards/settings").then().statusCode(200)
                .body("templateId", equalTo("zalora"))
                .body("settings.channels.find { it.code == 'CALL_ENG' }.scorecardChannel", equalTo("CALL"))
                .body("settings.phrases.id.closings", hasItem("terima kasih telah menghubungi Zalora"));
        as(tenant, "admin").post("/api/v1/scorecards/templates/zalora/install").then().statusCode(409)
                .body("type", endsWith("/conflict"));
        as(tenant, "admin").post("/api/v1/scorecards/templates/festival/install").then().statusCode(404);
    }

    @Test
    void anEditIsTheNextVersionAndEveryVersionStaysReadable() throws Exception {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        String current = as(tenant, "admin").get("/api/v1/scorecards/zalora-qa-form").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).extract().asString();
        ObjectNode definition = (ObjectNode) JSON.readTree(current).get("definition");
        ((ObjectNode) definition.at("/sections/1/items/0")).put("weight", 2.0);
        as(tenant, "admin").header("If-Match", "\"1\"").body(definition.toString()).put("/api/v1/scorecards/zalora-qa-form")
                .then().statusCode(200).body("version", equalTo(2)).header("ETag", equalTo("\"2\""));
        as(tenant, "admin").header("If-Match", "\"1\"").body(definition.toString()).put("/api/v1/scorecards/zalora-qa-form")
                .then().statusCode(412).body("type", endsWith("/stale-version"));
        List<Integer> versions = as(tenant, "qa").get("/api/v1/scorecards/zalora-qa-form/versions").then().statusCode(200)
                .extract().path("version");
        assertEquals(List.of(1, 2), versions);
        as(tenant, "qa").get("/api/v1/scorecards/zalora-qa-form/versions/1").then().statusCode(200)
                .body("definition.sections[1].items[0].weight", nullValue());
        as(tenant, "qa").get("/api/v1/scorecards/zalora-qa-form").then()
                .body("definition.sections[1].items[0].weight", equalTo(2.0f));
    }

    @Test
    void anAdminCreatesAScorecardAndABrokenOneIsRefusedWithThePathsAtFault() {
        String tenant = QaApi.newTenant("custom");
        as(tenant, "admin").body(SMALL).post("/api/v1/scorecards").then().statusCode(201)
                .header("Location", endsWith("/api/v1/scorecards/small")).body("version", equalTo(1));
        as(tenant, "admin").body(SMALL).post("/api/v1/scorecards").then().statusCode(409);
        as(tenant, "admin").body(SMALL.replace("\"appliesTo\":[\"EMAIL\"]", "\"appliesTo\":[\"EMAIL\"],\"defaultYes\":[\"CALL\"]")
                        .replace("R51", "R999")).post("/api/v1/scorecards").then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("sections[0].items[0].defaultYes"))
                .body("errors.field", hasItem("sections[0].items[0].autoScore[0].rule"));
        as(tenant, "admin").body(SMALL.replace("\"severity\":\"CE\"", "\"severity\":\"CE\",\"colour\":\"red\""))
                .post("/api/v1/scorecards").then().statusCode(400)
                .body("errors[0].field", equalTo("sections[0].items[0].colour"));
        as(tenant, "admin").body(SMALL.replace("\"small\"", "\"settings\"")).post("/api/v1/scorecards").then()
                .statusCode(400);
    }

    @Test
    void onlyAdminsManageScorecardsAndAnotherTenantsScorecardIsNotFound() {
        String tenant = QaApi.newTenant("custom");
        as(tenant, "admin").body(SMALL).post("/api/v1/scorecards").then().statusCode(201);
        as(tenant, "qa").body(SMALL).put("/api/v1/scorecards/small").then().statusCode(403)
                .body("type", endsWith("/forbidden"));
        as(tenant, "agent").body(SMALL).post("/api/v1/scorecards").then().statusCode(403);
        as(QaApi.newTenant("other"), "admin").get("/api/v1/scorecards/small").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        as(QaApi.newTenant("other"), "admin").body(SMALL).put("/api/v1/scorecards/small").then().statusCode(404);
    }
}
