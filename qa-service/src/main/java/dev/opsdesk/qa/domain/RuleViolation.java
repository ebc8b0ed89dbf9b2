package dev.opsdesk.qa.domain;

/**
 * A request that breaks a rule: {@code slug} is the problem type, {@code rule} the DOMAIN.md rule (or
 * null), {@code field} the request field at fault. Nothing is stored.
 */
public class RuleViolation extends RuntimeException {

    private final String slug;
    private final String rule;
    private final String field;

    public RuleViolation(String slug, String rule, String field, String message) {
        super(message);
        this.slug = slug;
        this.rule = rule;
        this.field = field;
    }

    public String slug() {
        return slug;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
