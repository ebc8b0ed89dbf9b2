package dev.opsdesk.benchmark.fault;

import static dev.opsdesk.benchmark.fault.Answers.accepted;
import static dev.opsdesk.benchmark.fault.Answers.failed;
import static dev.opsdesk.benchmark.fault.Answers.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void answersAreCountedByWhatTheClientSaw() {
        assertEquals(Answer.Kind.ACCEPTED, accepted(1, 0, 5).kind());
        assertEquals(Answer.Kind.REFUSED_503, status(2, 0, 5, 503).kind());
        assertEquals(Answer.Kind.CLIENT_ERROR_4XX, status(3, 0, 5, 429).kind());
        assertEquals(Answer.Kind.SERVER_ERROR_5XX, status(4, 0, 5, 500).kind());
        assertEquals(Answer.Kind.TIMEOUT, failed(5, 0, 10_000, "HttpTimeoutException: request timed out").kind());
        assertEquals(Answer.Kind.NO_CONNECTION, failed(6, 0, 1, "ConnectException: Connection refused").kind());
    }

    @Test
    void onlyA2xxWithATicketIdIsAnAcceptedTicket() {
        assertTrue(accepted(1, 0, 5).accepted());
        assertFalse(new Answer(2, 0, 5, 201, null, false, null).accepted());
        assertFalse(status(3, 0, 5, 503).accepted());
    }
}
