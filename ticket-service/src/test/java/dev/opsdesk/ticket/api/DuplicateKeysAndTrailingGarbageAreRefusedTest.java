package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Found by the fuzz test (docs/fuzz/README.md): a key given twice was read as its last value, and text after the JSON value was ignored; both are 400s now. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DuplicateKeysAndTrailingGarbageAreRefusedTest {

    @Inject
    EntityManager em;

    @Test
    void aKeyGivenTwiceIsAMalformedBodyAndWritesNothing() {
        Target target = Target.fresh();
        String body = "{\"channel\":\"EMAIL\",\"subject\":\"Hi\",\"subject\":\"Other\","
                + "\"requester\":{\"email\":\"dup@example.com\",\"email\":\"other@example.com\"}}";
        assertProblem(withoutWrites(em, target, () -> send(Endpoint.CREATE_TICKET, target, body)), 400)
                .body("type", endsWith("/malformed-json"));
        assertProblem(withoutWrites(em, target, () -> send(Endpoint.ASSIGN, target, "{\"owner\":\"a\",\"owner\":\"b\"}")), 400)
                .body("type", endsWith("/malformed-json"));
    }

    @Test
    void textAfterTheJsonValueIsAMalformedBodyAndWritesNothing() {
        Target target = Target.fresh();
        for (String garbage : new String[] {"}", " {}", "x", ",\"owner\":\"b\"}"}) {
            assertProblem(withoutWrites(em, target, () -> send(Endpoint.ASSIGN, target, "{\"owner\":\"a\"}" + garbage)), 400)
                    .body("type", endsWith("/malformed-json"));
        }
    }
}
