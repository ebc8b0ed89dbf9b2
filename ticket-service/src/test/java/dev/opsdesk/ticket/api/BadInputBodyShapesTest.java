package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies that are no request at all (empty, {}, null, a scalar, an array, broken, too deeply nested)
 * are 400 problems on every endpoint, and a body that is not JSON is a 415; none writes anything.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputBodyShapesTest {

    private static final String DEEP_ARRAYS = "[".repeat(100_000) + "]".repeat(100_000);
    private static final String DEEP_OBJECTS = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);

    private static Target target;

    @Inject
    EntityManager em;

    static Stream<Arguments> shapes() {
        String[][] shapes = {
                {"no body", null},
                {"empty object", "{}"},
                {"JSON null", "null"},
                {"a string", "\"hello\""},
                {"a number", "42"},
                {"an array", "[]"},
                {"an array of an object", "[{}]"},
                {"broken JSON", "{\"a\": "},
                {"deeply nested arrays", DEEP_ARRAYS},
                {"deeply nested objects", DEEP_OBJECTS},
                {"deep nesting in an unknown field", "{\"unknown\":" + DEEP_ARRAYS + "}"},
        };
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(shapes).map(shape -> Arguments.of(endpoint, shape[0], shape[1])));
    }

    static Stream<Endpoint> endpoints() {
        return Arrays.stream(Endpoint.values());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("shapes")
    void aBodyThatIsNoRequestIsA400ProblemAndWritesNothing(Endpoint endpoint, String what, String body) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> send(endpoint, target, body)), 400)
                .body("type", anyOf(endsWith("/malformed-json"), endsWith("/validation-failed"),
                        endsWith("/bad-request")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aBodyThatIsNotJsonIsA415ProblemAndWritesNothing(Endpoint endpoint) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> as(TENANT, endpoint.role).contentType("text/plain")
                .body("{\"body\":\"hello\"}").when().request(endpoint.method, endpoint.path(target))), 415)
                .body("type", endsWith("/unsupported-media-type"));
    }
}
