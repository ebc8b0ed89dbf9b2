package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.TicketRequests.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** R125–R128: the Case Origin follows from how the case came in. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R125R128CaseOriginTest {

    private static ValidatableResponse create(String channel, String origin, String relatedTo) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "subject", "Case",
                "requester", Map.of("email", "origin@example.org")));
        if (origin != null) {
            body.put("origin", origin);
        }
        if (relatedTo != null) {
            body.put("relatedTo", relatedTo);
        }
        return given().header("Authorization", TestTokens.bearer("festival", "agent")).contentType("application/json")
                .body(body).when().post("/api/v1/tickets").then();
    }

    @ParameterizedTest(name = "{0}: a {1} case has origin ''{2}''")
    @CsvSource({"R125, PHONE, Phone", "R126, WE_GENERATED, we generated", "R127, EMAIL, email"})
    void theOriginOfEachChannelIsAcceptedAndDerivedWhenMissing(String rule, String channel, String origin) {
        String stated = create(channel, origin, null).statusCode(201).extract().path("id");
        get("festival", stated).body("origin", equalTo(origin));
        String derived = create(channel, null, null).statusCode(201).extract().path("id");
        get("festival", derived).body("origin", equalTo(origin));
    }

    @ParameterizedTest(name = "{0}: a {1} case cannot have origin ''{2}''")
    @CsvSource({"R125, PHONE, email", "R126, WE_GENERATED, Phone", "R127, EMAIL, we generated"})
    void aContradictingOriginIsRejected(String rule, String channel, String origin) {
        create(channel, origin, null).statusCode(422).body("rule", equalTo(rule));
    }

    @Test
    void r128_anUnrelatedQuestionInAReplyBecomesANewEmailCaseLinkedToTheEarlierOne() {
        String earlier = createId("festival", "EMAIL", "Submission fee", "origin@example.org");
        String later = create("EMAIL", "email", earlier).statusCode(201).extract().path("id");
        get("festival", later).body("relatedTo", equalTo(earlier)).body("origin", equalTo("email"));
        create("EMAIL", "Phone", earlier).statusCode(422).body("rule", equalTo("R128"));
    }
}
