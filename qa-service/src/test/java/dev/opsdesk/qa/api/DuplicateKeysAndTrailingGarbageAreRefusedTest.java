package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Found by the fuzz test (docs/fuzz/README.md): a key given twice was read as its last value, and text after the JSON value was ignored; both are 400s now. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DuplicateKeysAndTrailingGarbageAreRefusedTest {

    @Test
    void aKeyGivenTwiceOrTextAfterTheValueIsAMalformedBody() {
        String tenant = QaApi.newTenant("dup");
        as(tenant, "qa").body("{\"ticketId\":\"" + UUID.randomUUID() + "\",\"ticketId\":\"" + UUID.randomUUID()
                + "\",\"items\":[]}").post("/api/v1/evaluations").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
        as(tenant, "admin").body("{\"id\":\"dup-card\",\"id\":\"other-card\"}").post("/api/v1/scorecards").then()
                .statusCode(400).body("type", endsWith("/malformed-json"));
        as(tenant, "admin").body("{\"id\":\"dup-card\"}}").post("/api/v1/scorecards").then()
                .statusCode(400).body("type", endsWith("/malformed-json"));
    }
}
