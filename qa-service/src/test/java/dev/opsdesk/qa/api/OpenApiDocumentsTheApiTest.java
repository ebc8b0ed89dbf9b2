package dev.opsdesk.qa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/openapi documents the four APIs; the walking skeleton's interaction summary still answers. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentsTheApiTest {

    @Test
    void theFourApisAreDocumented() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/scorecards/{id}/versions/{version}"))
                .body(containsString("/api/v1/evaluations/{id}/revisions"))
                .body(containsString("/api/v1/calibrations/{id}/evaluations"))
                .body(containsString("/api/v1/disputes/{id}/decision"))
                .body(containsString("Score items or override AutoQA results"));
    }

    @Test
    void theInteractionSummaryStillAnswers() {
        QaApi.as(QaApi.newTenant("summary"), "qa").get("/api/v1/qa/interactions/summary").then().statusCode(200)
                .body("awaitingReview", equalTo(0));
    }
}
