package dev.opsdesk.ticket.domain.customer;

import dev.opsdesk.ticket.domain.RuleViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A normalised identity: e-mails lower-cased and trimmed, phones reduced to a leading + and
 * digits, social handles as {@code network:handle} lower-cased. Equal identities are the same
 * person to the tenant (A44), so every write and lookup goes through these rules.
 */
public record Identity(IdentityKind kind, String value) {

    public static final int MAX_EMAIL_LENGTH = 320;
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final Pattern NETWORK = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,31}");
    private static final int MAX_HANDLE_LENGTH = 100;

    public static Identity email(String raw) {
        return email(raw, "email");
    }

    public static Identity of(IdentityKind kind, String raw, String field) {
        return switch (kind) {
            case EMAIL -> email(raw, field);
            case PHONE -> phone(raw, field);
            case SOCIAL -> social(raw, field);
        };
    }

    public static Identity email(String raw, String field) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.length() > MAX_EMAIL_LENGTH
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw new RuleViolation(null, field, "'" + raw + "' is not an e-mail address");
        }
        return new Identity(IdentityKind.EMAIL, value);
    }

    public static Identity phone(String raw, String field) {
        String value = raw == null ? "" : raw.strip();
        String digits = value.replaceAll("[^0-9]", "");
        // E.164 allows at most 15 digits; fewer than 4 is no reachable number
        if (!PHONE_CHARACTERS.matcher(value).matches() || digits.length() < 4 || digits.length() > 15) {
            throw new RuleViolation(null, field, "'" + raw
                    + "' is not a phone number; use 4 to 15 digits, optionally with a leading + and spaces, dots, dashes or brackets");
        }
        return new Identity(IdentityKind.PHONE, (value.startsWith("+") ? "+" : "") + digits);
    }

    /** {@code network:handle}, e.g. {@code facebook:ana.s}. */
    public static Identity social(String networkAndHandle, String field) {
        int colon = networkAndHandle == null ? -1 : networkAndHandle.indexOf(':');
        if (colon < 0) {
            throw new RuleViolation(null, field, "'" + networkAndHandle + "' is not a social handle; use network:handle");
        }
        return social(networkAndHandle.substring(0, colon), networkAndHandle.substring(colon + 1), field);
    }

    public static Identity social(String network, String handle, String field) {
        String n = network == null ? "" : network.strip().toLowerCase(Locale.ROOT);
        String h = handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        if (!NETWORK.matcher(n).matches()) {
            throw new RuleViolation(null, field, "'" + network + "' is not a network name (letters, digits, _ . -)");
        }
        if (h.isEmpty() || h.length() > MAX_HANDLE_LENGTH || h.chars().anyMatch(Character::isWhitespace)) {
            throw new RuleViolation(null, field, "'" + handle + "' is not a handle (1 to 100 characters, no spaces)");
        }
        return new Identity(IdentityKind.SOCIAL, n + ":" + h);
    }
}
