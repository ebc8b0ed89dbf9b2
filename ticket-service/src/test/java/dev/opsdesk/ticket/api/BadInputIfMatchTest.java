package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An If-Match that is no ETag of ours is a 400 problem; one of an older or never-seen version is a 412; neither writes. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputIfMatchTest {

    /** Bodies each endpoint would accept for a fresh CrazySales ticket, so only the header is wrong. */
    private static final Map<Endpoint, String> ACCEPTABLE = Map.of(
            Endpoint.ADD_MESSAGE, "{\"body\":\"hello\"}",
            Endpoint.CHANGE_STATUS, "{\"status\":\"AWAITING_REPLY\",\"reply\":{\"body\":\"We are on it\"}}",
            Endpoint.ASSIGN, "{\"owner\":\"ana\"}",
            Endpoint.ADD_NOTE, "{\"templateId\":\"ticket-order-note\",\"fields\":{\"Order ID\":\"1001\",\"SKU\":\"S-1\"}}",
            Endpoint.CLASSIFY, "{\"topics\":[],\"orderId\":\"1001\"}",
            Endpoint.CLOSE, "{\"resolution\":\"CLOSED_NO_ACTION\"}",
            Endpoint.MERGE, "{\"sources\":[\"{source}\"]}");

    private static Target target;

    @Inject
    EntityManager em;

    static Stream<Arguments> invalid() {
        String[] values = {"abc", "W/\"x\"", "W/", "\"1\", \"2\"", "W/\"99999999999999999999\"", "W/\"1.5\"", "0x1"};
        return Arrays.stream(Endpoint.values()).filter(Endpoint::takesIfMatch)
                .flatMap(endpoint -> Arrays.stream(values).map(value -> Arguments.of(endpoint, value)));
    }

    @ParameterizedTest(name = "{0} with If-Match: {1}")
    @MethodSource("invalid")
    void anIfMatchThatIsNoETagIsA400Problem(Endpoint endpoint, String ifMatch) {
        target = target == null ? Target.fresh() : target;
        String source = Target.fresh().ticket();
        assertProblem(withoutWrites(em, target, () -> send(endpoint, ifMatch, source)), 400)
                .body("type", endsWith("/bad-request"));
    }

    static Stream<Arguments> stale() {
        String[] values = {"W/\"-1\"", "W/\"987654\"", "\"987654\""};
        return Arrays.stream(Endpoint.values()).filter(Endpoint::takesIfMatch)
                .flatMap(endpoint -> Arrays.stream(values).map(value -> Arguments.of(endpoint, value)));
    }

    @ParameterizedTest(name = "{0} with If-Match: {1}")
    @MethodSource("stale")
    void anIfMatchOfAnotherVersionIsA412Problem(Endpoint endpoint, String ifMatch) {
        target = target == null ? Target.fresh() : target;
        String source = Target.fresh().ticket();
        assertProblem(withoutWrites(em, target, () -> send(endpoint, ifMatch, source)), 412)
                .body("type", endsWith("/stale-version"));
    }

    /** {@code source} is a ticket MERGE could take, so that only the header is wrong there too. */
    private static Response send(Endpoint endpoint, String ifMatch, String source) {
        return as(TENANT, endpoint.role).header("If-Match", ifMatch).contentType("application/json")
                .body(ACCEPTABLE.get(endpoint).replace("{source}", source))
                .when().request(endpoint.method, endpoint.path(target));
    }
}
