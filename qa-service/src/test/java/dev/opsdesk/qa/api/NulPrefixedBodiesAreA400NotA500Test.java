package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz test (docs/fuzz/README.md, routing-service): leading NUL bytes make Jackson read
 * the body as UTF-32, and what follows is no UTF-32 character: a 500. It is a 400 now.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NulPrefixedBodiesAreA400NotA500Test {

    @Test
    void aBodyThatIsNoTextInItsApparentEncodingIsAMalformedBody() {
        String tenant = QaApi.newTenant("nul");
        as(tenant, "qa").body("\u0000\u0000\u0000\u0000{\"ticketId\":\"x\",\"items\":[]}").post("/api/v1/evaluations")
                .then().statusCode(400).body("type", endsWith("/malformed-json"));
    }
}
