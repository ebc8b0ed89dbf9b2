package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import java.util.List;

/** §7.4 case origin (R125–R128): the origin a case must carry follows from its channel. */
final class OriginRules {

    private OriginRules() {
    }

    static String originFor(TenantTemplate rules, NewTicket request) {
        List<String> origins = rules.caseOrigins() == null ? List.of() : rules.caseOrigins();
        if (origins.isEmpty()) {
            if (request.origin() != null) {
                throw new RuleViolation(null, "origin", "this tenant does not record a case origin");
            }
            return null;
        }
        if (request.origin() != null && !origins.contains(request.origin())) {
            throw new RuleViolation(null, "origin", "'" + request.origin() + "' is not one of " + origins);
        }
        TenantTemplate.OriginRule expected = rules.originByChannel() == null ? null
                : rules.originByChannel().get(request.channel());
        if (expected == null) {
            return request.origin();
        }
        if (request.origin() != null && !request.origin().equals(expected.origin())) {
            // R125 (phone → Phone), R126 (generated → we generated), R127/R128 (e-mail → email)
            String rule = request.relatedTo() != null && "email".equals(expected.origin()) ? "R128" : expected.rule();
            throw new RuleViolation(rule, "origin", "a case that came by " + request.channel() + " has origin '"
                    + expected.origin() + "'");
        }
        return expected.origin();
    }
}
