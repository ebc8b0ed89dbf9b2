package dev.opsdesk.routing.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A target considered before the chosen one, and why it was skipped; agentId names the person behind a role. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fallback(String target, SkipReason reason, String agentId) {

    String describe() {
        return target + (agentId == null ? "" : " (" + agentId + ")") + " " + reason;
    }
}
