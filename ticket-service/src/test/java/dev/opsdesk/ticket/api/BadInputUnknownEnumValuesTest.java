package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_IDENTITY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_MESSAGE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_NOTE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CHANGE_STATUS;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLASSIFY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLOSE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_ON_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_WITHOUT_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.SURVEY;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertClientProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value outside a closed list is refused and writes nothing: a Java enum's unknown constant is a
 * 400 naming the field; a code the tenant's template does not know is a 4xx problem too.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputUnknownEnumValuesTest {

    private static Target target;

    @Inject
    EntityManager em;

    static Stream<Arguments> unknownEnumConstants() {
        return Stream.of(
                Arguments.of(ADD_MESSAGE, "authorType", "{\"authorType\":\"ROBOT\",\"body\":\"hello\"}"),
                Arguments.of(ADD_MESSAGE, "visibility", "{\"visibility\":\"public\",\"body\":\"hello\"}"),
                Arguments.of(SURVEY, "rating", "{\"rating\":\"MEH\"}"),
                Arguments.of(CLOSE, "spamKind", "{\"resolution\":\"CLOSED_NO_ACTION\",\"spamKind\":\"PHISHING\"}"),
                Arguments.of(LOG_ON_TICKET, "callOutcome",
                        "{\"taskCategory\":\"Voice (Outbound)\",\"durationSeconds\":60,\"callOutcome\":\"HUNG_UP\"}"),
                Arguments.of(LOG_WITHOUT_TICKET, "callOutcome",
                        "{\"taskCategory\":\"Voice (Outbound)\",\"durationSeconds\":60,\"callOutcome\":\"answered\"}"),
                Arguments.of(ADD_IDENTITY, "kind", "{\"kind\":\"FAX\",\"value\":\"+61 2 9999 0000\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownEnumConstants")
    void anUnknownEnumConstantIsA400ProblemNamingTheField(Endpoint endpoint, String field, String body) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> send(endpoint, target, body)), 400)
                .body("type", endsWith("/malformed-json"))
                .body("detail", containsString("'" + field + "'"));
    }

    static Stream<Arguments> unknownTenantCodes() {
        return Stream.of(
                Arguments.of(CREATE_TICKET, "channel",
                        "{\"channel\":\"PIGEON\",\"subject\":\"Hi\",\"requester\":{\"email\":\"enum@example.com\"}}"),
                Arguments.of(CREATE_TICKET, "store",
                        "{\"channel\":\"EMAIL\",\"subject\":\"Hi\",\"store\":\"Mars\",\"requester\":{\"email\":\"enum@example.com\"}}"),
                Arguments.of(CHANGE_STATUS, "status", "{\"status\":\"ON_FIRE\"}"),
                Arguments.of(ADD_NOTE, "templateId", "{\"templateId\":\"no-such-note\",\"fields\":{\"Issue\":\"x\"}}"),
                Arguments.of(CLASSIFY, "topics", "{\"topics\":[\"No such topic\"]}"),
                Arguments.of(CLOSE, "resolution", "{\"resolution\":\"VANISHED\"}"),
                Arguments.of(LOG_ON_TICKET, "taskCategory", "{\"taskCategory\":\"Napping\",\"durationSeconds\":60}"),
                Arguments.of(CREATE_TENANT, "template", "{\"id\":\"enum-t\",\"name\":\"Enum\",\"template\":\"no-such-template\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownTenantCodes")
    void aCodeTheTenantDoesNotKnowIsAClientProblem(Endpoint endpoint, String field, String body) {
        target = target == null ? Target.fresh() : target;
        assertClientProblem(withoutWrites(em, target, () -> send(endpoint, target, body)));
    }
}
