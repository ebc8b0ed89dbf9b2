package dev.opsdesk.routing.domain;

/** How the owner was picked (routing.assignment-decided {@code strategy}). */
public enum Strategy {
    DIRECT, ROUND_ROBIN, LEAST_LOADED, MERGE_OWNERSHIP, NONE
}
