package dev.opsdesk.benchmark.fault;

/**
 * The answer to one intake request: HTTP status (0 when none came), the ticket id of a 2xx (and
 * whether it was an earlier request's: Idempotent-Replayed), or the failure; times on the load
 * generator's clock (nanoseconds).
 */
public record Answer(long sequence, long intendedNanos, long doneNanos, int status, String ticketId,
                     boolean replayed, String failure) {

    /** How the intake answered, as the report counts it. */
    public enum Kind {
        ACCEPTED, REFUSED_503, CLIENT_ERROR_4XX, SERVER_ERROR_5XX, TIMEOUT, NO_CONNECTION
    }

    public Kind kind() {
        if (status / 100 == 2) {
            return Kind.ACCEPTED;
        }
        if (status == 503) {
            return Kind.REFUSED_503;
        }
        if (status / 100 == 4) {
            return Kind.CLIENT_ERROR_4XX;
        }
        if (status != 0) {
            return Kind.SERVER_ERROR_5XX;
        }
        return failure != null && failure.contains("Timeout") ? Kind.TIMEOUT : Kind.NO_CONNECTION;
    }

    public boolean accepted() {
        return kind() == Kind.ACCEPTED && ticketId != null;
    }
}
