package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.closing.CloseRequest;
import dev.opsdesk.ticket.domain.closing.ResolutionRules;
import dev.opsdesk.ticket.domain.note.NoteProblem;
import dev.opsdesk.ticket.domain.note.NoteRejected;
import dev.opsdesk.ticket.domain.note.NoteRules;
import dev.opsdesk.ticket.domain.note.TicketNote;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.NoteTemplateDef;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ResolutionDef;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String subject;

    @Column(name = "requester_email")
    public String requesterEmail;

    /** A44: the requester's display name, phone (+ and digits) and social handle (network:handle). */
    @Column(name = "requester_name")
    public String requesterName;

    @Column(name = "requester_phone")
    public String requesterPhone;

    @Column(name = "requester_social")
    public String requesterSocial;

    /** A44: the customer the requester is, whatever channel this ticket came from. */
    @Column(name = "customer_id")
    public UUID customerId;

    /** The tenant's status code (e.g. AWAITING_REPLY). */
    @Column(nullable = false)
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false)
    public StatusCategory statusCategory;

    @Column(name = "status_entered_at", nullable = false)
    public Instant statusEnteredAt;

    public String store;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_message_author")
    public AuthorType lastMessageAuthor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "shipment_id")
    public String shipmentId;

    public String sku;

    /** A19: the agent ticked "no order" for an order-related topic. */
    @Column(name = "no_order", nullable = false)
    public boolean noOrder;

    /** §6.1: contact topic paths ("direction / category / topic"); several per ticket (R113). */
    @Column(nullable = false)
    public String[] topics = new String[0];

    public String resolution;

    /** §2.2 type / contact reason (CrazySales TYPE, R33; Zalora Contact Reason; Festival case type). */
    @Column(name = "ticket_type")
    public String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority = Priority.NORMAL;

    /** §7.4 Case Origin (R125–R128), when the tenant records one. */
    public String origin;

    @Column(name = "cloned_from")
    public UUID clonedFrom;

    @Column(name = "clone_reason")
    public String cloneReason;

    public String department;

    /** R128: the earlier case whose reply raised this unrelated question. */
    @Column(name = "related_to")
    public UUID relatedTo;

    /** §4.5: the ticket this one was merged into. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** A change and the events it caused, to be stored together. */
    public record Change<T>(T result, List<TicketEvent> events) {
    }

    /** R27: a new contact becomes a ticket in the tenant's initial status (New). */
    public static Change<Ticket> open(String tenantId, TenantTemplate template, NewTicket request, UUID customerId,
                                      Instant now) {
        if (template.channel(request.channel()).isEmpty()) {
            throw new RuleViolation(null, "channel", "'" + request.channel() + "' is not a channel of this tenant; use one of "
                    + template.channels().stream().map(TenantTemplate.ChannelDef::code).toList());
        }
        String store = request.store();
        if (store != null && (template.stores() == null || !template.stores().contains(store))) {
            throw new RuleViolation(null, "store", "'" + store + "' is not a store of this tenant; use one of "
                    + (template.stores() == null ? List.of() : template.stores()));
        }
        StatusDef initial = template.initialStatus();
        Ticket ticket = new Ticket();
        ticket.id = request.id() != null ? request.id() : UUID.randomUUID();
        ticket.tenantId = tenantId;
        ticket.channel = request.channel();
        ticket.store = store;
        ticket.origin = OriginRules.originFor(template, request);
        ticket.relatedTo = request.relatedTo();
        ticket.subject = request.subject().strip();
        Requester requester = request.requester() == null ? new Requester(null, null, null, null).normalised()
                : request.requester().normalised();
        ticket.requesterEmail = requester.email();
        ticket.requesterName = requester.name();
        ticket.requesterPhone = requester.phone();
        ticket.requesterSocial = requester.social();
        ticket.customerId = customerId;
        ticket.status = initial.code();
        ticket.statusCategory = initial.category();
        ticket.statusEnteredAt = now;
        ticket.createdAt = now;
        List<TicketEvent> events = List.of(new TicketCreated(UUID.randomUUID(), ticket.id, tenantId, ticket.channel,
                ticket.subject, ticket.statusCategory, ticket.status, store, ticket.origin,
                new TicketCreated.Requester(ticket.requesterEmail, ticket.requesterName, ticket.requesterPhone,
                        ticket.requesterSocial), customerId, now));
        return new Change<>(ticket, events);
    }

    /**
     * R124: a case is cloned only for another department that must act on it, or because it needs
     * additional cases; each clone is a new ticket linked to its origin.
     */
    public Change<List<Ticket>> cloneFor(TenantTemplate rules, String reason, String department, int count, Actor actor,
                                         Instant now) {
        TenantTemplate.CloneReasonDef allowed = rules.cloneReason(reason).orElseThrow(() -> new RuleViolation("R124",
                "reason", "cases are cloned only for " + (rules.cloneReasons() == null ? List.of()
                : rules.cloneReasons().stream().map(TenantTemplate.CloneReasonDef::code).toList())));
        boolean needsDepartment = allowed.departments() != null && !allowed.departments().isEmpty();
        if (needsDepartment && (department == null || !allowed.departments().contains(department))) {
            throw new RuleViolation("R124", "department", "name the department that must act: one of "
                    + allowed.departments());
        }
        if (needsDepartment && count != 1) {
            throw new RuleViolation("R124", "count", "a case is cloned once per department");
        }
        List<Ticket> clones = new java.util.ArrayList<>();
        List<TicketEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Change<Ticket> opened = open(tenantId, rules, new NewTicket(UUID.randomUUID(), channel, subject,
                    requester(), store, origin, null), customerId, now);
            Ticket clone = opened.result();
            clone.orderId = orderId;
            clone.shipmentId = shipmentId;
            clone.sku = sku;
            clone.topics = topics.clone();
            clone.clonedFrom = id;
            clone.cloneReason = reason;
            clone.department = department;
            clones.add(clone);
            events.addAll(opened.events());
        }
        events.add(new TicketCloned(UUID.randomUUID(), id, tenantId, clones.stream().map(c -> c.id).toList(), reason,
                department, actor.id(), now));
        return new Change<>(clones, events);
    }

    public Change<TicketMessage> addMessage(AuthorType author, String authorId, Visibility visibility, String body,
                                            Instant now) {
        TicketMessage message = new TicketMessage();
        message.id = UUID.randomUUID();
        message.ticketId = id;
        message.originTicketId = id;
        message.tenantId = tenantId;
        message.authorType = author;
        message.authorId = authorId;
        message.visibility = visibility;
        message.body = body;
        message.createdAt = now;
        if (visibility == Visibility.PUBLIC) {
            lastMessageAt = now;
            lastMessageAuthor = author;
        }
        return new Change<>(message, List.of(new MessageAdded(UUID.randomUUID(), id, tenantId, message.id, id, author,
                authorId, visibility, body, now)));
    }

    /**
     * R52, A37: a staff message with supplier/purchaser content, or a forward to the purchaser, is
     * held for an SME; nothing is sent (no event, no "last message") until it is approved.
     */
    public TicketMessage holdForSme(String authorId, String body, String contentSource, String recipient,
                                    Instant now) {
        TicketMessage message = new TicketMessage();
        message.id = UUID.randomUUID();
        message.ticketId = id;
        message.originTicketId = id;
        message.tenantId = tenantId;
        message.authorType = AuthorType.STAFF;
        message.authorId = authorId;
        message.visibility = Visibility.PUBLIC;
        message.body = body;
        message.contentSource = contentSource;
        message.recipient = recipient;
        message.approvalState = "PENDING";
        message.createdAt = now;
        return message;
    }

    /** R52: the SME's approval sends the held message. */
    public Change<TicketMessage> approve(TicketMessage message, Actor sme, Instant now) {
        if (!"PENDING".equals(message.approvalState)) {
            throw new Conflict("Message " + message.id + " is not waiting for approval");
        }
        message.approvalState = "APPROVED";
        message.approvedBy = sme.id();
        message.approvedAt = now;
        if ("CUSTOMER".equals(message.recipient)) {
            lastMessageAt = now;
            lastMessageAuthor = AuthorType.STAFF;
        }
        return new Change<>(message, List.of(new MessageAdded(UUID.randomUUID(), id, tenantId, message.id,
                message.originTicketId, AuthorType.STAFF, message.authorId, Visibility.PUBLIC, message.body, now)));
    }

    /**
     * R12–R16, R18: a note in one of the tenant's formats. Under a blocking tenant setting a broken
     * note is refused whole; under warn or QA flag it is kept with its problems listed (G4).
     */
    public Change<TicketNote> addNote(TenantTemplate rules, String templateId, Map<String, String> fields,
                                      String fieldsJson, Visibility requested, Actor actor, Instant now) {
        NoteTemplateDef template = rules.noteTemplate(templateId).orElseThrow(() -> new RuleViolation(null, "templateId",
                "'" + templateId + "' is not a note template of this tenant; use one of "
                        + (rules.noteTemplates() == null ? List.of()
                        : rules.noteTemplates().stream().map(NoteTemplateDef::id).toList())));
        Visibility visibility = template.effectiveVisibility();
        if (requested != null && requested != visibility) {
            // R132: pertinent information on a case goes into a public comment; other formats stay internal
            throw new RuleViolation(visibility == Visibility.PUBLIC ? template.rule() : null, "visibility",
                    "notes in the format '" + template.label() + "' are " + visibility.name().toLowerCase(Locale.ROOT));
        }
        List<NoteProblem> problems = NoteRules.problems(template, fields, store, now.atZone(ZoneOffset.UTC).toLocalDate());
        if (!problems.isEmpty() && rules.noteValidation() == TenantTemplate.Enforcement.BLOCK) {
            throw new NoteRejected(problems);
        }
        TicketNote note = new TicketNote();
        note.id = UUID.randomUUID();
        note.ticketId = id;
        note.tenantId = tenantId;
        note.templateId = templateId;
        note.fields = fieldsJson;
        note.body = NoteRules.render(template, fields);
        note.warnings = problems.stream().map(p -> (p.rule() == null ? "" : p.rule() + ": ") + p.detail())
                .toArray(String[]::new);
        note.visibility = visibility;
        note.authorId = actor.id();
        note.createdAt = now;
        return new Change<>(note, List.of(new NoteAdded(UUID.randomUUID(), id, tenantId, note.id, templateId,
                new TreeMap<>(fields), List.of(note.warnings), visibility, actor.id(), now)));
    }

    /** R22–R28, R32: a status change the tenant's rules allow; returns the reminder it requires, if any. */
    public Change<Optional<TicketReminder>> changeStatus(TenantTemplate template, StatusChangeRequest request, Actor actor,
                                                         Instant now) {
        StatusDef target = StatusTransitionRules.check(template, this, request);
        StatusChanged.Status from = new StatusChanged.Status(status, statusCategory);
        status = target.code();
        statusCategory = target.category();
        statusEnteredAt = now;
        Optional<TicketReminder> reminder = Optional.empty();
        if (target.createsReminder()) {
            // R32: In Progress always comes with a follow-up reminder for the owner
            TicketReminder r = new TicketReminder();
            r.id = UUID.randomUUID();
            r.ticketId = id;
            r.tenantId = tenantId;
            r.ownerId = ownerId != null ? ownerId : actor.id();
            r.dueAt = request.reminderDueAt() != null ? request.reminderDueAt() : now.plusSeconds(24 * 3600);
            r.reason = "Update owed to the customer (" + target.label() + ")";
            r.createdAt = now;
            reminder = Optional.of(r);
        }
        return new Change<>(reminder, List.of(new StatusChanged(UUID.randomUUID(), id, tenantId, from,
                new StatusChanged.Status(status, statusCategory), actor.id(), request.overrideReason(),
                reminder.map(r -> r.dueAt).orElse(null), now)));
    }

    /** §6.1, R85: topics from the tenant's taxonomy (blocked trees only through the allow-list) and order references. */
    public Change<Ticket> classify(TenantTemplate rules, List<String> newTopics, String order, String shipment,
                                   String newSku, boolean withoutOrder, String newType, Priority newPriority,
                                   Actor actor, Instant now) {
        for (int i = 0; i < newTopics.size(); i++) {
            String path = newTopics.get(i);
            TenantTemplate.TopicDef topic = rules.topic(path).orElseThrow(() -> new RuleViolation(null, "topics",
                    "'" + path + "' is not a topic of this tenant"));
            TenantTemplate.Taxonomy taxonomy = rules.taxonomy();
            if (!taxonomy.selectable(topic)) {
                throw new RuleViolation("R85", "topics", "topics of the " + topic.tree()
                        + " tree are not used, except " + taxonomy.allowedPaths());
            }
        }
        topics = newTopics.stream().distinct().toArray(String[]::new);
        orderId = order;
        shipmentId = shipment;
        sku = newSku;
        noOrder = withoutOrder;
        type = newType;
        if (newPriority != null) {
            priority = newPriority;
        }
        return new Change<>(this, List.of(new TicketClassified(UUID.randomUUID(), id, tenantId, List.of(topics), orderId,
                shipmentId, sku, noOrder, type, priority, actor.id(), now)));
    }

    /**
     * §6: closes the ticket with a resolution the tenant's rules allow (R83–R111), moving it to the
     * status that carries that resolution (A3) under the status rules (R24, R25, R16).
     */
    public Change<ResolutionDef> close(TenantTemplate rules, CloseRequest request, StatusChangeRequest statusContext,
                                       Actor actor, Instant now) {
        ResolutionDef resolutionDef = ResolutionRules.check(rules, this, request);
        String target = rules.statuses().stream().filter(s -> resolutionDef.code().equals(s.resolution()))
                .findFirst()
                .or(() -> rules.statuses().stream().filter(s -> s.category() == resolutionDef.category()).findFirst())
                .or(() -> rules.statuses().stream().filter(s -> s.category() == StatusCategory.SOLVED
                        || s.category() == StatusCategory.CLOSED_NO_ACTION).findFirst())
                .map(StatusDef::code)
                .orElseThrow(() -> new RuleViolation(null, "resolution", "this tenant has no status to close with "
                        + resolutionDef.code()));
        List<TicketEvent> events = new java.util.ArrayList<>(changeStatus(rules, new StatusChangeRequest(target,
                statusContext.replyInSameUpdate(), statusContext.staffRepliedSinceEntered(), Set.of(), request.comment(),
                null, false, statusContext.noteTemplatesPresent()), actor, now).events());
        resolution = resolutionDef.code();
        statusCategory = resolutionDef.category(); // G2: reports read the resolution's category (Ozon НТО → CLOSED_NO_ACTION)
        boolean transferred = resolutionDef.category() == StatusCategory.TRANSFERRED;
        closedAt = transferred ? null : now;
        if (transferred) {
            ownerId = request.escalateTo(); // R111: the task moves to the named employee and stays unresolved
        }
        events.add(new TicketResolved(UUID.randomUUID(), id, tenantId, resolution, resolutionDef.labels(),
                resolutionDef.category(), status, List.of(topics), orderId, shipmentId, request.escalateTo(),
                request.duplicateOf(), request.comment(), request.withReply(), actor.id(), now));
        return new Change<>(resolutionDef, events);
    }

    public Change<Ticket> assign(String owner, Actor actor, Instant now) {
        String before = ownerId;
        ownerId = owner;
        return new Change<>(this, List.of(new TicketAssigned(UUID.randomUUID(), id, tenantId, before, owner, actor.id(),
                now)));
    }

    public Requester requester() {
        return new Requester(requesterEmail, requesterName, requesterPhone, requesterSocial);
    }

    /** Optimistic concurrency: a client that read {@code expected} may only change that version. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new StaleTicketException(expected, version);
        }
    }

    public static Optional<Ticket> findInTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }
}
