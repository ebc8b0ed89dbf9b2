package dev.opsdesk.routing.api;

import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz test (docs/fuzz/README.md, cases 954 and 1496 of seed 20261201): leading NUL bytes
 * make Jackson read the body as UTF-32, and what follows is no UTF-32 character: a 500. It is a 400 now.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NulPrefixedBodiesAreA400NotA500Test {

    @Test
    void aBodyThatIsNoTextInItsApparentEncodingIsAMalformedBody() {
        RoutingApi api = RoutingApi.tenant("nul", "default");
        api.agent("ann", "default", Map.of("*", 2));
        api.supervisor().body("\u0000\u0000\u0000\u0000{\"capacity\":{\"EMAIL\":3}}")
                .put(RoutingApi.BASE + "/agents/ann/capacity").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
        api.supervisor().body("{\u0000\u0000\u0000\"note\":\"seen\"}")
                .post(RoutingApi.BASE + "/alerts/" + UUID.randomUUID() + "/acknowledge").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
    }
}
