package dev.opsdesk.ticket.domain.worklog;

/** How an outbound call ended (R3): only an answered call is a full voice contact. */
public enum CallOutcome {
    ANSWERED, UNANSWERED, VOICEMAIL, QUICK_CALL;

    public boolean answered() {
        return this == ANSWERED;
    }
}
