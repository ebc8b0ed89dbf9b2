package dev.opsdesk.ticket.intake.domain.call;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.worklog.CallOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a logged call writes: the task category (R3), the voice backend note (R15, A34) or
 * Festival's "log a call" (R129, R130), each only where the tenant's catalogue / note formats have it.
 */
public final class CallRules {

    public static final String VOICE_INBOUND = "Voice (Inbound)";
    public static final String VOICE_OUTBOUND = "Voice (Outbound)";
    public static final String VOICEMAIL_OR_QUICK_CALL = "Voice (Voicemail / Quick Call)";
    static final String VOICE_NOTE = "backend-note-voice";
    static final String LOG_A_CALL = "log-a-call";
    public static final String RECAP_TEMPLATE = "recap-email";

    private CallRules() {
    }

    public enum Direction { INBOUND, OUTBOUND }

    /**
     * R3: an answered outbound call is Voice (Outbound) (12 min); an unanswered one, a voicemail or a
     * quick call is Voice (Voicemail / Quick Call) (2 min); an answered incoming call is Voice (Inbound).
     */
    public static String taskCategory(Direction direction, CallOutcome outcome) {
        if (!outcome.answered()) {
            return VOICEMAIL_OR_QUICK_CALL;
        }
        return direction == Direction.OUTBOUND ? VOICE_OUTBOUND : VOICE_INBOUND;
    }

    /** R15, A34: {@code inbound call (<phone>)}, or {@code outbound call (<phone>)} by analogy. */
    public static String source(Direction direction, String phone) {
        return (direction == Direction.INBOUND ? "inbound" : "outbound") + " call (" + phone + ")";
    }

    /** The note a call leaves on its ticket, as template id and fields, when the tenant has such a format. */
    public record CallNote(String templateId, Map<String, String> fields) {
    }

    public static Optional<CallNote> note(TenantTemplate rules, Direction direction, String phone, String issue,
                                          String resolution, String pertinent) {
        if (rules.noteTemplate(VOICE_NOTE).isPresent()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Complaint/Inquiry Source", source(direction, phone)); // R15
            putIfPresent(fields, "Issue", issue);
            putIfPresent(fields, "Resolution/Recommendation", resolution);
            return Optional.of(new CallNote(VOICE_NOTE, fields));
        }
        if (rules.noteTemplate(LOG_A_CALL).isPresent()) {
            // R129, R130: issues, results and pertinent information of the call, on the case
            Map<String, String> fields = new LinkedHashMap<>();
            putIfPresent(fields, "Issues", issue);
            putIfPresent(fields, "Results", resolution);
            putIfPresent(fields, "Pertinent information", pertinent);
            return Optional.of(new CallNote(LOG_A_CALL, fields));
        }
        return Optional.empty();
    }

    /** A36: the recap is due after an aftersales call with an order, where the tenant has the R17 template. */
    public static boolean recapDue(TenantTemplate rules, boolean aftersales, String orderId, CallOutcome outcome) {
        return aftersales && orderId != null && outcome.answered() && rules.messageTemplate(RECAP_TEMPLATE).isPresent();
    }

    private static void putIfPresent(Map<String, String> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(label, value.strip());
        }
    }
}
