package dev.opsdesk.routing.domain;

/**
 * A tenant rule refused the change (422). {@code rule} is the DOMAIN.md rule number; an
 * {@code overridable} violation is a warn-level rule (G4) the caller may override with a reason.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;
    private final boolean overridable;

    public RuleViolation(String rule, String field, String detail, boolean overridable) {
        super(detail);
        this.rule = rule;
        this.field = field;
        this.overridable = overridable;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public boolean overridable() {
        return overridable;
    }
}
