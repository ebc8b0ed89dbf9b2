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

/**
 * Found by the fuzz test (docs/fuzz/README.md, routing-service): leading NUL bytes make Jackson read
 * the body as UTF-32, and what follows is no UTF-32 character: a CharConversionException, then a 500.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NulPrefixedBodiesAreA400NotA500Test {

    @Inject
    EntityManager em;

    @Test
    void aBodyThatIsNoTextInItsApparentEncodingIsAMalformedBodyAndWritesNothing() {
        Target target = Target.fresh();
        for (String body : new String[] {"\u0000\u0000\u0000\u0000{\"owner\":\"a\"}", "\u0000\u0000\u0000{\"owner\":\"a\"}"}) {
            assertProblem(withoutWrites(em, target, () -> send(Endpoint.ASSIGN, target, body)), 400)
                    .body("type", endsWith("/malformed-json"));
        }
    }
}
