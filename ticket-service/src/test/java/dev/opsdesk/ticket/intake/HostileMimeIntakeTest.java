package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.intake.config.IntakeConfig;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * 1,000 malformed or hostile messages (broken and missing boundaries, huge headers, unknown charsets,
 * zip bombs by size, deep nesting, NULs, no sender, broken base64, too many parts) over HTTP: no
 * 5xx, and each is either stored (with its repairs flagged) or rejected with a reason, none lost.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HostileMimeIntakeTest {

    private static final int COUNT = 1000;

    @Inject
    IntakeConfig config;

    @Test
    void everyHostileMessageIsStoredOrRejectedWithAReasonAndNoneAnswers5xx() {
        String tenant = newTenant("ozon");
        List<HostileMimeMessages.Hostile> messages = HostileMimeMessages.generate(COUNT, 4L, config.maxMessageBytes());
        Map<String, Integer> outcomes = new TreeMap<>();
        int stored = 0;
        int rejected = 0;
        for (HostileMimeMessages.Hostile message : messages) {
            ExtractableResponse<Response> response = IntakeFixtures.postMail(tenant, message.raw()).extract();
            int status = response.statusCode();
            assertTrue(status < 500, message.kind() + " answered " + status + ": " + response.body().asString());
            if (status == 201) {
                stored++;
                assertTrue(response.path("ticketId") != null && response.path("messageId") != null, message.kind());
                outcomes.merge(message.kind() + " → stored " + response.path("flags"), 1, Integer::sum);
            } else {
                rejected++;
                String type = response.path("type");
                assertTrue(type != null && type.startsWith("https://problems.opsdesk.dev/"), message.kind() + ": " + type);
                outcomes.merge(message.kind() + " → " + status + " " + type.substring(type.lastIndexOf('/') + 1), 1,
                        Integer::sum);
            }
        }
        System.out.println("hostile MIME outcomes (" + stored + " stored, " + rejected + " rejected):");
        outcomes.forEach((k, v) -> System.out.println("  " + v + " × " + k));
        assertEquals(COUNT, stored + rejected);
        // nothing lost: every stored one is recorded as stored, on a ticket message
        assertEquals(stored, IntakeQueries.inboundList(tenant, "outcome", "STORED").size());
        // every kind that must be refused was refused, every kind that can be repaired was stored
        assertEquals(100, count(outcomes, "huge-header → 413 header-too-large"));
        assertEquals(100, count(outcomes, "zip-bomb-by-size → 413 message-too-large"));
        assertEquals(100, count(outcomes, "deep-nesting → 422 too-deeply-nested"));
        assertEquals(100, count(outcomes, "many-parts → 422 too-many-parts"));
        assertEquals(100, count(outcomes, "no-sender → 422 no-sender"));
        assertEquals(500, stored);
    }

    private static int count(Map<String, Integer> outcomes, String key) {
        return outcomes.getOrDefault(key, 0);
    }
}
