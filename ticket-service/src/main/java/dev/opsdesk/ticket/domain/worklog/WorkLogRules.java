package dev.opsdesk.ticket.domain.worklog;

import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.CLOSED_OR_MERGED;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.COURIER_NON_VOICE;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.COURIER_VOICE;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.CROSS_DEPARTMENT_NON_VOICE;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.CROSS_DEPARTMENT_VOICE;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.KAYAKO_TICKETS;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.VOICEMAIL_OR_QUICK_CALL;
import static dev.opsdesk.ticket.domain.worklog.TaskCatalogue.VOICE_OUTBOUND;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ChannelDef;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ChannelKind;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.TaskCategoryDef;
import java.util.Set;

/** The work-log rules R1, R3–R10 of DOMAIN.md §9.1, read against the tenant's catalogue. */
final class WorkLogRules {

    static final String RESOLVED_EXTERNAL = "RESOLVED_EXTERNAL";
    private static final String EBAY_STORE = "eBay";
    // R4, R5 name voice contacts that are outbound calls too, so an answered call may be logged under them
    private static final Set<String> ANSWERED_CALLS = Set.of(VOICE_OUTBOUND, CROSS_DEPARTMENT_VOICE, COURIER_VOICE);

    private WorkLogRules() {
    }

    /** The catalogue row, channel and sub-category a work item is logged with. */
    record Decision(TaskCategoryDef category, ChannelDef channel, String subCategory) {
    }

    /** {@code ticket} is null for work without a ticket; {@code caseId} is the eBay case the work belongs to. */
    static Decision check(TenantTemplate template, Ticket ticket, WorkItem item, String caseId, EbayCaseHistory history) {
        TaskCatalogue catalogue = TaskCatalogue.of(template);
        TaskCategoryDef category = catalogue.find(item.taskCategory());
        ChannelDef channel = channelOf(template, ticket, item.channel());
        checkCallOutcome(catalogue, category, item.callOutcome());
        checkVoice(catalogue, category, channel);
        EbayCaseRules.check(catalogue, category, ticket == null ? null : ticket.id, caseId, history);
        checkClosedWithoutReply(catalogue, category, ticket);
        boolean ebay = caseId != null || ticket != null && EBAY_STORE.equalsIgnoreCase(ticket.store);
        return new Decision(category, channel, subCategoryOf(catalogue, category, ticket, item.subCategory(), ebay));
    }

    /** The work item's channel: the one asked for, else the ticket's; null when neither is known. */
    private static ChannelDef channelOf(TenantTemplate template, Ticket ticket, String requested) {
        String code = requested != null ? requested : ticket == null ? null : ticket.channel;
        if (code == null) {
            return null;
        }
        return template.channel(code).orElseThrow(() -> new RuleViolation(null, "channel", "'" + code
                + "' is not a channel of this tenant; use one of "
                + template.channels().stream().map(ChannelDef::code).toList()));
    }

    private static void checkCallOutcome(TaskCatalogue catalogue, TaskCategoryDef category, CallOutcome outcome) {
        if (outcome == null || !catalogue.has(VOICE_OUTBOUND) || !catalogue.has(VOICEMAIL_OR_QUICK_CALL)) {
            return;
        }
        boolean matches = outcome.answered() ? ANSWERED_CALLS.contains(category.label())
                : category.label().equals(VOICEMAIL_OR_QUICK_CALL);
        if (!matches) {
            // R3: answered outbound call = Voice (Outbound); unanswered, voicemail or quick call = Voice (Voicemail / Quick Call)
            throw new RuleViolation("R3", "taskCategory", "an outbound call with outcome " + outcome + " is logged as '"
                    + (outcome.answered() ? VOICE_OUTBOUND : VOICEMAIL_OR_QUICK_CALL) + "', not '" + category.label() + "'");
        }
    }

    private static void checkVoice(TaskCatalogue catalogue, TaskCategoryDef category, ChannelDef channel) {
        if (category.voice() == null || channel == null) {
            return;
        }
        boolean voiceChannel = channel.kind() == ChannelKind.VOICE;
        if (category.voice() == voiceChannel) {
            return;
        }
        // R4 (Cross Department Request), R5 (Courier Inquiry), otherwise R1: voice work under a voice category
        // only, non-voice work under a non-voice one; a category without voice accepts any channel (A40)
        String label = category.label();
        String rule = Set.of(CROSS_DEPARTMENT_VOICE, CROSS_DEPARTMENT_NON_VOICE).contains(label) ? "R4"
                : Set.of(COURIER_VOICE, COURIER_NON_VOICE).contains(label) ? "R5" : "R1";
        String hint = catalogue.counterpart(label).map(other -> "; log it as '" + other + "'").orElse("");
        throw new RuleViolation(rule, "taskCategory", "'" + label + "' is a " + (category.voice() ? "voice" : "non-voice")
                + " category but the work was done on " + channel.code() + ", a " + (voiceChannel ? "voice" : "non-voice")
                + " channel" + hint);
    }

    private static void checkClosedWithoutReply(TaskCatalogue catalogue, TaskCategoryDef category, Ticket ticket) {
        if (ticket == null || ticket.statusCategory != StatusCategory.CLOSED_NO_ACTION || !catalogue.has(CLOSED_OR_MERGED)
                || category.label().equals(CLOSED_OR_MERGED)) {
            return;
        }
        // R10: a ticket closed without a reply is logged as Closed (No Action) / Merged Ticket
        throw new RuleViolation("R10", "taskCategory", "the ticket was closed without a reply (" + ticket.status
                + "), so it is logged as '" + CLOSED_OR_MERGED + "'");
    }

    /**
     * R9: a ticket answered on another platform (status category SOLVED_EXTERNAL) is logged as Kayako
     * Tickets with the sub-category RESOLVED_EXTERNAL, set here when the agent did not give it. eBay
     * tickets are exempt: they are answered in the eBay portal and never logged as Kayako Tickets (R8, A42).
     */
    private static String subCategoryOf(TaskCatalogue catalogue, TaskCategoryDef category, Ticket ticket,
                                        String requested, boolean ebay) {
        if (requested != null && !requested.equals(RESOLVED_EXTERNAL)) {
            throw new RuleViolation(null, "subCategory", "'" + requested
                    + "' is not a sub-category; the catalogue knows " + RESOLVED_EXTERNAL + " (of '" + KAYAKO_TICKETS + "')");
        }
        boolean kayako = category.label().equals(KAYAKO_TICKETS);
        if (requested != null && !kayako) {
            // R9: Resolved External is a sub-category of Kayako Tickets only
            throw new RuleViolation("R9", "subCategory", RESOLVED_EXTERNAL + " is a sub-category of '" + KAYAKO_TICKETS
                    + "', not of '" + category.label() + "'");
        }
        boolean answeredElsewhere = ticket != null && ticket.statusCategory == StatusCategory.SOLVED_EXTERNAL && !ebay
                && catalogue.has(KAYAKO_TICKETS);
        if (answeredElsewhere && !kayako) {
            // R9: a ticket answered on another platform is logged as Kayako Tickets (Resolved External)
            throw new RuleViolation("R9", "taskCategory", "the ticket was answered on another platform (" + ticket.status
                    + "), so it is logged as '" + KAYAKO_TICKETS + "' with sub-category " + RESOLVED_EXTERNAL);
        }
        return answeredElsewhere || requested != null ? RESOLVED_EXTERNAL : null;
    }
}
