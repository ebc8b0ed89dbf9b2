package dev.opsdesk.ticket.domain.worklog;

import java.util.UUID;

/**
 * What was logged for one eBay case before (R6, R7): whether its work was logged as
 * {@code Special Stores (Escalated Cases)}, and on which ticket (null when logged without one).
 */
public record EbayCaseHistory(boolean escalated, UUID escalatedOnTicket) {

    public static final EbayCaseHistory NONE = new EbayCaseHistory(false, null);
}
