package dev.opsdesk.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Routing's own record of a ticket: the facts rules match on, and who owns it. */
@Entity
@Table(name = "routing_ticket")
public class RoutedTicket extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketState state;

    public String subject;

    @Column(name = "normalized_subject")
    public String normalizedSubject;

    @Column(name = "sender_domain")
    public String senderDomain;

    public String store;

    @Column(nullable = false)
    public String[] topics = new String[0];

    /** Case reason / contact reason: the {@code type} of ticket.classified. */
    @Column(name = "case_reason")
    public String caseReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority = Priority.NORMAL;

    @Column(name = "priority_rank", nullable = false)
    public short priorityRank = (short) Priority.NORMAL.rank();

    @Column(name = "status_code")
    public String statusCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false)
    public StatusCategory statusCategory = StatusCategory.NEW;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "group_id")
    public String groupId;

    /** R37, R39, R45: the merge rules chose this owner; routing never moves the ticket. */
    @Column(name = "merge_owned", nullable = false)
    public boolean mergeOwned;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /** A32: a public staff reply (or a "responded" status) since the ticket entered the personal queue. */
    @Column(nullable = false)
    public boolean responded;

    @Column(name = "last_decision_id")
    public UUID lastDecisionId;

    public static RoutedTicket received(UUID ticketId, String tenantId, String channel, String subject,
                                        String requesterEmail, String store, String statusCode,
                                        StatusCategory category, Instant createdAt) {
        RoutedTicket ticket = new RoutedTicket();
        ticket.ticketId = ticketId;
        ticket.tenantId = tenantId;
        ticket.channel = channel;
        ticket.subject = subject;
        ticket.normalizedSubject = SubjectNormalizer.normalize(subject);
        ticket.senderDomain = domainOf(requesterEmail);
        ticket.store = store;
        ticket.statusCode = statusCode;
        ticket.statusCategory = category == null ? StatusCategory.NEW : category;
        ticket.receivedAt = createdAt;
        ticket.state = ticket.statusCategory.closed() ? TicketState.CLOSED : TicketState.QUEUED;
        return ticket;
    }

    static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** The case type (Festival: finance-related / festival-related) is the ticket topic that is one of the tenant's case types. */
    public String caseType(List<String> tenantCaseTypes) {
        if (tenantCaseTypes == null) {
            return null;
        }
        return Arrays.stream(topics).filter(tenantCaseTypes::contains).findFirst().orElse(null);
    }

    public void setPriority(Priority value) {
        priority = value == null ? Priority.NORMAL : value;
        priorityRank = (short) priority.rank();
    }

    /** The ticket enters {@code agentId}'s personal queue (a decision, a manual assignment or a merge). */
    public void assignTo(String agentId, String group, UUID decisionId, Instant at) {
        if (!agentId.equals(ownerId)) {
            responded = false;
            assignedAt = at;
        }
        ownerId = agentId;
        if (group != null) {
            groupId = group;
        }
        if (state != TicketState.CLOSED) {
            state = TicketState.ASSIGNED;
        }
        if (decisionId != null) {
            lastDecisionId = decisionId;
        }
    }

    /** Whether the ticket takes a slot of its owner's capacity. */
    public boolean takesCapacity(TenantSettings settings) {
        return state == TicketState.ASSIGNED && ownerId != null && !settings.releasesCapacity(statusCategory);
    }

    public void queueIn(String group, UUID decisionId) {
        ownerId = null;
        assignedAt = null;
        responded = false;
        if (group != null) {
            groupId = group;
        }
        if (state != TicketState.CLOSED) {
            state = TicketState.QUEUED;
        }
        if (decisionId != null) {
            lastDecisionId = decisionId;
        }
    }

    /** A status from ticket-service; closed categories end routing, reopening puts it back with its owner or queue. */
    public void statusChanged(String code, StatusCategory category) {
        statusCode = code;
        statusCategory = category;
        if (category.closed()) {
            state = TicketState.CLOSED;
        } else if (state == TicketState.CLOSED) {
            state = ownerId == null ? TicketState.QUEUED : TicketState.ASSIGNED;
        }
        if (category == StatusCategory.WAITING_CUSTOMER) {
            responded = true; // A32: the agent answered and waits on the customer
        }
    }

    public boolean open() {
        return state != TicketState.CLOSED;
    }

    public static Optional<RoutedTicket> findInTenant(String tenantId, UUID ticketId) {
        return find("ticketId = ?1 and tenantId = ?2", ticketId, tenantId).firstResultOptional();
    }

    /** A page of the backlog in drain order: priority first, then age. */
    public static List<RoutedTicket> backlogPage(String tenantId, int offset, int size) {
        return find("tenantId = ?1 and state = ?2 order by priorityRank desc, receivedAt, ticketId", tenantId,
                TicketState.QUEUED).range(offset, offset + size - 1).list();
    }

    public static List<String> queuedChannels(String tenantId) {
        return getEntityManager().createQuery("select distinct t.channel from RoutedTicket t where t.tenantId = ?1"
                + " and t.state = ?2", String.class).setParameter(1, tenantId).setParameter(2, TicketState.QUEUED)
                .getResultList();
    }

    public static long queued(String tenantId, String groupId) {
        return count("tenantId = ?1 and state = ?2 and groupId = ?3", tenantId, TicketState.QUEUED, groupId);
    }

    public static List<RoutedTicket> queuedIn(String tenantId, String groupId, int limit) {
        return find("tenantId = ?1 and state = ?2 and groupId = ?3 order by priorityRank desc, receivedAt, ticketId",
                tenantId, TicketState.QUEUED, groupId).page(0, limit).list();
    }

    public static List<RoutedTicket> ownedBy(String tenantId, String agentId) {
        return list("tenantId = ?1 and state = ?2 and ownerId = ?3 order by assignedAt", tenantId, TicketState.ASSIGNED,
                agentId);
    }

    public static long awaitingAssignment(String tenantId) {
        return count("tenantId = ?1 and state = ?2", tenantId, TicketState.QUEUED);
    }
}
