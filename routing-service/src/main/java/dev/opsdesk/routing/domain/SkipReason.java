package dev.opsdesk.routing.domain;

/** Why a target of a rule's chain was passed over (routing.assignment-decided {@code fallbacksTried[].reason}). */
public enum SkipReason {
    OUT_OF_OFFICE,
    OFFLINE,
    AWAY,
    OFF_SHIFT,
    /** R112: the agent asked for a break or another activity; no new ticket is pushed. */
    PENDING_AVAILABILITY_CHANGE,
    AT_CAPACITY,
    NO_CAPACITY_FOR_CHANNEL,
    MISSING_SKILL,
    NO_HOLDER,
    UNKNOWN_AGENT,
    UNKNOWN_GROUP,
    NO_ELIGIBLE_MEMBER,
    RULE_NOT_EFFECTIVE,
    /** The ticket is being moved away from this agent (SLA escalation). */
    EXCLUDED
}
