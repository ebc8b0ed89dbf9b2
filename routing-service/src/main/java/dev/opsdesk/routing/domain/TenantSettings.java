package dev.opsdesk.routing.domain;

import java.util.List;
import java.util.Map;

/**
 * A tenant's routing settings (data, from its routing template; editable per tenant).
 *
 * @param defaultGroup       the queue new tickets wait in
 * @param unmatched          what happens to a ticket no rule matches: ROUTE by the default group's strategy, or
 *                           QUEUE it for an agent to accept (Festival, R123)
 * @param awaitClassification R117: rules route a ticket only once its case type and case reason are set
 * @param caseTypes          the topics that are case types (Festival: finance-related, festival-related; A31)
 * @param defaultCapacity    capacity per channel of agents without their own ("*" = any other channel)
 * @param capacityReleasedIn status categories in which an owned ticket no longer takes capacity
 * @param endOfDay           A32: unresponded tickets go back to the queue at the owner's shift end + grace
 * @param spikes             A28, A29 thresholds
 * @param acknowledgeAlertsBeforeAssigning R116: an agent acknowledges a volume alert before assigning (warn)
 * @param timeZone           the zone of "same weekday and hour" (A28)
 */
public record TenantSettings(String defaultGroup, Unmatched unmatched, boolean awaitClassification,
                             List<String> caseTypes, Map<String, Integer> defaultCapacity,
                             List<StatusCategory> capacityReleasedIn, EndOfDay endOfDay, Spikes spikes,
                             boolean acknowledgeAlertsBeforeAssigning, String timeZone) {

    public enum Unmatched { ROUTE, QUEUE }

    /**
     * A32: the job runs at each agent's shift end + {@code graceMinutes}, and, with {@code onLogOff},
     * when the agent logs off (goes OFFLINE). A ticket counts as responded after a public staff reply,
     * a public comment, or a note in one of {@code respondedNotes} (the tenant's logged-call formats).
     */
    public record EndOfDay(boolean enabled, int graceMinutes, Boolean onLogOff, List<String> respondedNotes) {

        public EndOfDay(boolean enabled, int graceMinutes) {
            this(enabled, graceMinutes, false, List.of());
        }

        public boolean requeuesOnLogOff() {
            return enabled && Boolean.TRUE.equals(onLogOff);
        }

        /** A32: a public comment or a logged call is a response. */
        public boolean isResponse(String noteTemplate, boolean publicNote) {
            return publicNote || respondedNotes != null && respondedNotes.contains(noteTemplate);
        }
    }

    /**
     * A28: a queue is unusually large above max(volumeAbsolute, volumeFactor × trailing median of the
     * same weekday and hour over trailingWeeks). A29: patternMinCases tickets with the same normalised
     * subject or sender domain within patternWindowMinutes.
     */
    public record Spikes(int volumeAbsolute, double volumeFactor, int trailingWeeks, int patternMinCases,
                         int patternWindowMinutes, boolean senderDomains, List<String> ignoredSenderDomains,
                         String recipientRole) {
    }

    public boolean releasesCapacity(StatusCategory category) {
        return capacityReleasedIn != null && capacityReleasedIn.contains(category);
    }
}
