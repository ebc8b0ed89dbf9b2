package dev.opsdesk.routing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One link of a rule's fallback chain: exactly one of a role (A30), a named agent, or a group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleTarget(String role, String agent, String group) {

    public static RuleTarget ofRole(String role) {
        return new RuleTarget(role, null, null);
    }

    public static RuleTarget ofGroup(String group) {
        return new RuleTarget(null, null, group);
    }

    public static RuleTarget ofAgent(String agent) {
        return new RuleTarget(null, agent, null);
    }

    @JsonIgnore
    public boolean wellFormed() {
        int set = (role != null ? 1 : 0) + (agent != null ? 1 : 0) + (group != null ? 1 : 0);
        return set == 1 && !(role != null ? role : agent != null ? agent : group).isBlank();
    }

    /** "role:finance-owner", "agent:chelsea", "group:support-queue". */
    public String describe() {
        return role != null ? "role:" + role : agent != null ? "agent:" + agent : "group:" + group;
    }
}
