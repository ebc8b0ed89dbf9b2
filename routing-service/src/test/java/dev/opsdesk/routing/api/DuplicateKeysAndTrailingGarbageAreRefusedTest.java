package dev.opsdesk.routing.api;

import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Found by the fuzz test (docs/fuzz/README.md): a key given twice was read as its last value, and text after the JSON value was ignored; both are 400s now. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DuplicateKeysAndTrailingGarbageAreRefusedTest {

    @Test
    void aKeyGivenTwiceOrTextAfterTheValueIsAMalformedBodyAndChangesNothing() {
        RoutingApi api = RoutingApi.tenant("dup", "default");
        api.agent("ann", "default", Map.of("*", 2));
        api.supervisor().body("{\"presence\":\"ONLINE\",\"presence\":\"OFFLINE\"}")
                .put(RoutingApi.BASE + "/agents/ann/availability").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
        api.supervisor().get(RoutingApi.BASE + "/agents/ann").then().statusCode(200)
                .body("presence", org.hamcrest.Matchers.not("ONLINE"));
        api.supervisor().body("{\"presence\":\"ONLINE\"} {\"presence\":\"OFFLINE\"}")
                .put(RoutingApi.BASE + "/agents/ann/availability").then().statusCode(400)
                .body("type", endsWith("/malformed-json"));
        api.supervisor().get(RoutingApi.BASE + "/agents/ann").then().statusCode(200)
                .body("presence", org.hamcrest.Matchers.not("ONLINE"));
    }
}
