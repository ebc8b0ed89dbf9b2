package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.customer.Identity;
import java.util.ArrayList;
import java.util.List;

/**
 * Who contacted us (A44): an e-mail (with a display name when the channel gives one), a phone
 * number or a social handle ({@code network:handle}); at least one identity. Values are normalised
 * the way customer identities are, so the requester names its customer.
 */
public record Requester(String email, String name, String phone, String social) {

    private static final int MAX_NAME_LENGTH = 200;

    public static Requester ofEmail(String email) {
        return new Requester(email, null, null, null);
    }

    /** The same requester with normalised identities; refuses one without any identity. */
    public Requester normalised() {
        String e = blankToNull(email) == null ? null : Identity.email(email, "requester.email").value();
        String p = blankToNull(phone) == null ? null : Identity.phone(phone, "requester.phone").value();
        String s = blankToNull(social) == null ? null : Identity.social(social, "requester.social").value();
        if (e == null && p == null && s == null) {
            throw new RuleViolation(null, "requester", "a requester needs an e-mail, a phone number or a social handle");
        }
        String n = blankToNull(name) == null ? null : name.strip();
        if (n != null && n.length() > MAX_NAME_LENGTH) {
            n = n.substring(0, MAX_NAME_LENGTH);
        }
        return new Requester(e, n, p, s);
    }

    /** The identities the customer is found by, most specific first (e-mail, phone, social). */
    public List<Identity> identities() {
        List<Identity> identities = new ArrayList<>();
        if (email != null) {
            identities.add(Identity.email(email, "requester.email"));
        }
        if (phone != null) {
            identities.add(Identity.phone(phone, "requester.phone"));
        }
        if (social != null) {
            identities.add(Identity.social(social, "requester.social"));
        }
        return identities;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
