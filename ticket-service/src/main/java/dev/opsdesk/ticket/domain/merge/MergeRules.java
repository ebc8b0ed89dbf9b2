package dev.opsdesk.ticket.domain.merge;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** CrazySales' merge guidelines (§4.5, R35–R45) with decisions A5–A10, keyed on status categories. */
public final class MergeRules {

    private MergeRules() {
    }

    /** R35, R36, A6, A10, A26, A44: may these tickets become one? */
    public static void checkPreconditions(TenantTemplate rules, Ticket target, List<Ticket> sources, MergeRequest request) {
        if (rules.status(mergedStatus(rules)).isEmpty()) {
            throw new RuleViolation(null, "sources", "this tenant does not merge tickets");
        }
        for (Ticket source : sources) {
            if (source.id.equals(target.id)) {
                throw new RuleViolation(null, "sources", "a ticket cannot be merged into itself");
            }
            if (source.mergedInto != null || source.statusCategory != StatusCategory.NEW) {
                throw new RuleViolation(null, "sources", "ticket " + source.id
                        + " is not New; only New tickets are merged into another (§4.5)");
            }
            if (!source.channel.equals(target.channel)) {
                // A44: tickets of different channels are not merged (reply in each)
                throw new RuleViolation(null, "sources", "ticket " + source.id + " came by " + source.channel
                        + ", the target by " + target.channel + "; tickets of different channels are not merged");
            }
            TenantTemplate.ChannelDef channel = rules.channel(target.channel).orElseThrow();
            if (channel.duplicatePolicy() != TenantTemplate.DuplicatePolicy.MERGE) {
                // A26: this tenant handles duplicates in this channel without merging
                throw new RuleViolation(null, "sources", "channel " + target.channel + " does not merge duplicates ("
                        + channel.duplicatePolicy() + ")");
            }
            if (source.customerId == null || !source.customerId.equals(target.customerId)) {
                // R35, R36: only the same customer's tickets are merged, whatever address they wrote from
                throw new RuleViolation("R36", "sources", "ticket " + source.id + " belongs to another customer");
            }
            if (source.orderId == null || !source.orderId.equals(target.orderId)) {
                // R35: about the same item/order
                throw new RuleViolation("R35", "sources", "ticket " + source.id
                        + " is not about the same order (set the order on both tickets first)");
            }
            if (rules.ticketGranularity() == TenantTemplate.TicketGranularity.CUSTOMER_ORDER_STORE
                    && !Objects.equals(source.store, target.store)) {
                // R35: from the same store
                throw new RuleViolation("R35", "sources", "ticket " + source.id + " is from store " + source.store
                        + ", the target from " + target.store);
            }
            if (!java.util.Objects.equals(source.requesterEmail, target.requesterEmail) && !request.differentAddressesConfirmed()) {
                // A6 (warn): different addresses need the agent's "same customer verified"
                throw new RuleViolation("R36", "differentAddressesConfirmed", "the tickets come from different e-mail "
                        + "addresses; confirm it is the same customer", true);
            }
        }
    }

    /** R37–R45, A7–A9: the target's status, owner and the notifications after the merge. */
    public static MergeOutcome outcome(TenantTemplate rules, Ticket target, List<Ticket> sources, Actor actor,
                                       AuthorType latestAuthorAfterMerge, MergeRequest request) {
        StatusDef targetStatus = rules.status(target.status).orElseThrow();
        StatusCategory category = targetStatus.category();
        boolean customerLatest = latestAuthorAfterMerge == AuthorType.CUSTOMER;
        List<MergeOutcome.Notification> notify = new ArrayList<>();
        switch (category) {
            case NEW -> {
                if (!actor.id().equals(target.ownerId)) {
                    sources.stream().filter(t -> actor.id().equals(t.ownerId)).findFirst().ifPresent(mine -> {
                        // R38: the other New tickets are merged into the one assigned to the merging agent
                        throw new RuleViolation("R38", "sources", "ticket " + mine.id + " is assigned to you: merge"
                                + " the other tickets into it");
                    });
                }
                // R37, R38, A9: New + New: the merging agent owns the result; former assignees are told
                Set<String> former = new LinkedHashSet<>();
                for (Ticket t : concat(target, sources)) {
                    if (t.ownerId != null && !t.ownerId.equals(actor.id())) {
                        former.add(t.ownerId);
                    }
                }
                former.forEach(o -> notify.add(new MergeOutcome.Notification(o, "YOUR_TICKET_WAS_MERGED")));
                return new MergeOutcome(target.status, actor.id(), notify, "R37");
            }
            case WAITING_CUSTOMER, WAITING_INTERNAL -> {
                // R39, R40, R41, R43: into Awaiting-reply / In Progress: owner stays, Customer-reply iff the customer wrote last
                notifyOwner(target, notify);
                return new MergeOutcome(customerLatest ? customerReplyStatus(rules) : target.status, target.ownerId,
                        notify, customerLatest ? "R40" : "R41");
            }
            case SOLVED, SOLVED_EXTERNAL -> {
                if (!request.concernRaisedButUnanswered()) {
                    // R44, A8: a new concern is not merged into a Resolved ticket
                    throw new RuleViolation("R44", "concernRaisedButUnanswered", "a Resolved ticket only takes a New "
                            + "ticket whose concern it raised but did not answer; answer the new concern on its own ticket");
                }
                // R45, A7: merged into Resolved: Customer-reply iff the customer wrote last, owner kept and told
                notifyOwner(target, notify);
                return new MergeOutcome(customerLatest ? customerReplyStatus(rules) : target.status, target.ownerId,
                        notify, customerLatest ? "R45" : "R41");
            }
            case AGENT_ACTION -> {
                // R42 (Customer-reply stays), A8 (Open treated like Customer-reply)
                notifyOwner(target, notify);
                return new MergeOutcome(target.status, target.ownerId, notify, "R42");
            }
            default -> throw new RuleViolation(null, "target", "nothing is merged into a ticket in '"
                    + targetStatus.label() + "' (A8)");
        }
    }

    public static String mergedStatus(TenantTemplate rules) {
        return rules.statuses().stream().filter(s -> s.category() == StatusCategory.MERGED).map(StatusDef::code)
                .findFirst().orElse("");
    }

    /** A5: the agent-action status that is not the DSAT one (CrazySales Customer-reply, Zendesk Open). */
    static String customerReplyStatus(TenantTemplate rules) {
        return rules.statuses().stream()
                .filter(s -> s.category() == StatusCategory.AGENT_ACTION && !s.setByDsat())
                .map(StatusDef::code).findFirst()
                .orElseThrow(() -> new RuleViolation(null, "target", "this tenant has no customer-reply status"));
    }

    private static void notifyOwner(Ticket target, List<MergeOutcome.Notification> notify) {
        if (target.ownerId != null) {
            notify.add(new MergeOutcome.Notification(target.ownerId, "TICKETS_MERGED_INTO_YOURS"));
        }
    }

    private static List<Ticket> concat(Ticket target, List<Ticket> sources) {
        List<Ticket> all = new ArrayList<>(sources);
        all.add(0, target);
        return all;
    }
}
