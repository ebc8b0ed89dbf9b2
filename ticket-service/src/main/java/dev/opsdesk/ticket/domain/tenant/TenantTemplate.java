package dev.opsdesk.ticket.domain.tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's working rules as data (DOMAIN.md §8). The four seed organisations ship as templates
 * under {@code tenant-templates/}; a tenant is created from one and keeps its own copy. Every list
 * entry that is a rule carries {@code effectiveFrom} (A45) through the template's own date unless it
 * names its own.
 */
public record TenantTemplate(
        String id,
        int version,
        LocalDate effectiveFrom,
        String displayName,
        String ticketLabel,
        String locale,
        TicketGranularity ticketGranularity,
        Enforcement noteValidation,
        Settings settings,
        Timers timers,
        List<ChannelDef> channels,
        List<StatusDef> statuses,
        List<ResolutionDef> resolutions,
        List<TaskCategoryDef> taskCategories,
        List<NoteTemplateDef> noteTemplates,
        Taxonomy taxonomy,
        List<String> caseOrigins,
        Map<String, OriginRule> originByChannel,
        List<CloneReasonDef> cloneReasons,
        List<String> stores,
        Communication communication,
        List<MessageTemplateDef> messageTemplates) {

    /** A10: how much one ticket holds. */
    public enum TicketGranularity { CUSTOMER_ORDER_STORE, ORDER_ISSUE }

    /** G4: how a rule is enforced. */
    public enum Enforcement { BLOCK, WARN, QA_FLAG }

    public enum ChannelKind { VOICE, LIVE_CHAT, ASYNC_WRITTEN, SOCIAL, MARKETPLACE_PORTAL, REVIEW, SURVEY, BACKOFFICE_TICKET, INTERNAL }

    /** A26: what "duplicate" means in a channel. */
    public enum DuplicatePolicy { MERGE, CLOSE_AS_DUPLICATE, FORBIDDEN }

    public enum StatusCategory {
        NEW, AGENT_ACTION, WAITING_CUSTOMER, WAITING_INTERNAL, SOLVED, SOLVED_EXTERNAL, CLOSED_NO_ACTION, MERGED, TRANSFERRED
    }

    public record Settings(boolean autoCustomerReplyStatus, boolean resolutionRequiredOnClose) {
    }

    /** G5 / A16–A18: every tenant timer is a parameter; null = not used by this tenant. */
    public record Timers(Integer chatCustomerSilenceTimeoutS, Integer chatAutoCloseS, Integer callHoldMaxS,
                         Integer chatHoldMaxS, Integer pendingUpdateIntervalDays, Integer onHoldOrderReviewHours,
                         Integer repeatContactWindowDays) {
    }

    public record ChannelDef(String code, String label, ChannelKind kind, DuplicatePolicy duplicatePolicy) {
    }

    /**
     * A tenant status label mapped onto a canonical category (§2.3) with its transition rules:
     * {@code requiresPublicReply} (R22, R23), {@code solvedRequiresStaffReplySinceEntered} (R24, R25),
     * {@code createsReminder} (R32), {@code hiddenForStores} (R28, warn), {@code setByDsat} (R26).
     */
    public record StatusDef(String code, String label, StatusCategory category, boolean systemOnly, boolean initial,
                            boolean requiresPublicReply, boolean solvedRequiresStaffReplySinceEntered,
                            boolean createsReminder, boolean setByDsat, List<String> hiddenForStores,
                            String resolution) {
    }

    /** §6.3: a closure reason with its localized labels and closing requirements (R83, R84, A19, A22). */
    public record ResolutionDef(String code, Map<String, String> labels, StatusCategory category,
                                boolean requiresTopic, boolean requiresOrderWhenOrderRelated,
                                boolean newCommunicationRequired, boolean requiresTargetAndComment,
                                boolean blocksReply, String blocksReplyRule, List<String> forbiddenInChannels,
                                boolean sameChannelOnly) {
    }

    public Optional<ResolutionDef> resolution(String code) {
        return resolutions == null ? Optional.empty() : resolutions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<CloneReasonDef> cloneReason(String code) {
        return cloneReasons == null ? Optional.empty() : cloneReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<TopicDef> topic(String path) {
        return taxonomy == null || taxonomy.topics() == null ? Optional.empty()
                : taxonomy.topics().stream().filter(t -> t.path().equals(path)).findFirst();
    }

    /** §3.1: one row of the work-log catalogue (R1, R2); {@code voice} null = any channel (A40). */
    public record TaskCategoryDef(int row, String label, int ahtMinutes, Boolean voice, String description) {
    }

    /**
     * §4.2: a note format with labelled fields (R12–R18). {@code rule} names the seed rule a missing
     * field breaks; from {@code supersededFrom} on, the format is accepted only for the
     * {@code legacyAllowedForStores} (R14); {@code requiredBeforeClosingOrderTickets} makes the note
     * mandatory before a ticket with an order is closed (R16).
     */
    public record NoteTemplateDef(String id, String label, LocalDate effectiveFrom, String appliesWhen, String rule,
                                  LocalDate supersededFrom, List<String> legacyAllowedForStores,
                                  boolean requiredBeforeClosingOrderTickets, List<NoteFieldDef> fields,
                                  dev.opsdesk.ticket.domain.Visibility visibility) {

        /** Who may read notes in this format; INTERNAL unless the template says PUBLIC (R132). */
        public dev.opsdesk.ticket.domain.Visibility effectiveVisibility() {
            return visibility == null ? dev.opsdesk.ticket.domain.Visibility.INTERNAL : visibility;
        }
    }

    /** A labelled line of a note; {@code rule} names the seed rule a wrong value breaks (e.g. R13, R15). */
    public record NoteFieldDef(String label, boolean required, List<String> allowedValues, String pattern, String rule) {
    }

    /** §6.1: a topic tree (General, Fintech…) and the paths allowed from blocked trees (R85, A24). */
    public record Taxonomy(List<TopicDef> topics, List<String> blockedTrees, List<String> allowedPaths,
                           TopicPanelLabels panel) {

        /** R85: topics of a blocked tree (Ozon Fintech) are not used, except the allow-listed paths. */
        public boolean selectable(TopicDef topic) {
            return blockedTrees == null || !blockedTrees.contains(topic.tree())
                    || allowedPaths != null && allowedPaths.contains(topic.path());
        }
    }

    /** R113: what the topic panel reads while a ticket has no topic, and its add button. */
    public record TopicPanelLabels(String noTopic, String addTopic) {
    }

    public record TopicDef(String path, String tree, boolean orderRelated) {
    }

    /**
     * §4.6 communication rules, advised not enforced (A38): acknowledgement phrases for the first
     * reply (R49, an open list), the negative words the reply lint flags (R51), and whether a reply
 * expects the ticket TYPE set (R33), and whether supplier/purchaser content waits for an SME (R52).
     */
    public record Communication(List<String> acknowledgementPhrases, List<String> negativeWords,
                                boolean typeRequiredOnReply, boolean smeApprovalRequired) {
    }

    /**
     * §2.2 Template, §4.3: an outgoing message with {@code {placeholders}}; {@code rule} names the
     * seed rule it implements; {@code logsNote} is the note template filled in once it is sent (R18).
     */
    public record MessageTemplateDef(String id, String label, String rule, String subject, String body,
                                     String logsNote) {
    }

    public Optional<MessageTemplateDef> messageTemplate(String id) {
        return messageTemplates == null ? Optional.empty()
                : messageTemplates.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** §7.4: the case origin a channel's cases carry, and the rule that says so (R125–R127). */
    public record OriginRule(String origin, String rule) {
    }

    /** §7.3: the only reasons a case may be cloned (R124). */
    public record CloneReasonDef(String code, String label, List<String> departments) {
    }

    public Optional<ChannelDef> channel(String code) {
        return channels.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<StatusDef> status(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<NoteTemplateDef> noteTemplate(String id) {
        return noteTemplates == null ? Optional.empty()
                : noteTemplates.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public StatusDef initialStatus() {
        return statuses.stream().filter(StatusDef::initial).findFirst().orElseThrow();
    }
}
