package dev.opsdesk.benchmark.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IntakeRequestsTest {

    @Test
    void theBodyIsAnEmailIntakeWhoseSubjectCarriesTheRunAndRequestersCycleThroughThePool() throws Exception {
        JsonNode body = new ObjectMapper().readTree(IntakeRequests.body("run-7", 12_345, 1000));

        assertEquals("EMAIL", body.path("channel").asText());
        assertTrue(body.path("subject").asText().startsWith(IntakeRequests.subjectMarker("run-7")));
        assertEquals("benchmark run-7 #12345", body.path("subject").asText());
        assertEquals("bench-345@example.com", body.path("requester").path("email").asText());
    }

    @Test
    void theFaultTestsRequestsCarryTheirNumberInSubjectAndIdempotencyKeySoARetryIsTheSameRequest() throws Exception {
        JsonNode body = new ObjectMapper().readTree(IntakeRequests.body("fault", "run-8", 42, 1000));

        assertEquals("fault run-8 #42", body.path("subject").asText());
        assertEquals("run-8-42", IntakeRequests.idempotencyKey("run-8", 42));
        assertEquals(IntakeRequests.body("fault", "run-8", 42, 1000), IntakeRequests.body("fault", "run-8", 42, 1000));
    }
}
