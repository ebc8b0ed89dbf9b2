package dev.opsdesk.ticket.domain.worklog;

import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.CLOSED_OR_MERGED;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.ESCALATED_CASES;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.KAYAKO_TICKETS;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.TaskCategoryDef;
import java.util.UUID;

/**
 * eBay-case deduplication (DOMAIN.md §3.2): the work on an eBay case is logged once, under
 * {@code Special Stores (Escalated Cases)}. The ticket that escalated log was made on is the case's
 * ticket; every other ticket of the same case is an extra ticket.
 */
final class EbayCaseRules {

    private EbayCaseRules() {
    }

    static void check(TaskCatalogue catalogue, TaskCategoryDef category, UUID ticketId, String caseId,
                      EbayCaseHistory history) {
        if (caseId == null) {
            return;
        }
        String label = category.label();
        if (label.equals(KAYAKO_TICKETS) && catalogue.has(ESCALATED_CASES)) {
            // R8: Kayako Tickets is never used for the ticket of an eBay case
            throw new RuleViolation("R8", "taskCategory", "this work belongs to eBay case " + caseId
                    + ": 'Kayako Tickets' is not used for eBay cases; the case is logged as '" + ESCALATED_CASES + "'");
        }
        if (!history.escalated()) {
            return;
        }
        boolean extraTicket = ticketId != null && !ticketId.equals(history.escalatedOnTicket());
        if (!extraTicket) {
            // R6: once the case work is logged, its ticket is not logged separately
            throw new RuleViolation("R6", "ebayCaseId", "eBay case " + caseId + " is already logged as '"
                    + ESCALATED_CASES + "'; its ticket is not logged separately");
        }
        if (!label.equals(CLOSED_OR_MERGED) && catalogue.has(CLOSED_OR_MERGED)) {
            // R7: the other tickets of one eBay case are closed and logged as Closed (No Action) / Merged Ticket
            throw new RuleViolation("R7", "taskCategory", "eBay case " + caseId
                    + " is already logged on another ticket; this extra ticket is logged as '" + CLOSED_OR_MERGED + "'");
        }
    }
}
