package dev.opsdesk.ticket.domain.closing;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ResolutionDef;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The closing rules of §6 (R83–R111), driven by the tenant's resolution catalogue. */
public final class ResolutionRules {

    /** R89: a message that is only thanks or an OK. */
    private static final Pattern BARE_THANKS = Pattern.compile(
            "^\\s*(спасибо( большое)?|благодарю|ок|ok|okay|хорошо|понял[а]?|thanks?( you)?|thank you)[\\s!.)]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> LEGAL_ENTITY_DOCUMENT_TOPICS = List.of(
            "Запрос сопроводительных документов", "Внесение изменений в документы", "Эдо", "Акт сверки");

    private ResolutionRules() {
    }

    public static ResolutionDef check(TenantTemplate rules, Ticket ticket, CloseRequest request) {
        ResolutionDef resolution = rules.resolution(request.resolution()).orElseThrow(() -> new RuleViolation(null,
                "resolution", "'" + request.resolution() + "' is not a resolution of this tenant; use one of "
                + (rules.resolutions() == null ? List.of() : rules.resolutions().stream().map(ResolutionDef::code).toList())));
        ClosingFacts facts = request.facts() == null ? ClosingFacts.NONE : request.facts();
        String code = resolution.code();

        if (resolution.blocksReply() && request.withReply() && !facts.botPromisedAgentReply()) {
            // R86 (НТО, Дубликат), R30 (Closed (NO ACTION)): no reply, unless the bot promised one
            throw new RuleViolation(resolution.blocksReplyRule(), "reply", label(resolution)
                    + " closes without a reply to the customer");
        }
        boolean unlinkableDuplicate = "NRR".equals(code) && request.duplicateOf() != null;
        if (unlinkableDuplicate) {
            checkUnlinkableDuplicate(rules, ticket, request);
        } else if ("NRR".equals(code)) {
            checkNoReplyRequired(facts, request.lastCustomerMessage());
        }
        if (request.withReply() && isBareThanks(request.lastCustomerMessage()) && !facts.botPromisedAgentReply()) {
            // R89: a bare "Спасибо!" / "Ок" is closed as НТО without a reply
            throw new RuleViolation("R89", "reply", "the customer only said thanks; close as НТО without replying");
        }
        if (resolution.requiresTopic() && ticket.topics.length == 0) {
            // R83: Решено and Не решено need at least one contact topic
            throw new RuleViolation("R83", "topics", "closing as " + label(resolution) + " needs a contact topic");
        }
        boolean orderRelated = java.util.Arrays.stream(ticket.topics)
                .anyMatch(t -> rules.topic(t).map(TenantTemplate.TopicDef::orderRelated).orElse(false));
        if (resolution.requiresOrderWhenOrderRelated() && orderRelated && !ticket.noOrder
                && (blank(ticket.orderId) || blank(ticket.shipmentId))) {
            // R84, A19: order-related topics need the order and shipment numbers (or an explicit "no order")
            throw new RuleViolation("R84", blank(ticket.orderId) ? "orderId" : "shipmentId",
                    "an order-related task needs the order and shipment numbers, or 'no order' ticked");
        }
        boolean internalTask = rules.channel(ticket.channel)
                .map(c -> c.kind() == TenantTemplate.ChannelKind.INTERNAL).orElse(false);
        if (internalTask && !request.withReply() && !request.actionTaken() && !"NRR".equals(code)
                && rules.resolution("NRR").isPresent()) {
            // R90: a service task (e.g. to find a customer) closed with no action taken is НТО
            throw new RuleViolation("R90", "resolution", "a service task with no action taken is closed as НТО");
        }
        if ("SPAM".equals(code) && request.spamKind() == null) {
            // R93: Спам only for advertising, bare links or questions unrelated to the business
            throw new RuleViolation("R93", "spamKind", "Спам needs the kind: ADVERTISING, LINKS_ONLY or UNRELATED_TO_BUSINESS");
        }
        if (resolution.forbiddenInChannels() != null && resolution.forbiddenInChannels().contains(ticket.channel)) {
            // R94: no Дубликат in chat, reviews, NPS and VK messages
            throw new RuleViolation("R94", "resolution", label(resolution) + " is not used in channel " + ticket.channel);
        }
        if (resolution.sameChannelOnly()) {
            checkDuplicate(rules, ticket, request);
        }
        if (resolution.requiresTargetAndComment() && (blank(request.escalateTo()) || blank(request.comment()))) {
            // R111, A22: escalation names the receiving employee or queue and says why
            throw new RuleViolation("R111", blank(request.escalateTo()) ? "escalateTo" : "comment",
                    label(resolution) + " needs a target employee or queue and a comment");
        }
        ResolutionDecision.check(code, facts, hasLegalEntityDocumentTopic(ticket, facts));
        return resolution;
    }

    private static void checkNoReplyRequired(ClosingFacts facts, String lastCustomerMessage) {
        boolean question = lastCustomerMessage != null && lastCustomerMessage.contains("?");
        if (facts.customerHasOpenQuestions() || facts.customerDissatisfied() || question) {
            // R87: questions or dissatisfaction in any form are answered, never closed as НТО
            throw new RuleViolation("R87", "resolution", "the customer has questions or is dissatisfied: answer them");
        }
        if (facts.feedbackOrThanksAboutService()) {
            // R88: suggestions, feedback or thanks about the service get a reply and a topic
            throw new RuleViolation("R88", "resolution", "feedback or thanks about the service needs a reply and a topic");
        }
    }

    private static void checkDuplicate(TenantTemplate rules, Ticket ticket, CloseRequest request) {
        if (request.duplicateOf() != null && !request.duplicateOf().equals(ticket.id)
                && Boolean.FALSE.equals(request.duplicateSameCustomer()) && isEmail(rules, ticket)
                && rules.resolution("NRR").isPresent()) {
            // R91: an e-mail that duplicates another contact but whose customer cannot be linked is НТО
            throw new RuleViolation("R91", "resolution", "the customer of this e-mail cannot be linked to the other"
                    + " task's customer: close it as НТО naming the other task in duplicateOf");
        }
        if (request.duplicateOf() == null || request.duplicateOf().equals(ticket.id)
                || !Boolean.TRUE.equals(request.duplicateSameCustomer())) {
            // R95: a duplicate needs another contact of the same customer about the same problem
            throw new RuleViolation("R95", "duplicateOf", "name another task of the same customer this one duplicates");
        }
        if (!ticket.channel.equals(request.duplicateChannel())) {
            // R96: the same question in different channels gets a reply in each
            throw new RuleViolation("R96", "duplicateOf", "the other task is in channel " + request.duplicateChannel()
                    + "; a question asked in several channels is answered in each");
        }
    }

    /**
     * R91: НТО for an e-mail that would be a Дубликат but whose customer cannot be linked. The other
     * task is in the same channel and the customers are not linked; its question is answered there,
     * so the question check of R87 does not apply here.
     */
    private static void checkUnlinkableDuplicate(TenantTemplate rules, Ticket ticket, CloseRequest request) {
        if (!isEmail(rules, ticket) || request.duplicateOf().equals(ticket.id)) {
            throw new RuleViolation("R91", "duplicateOf", "НТО as an unlinkable duplicate is for e-mails that"
                    + " duplicate another task");
        }
        if (!ticket.channel.equals(request.duplicateChannel())) {
            throw new RuleViolation("R96", "duplicateOf", "the other task is in channel " + request.duplicateChannel()
                    + "; a question asked in several channels is answered in each");
        }
        if (Boolean.TRUE.equals(request.duplicateSameCustomer())) {
            throw new RuleViolation("R91", "resolution", "the customer is linked to the other task: close it as"
                    + " Дубликат");
        }
    }

    private static boolean isEmail(TenantTemplate rules, Ticket ticket) {
        return rules.channel(ticket.channel).map(c -> c.kind() == TenantTemplate.ChannelKind.ASYNC_WRITTEN)
                .orElse(false);
    }

    private static boolean hasLegalEntityDocumentTopic(Ticket ticket, ClosingFacts facts) {
        return facts.legalEntity() && java.util.Arrays.stream(ticket.topics)
                .anyMatch(t -> LEGAL_ENTITY_DOCUMENT_TOPICS.stream().anyMatch(t::endsWith));
    }

    static boolean isBareThanks(String message) {
        return message != null && BARE_THANKS.matcher(message.toLowerCase(Locale.ROOT)).matches();
    }

    private static String label(ResolutionDef resolution) {
        return resolution.labels().getOrDefault("ru", resolution.labels().values().iterator().next());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
