package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;

/** The seed's status rules (R22–R28), read from the tenant's status definitions. */
final class StatusTransitionRules {

    private StatusTransitionRules() {
    }

    static StatusDef check(TenantTemplate template, Ticket ticket, StatusChangeRequest request) {
        StatusDef target = template.status(request.targetCode()).orElseThrow(() -> new RuleViolation(null, "status",
                "'" + request.targetCode() + "' is not a status of this tenant; use one of "
                        + template.statuses().stream().map(StatusDef::code).toList()));
        StatusDef current = template.status(ticket.status).orElse(null);
        if (target.systemOnly() && !request.bySystem()) {
            // R26, R27: New and the DSAT Open are set by the system only
            throw new RuleViolation(target.setByDsat() ? "R26" : "R27", "status",
                    "'" + target.label() + "' is set by the system, not by an agent");
        }
        if (target.requiresPublicReply() && !request.replyInSameUpdate()) {
            // R22 (Awaiting-Reply), R23 (In Progress): not without a reply in the same update
            String rule = target.category() == StatusCategory.WAITING_CUSTOMER ? "R22" : "R23";
            throw new RuleViolation(rule, "reply", "'" + target.label()
                    + "' can only be set together with a public reply to the customer");
        }
        boolean solving = target.category() == StatusCategory.SOLVED || target.category() == StatusCategory.SOLVED_EXTERNAL;
        if (solving && current != null && current.solvedRequiresStaffReplySinceEntered()
                && !request.staffRepliedSinceEntered() && !request.replyInSameUpdate()) {
            // R24 (from In Progress), R25 (from the DSAT Open)
            String rule = current.setByDsat() ? "R25" : "R24";
            throw new RuleViolation(rule, "reply", "a ticket in '" + current.label() + "' cannot become '"
                    + target.label() + "' before staff replied or updated the customer");
        }
        if (solving || target.category() == StatusCategory.CLOSED_NO_ACTION) {
            for (TenantTemplate.NoteTemplateDef note : template.noteTemplates() == null
                    ? java.util.List.<TenantTemplate.NoteTemplateDef>of() : template.noteTemplates()) {
                if (note.requiredBeforeClosingOrderTickets() && ticket.orderId != null
                        && !request.noteTemplatesPresent().contains(note.id())) {
                    // R16: an aftersales ticket (one with an order) has its Order ID / SKU note before closing
                    throw new RuleViolation(note.rule(), "notes", "a ticket with an order needs a '" + note.label()
                            + "' note before it is closed");
                }
            }
        }
        if (ticket.store != null && target.hiddenForStores() != null && target.hiddenForStores().contains(ticket.store)
                && !request.overriddenRules().contains("R28")) {
            // R28 (warn): Awaiting-Reply is not used for eBay tickets
            throw new RuleViolation("R28", "status", "'" + target.label() + "' is not used for " + ticket.store
                    + " tickets; override with a reason if you are sure", true);
        }
        if (!request.overriddenRules().isEmpty() && (request.overrideReason() == null || request.overrideReason().isBlank())) {
            throw new RuleViolation(null, "override.reason", "overriding a rule needs a reason");
        }
        return target;
    }
}
