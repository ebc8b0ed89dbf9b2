package dev.opsdesk.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Reporting's own record of a ticket, merged from its events. Every change is commutative: set-once
 * facts, minimum/maximum instants, counters of distinct events (the processed-event mark makes each
 * count once) and last-writer-wins values with a {@link Version}. So the row ends the same whatever
 * order the events of the three topics arrive in, which is what makes a rebuild give the same figures.
 */
@Entity
@Table(name = "reported_ticket")
public class ReportedTicket extends PanacheEntityBase {

    /** Status set by a resolution wins over a status change of the same instant (G2). */
    private static final int RANK_CREATED = 0;
    private static final int RANK_STATUS_CHANGE = 1;
    private static final int RANK_RESOLUTION = 2;

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    public String channel;
    @Column(name = "created_at")
    public Instant createdAt;
    public String subject;
    public String store;
    public String origin;
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "status_code")
    public String statusCode;
    @Column(name = "status_category")
    public String statusCategory;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "status_rank")
    public Integer statusRank;
    @Column(name = "status_event")
    public UUID statusEvent;

    public String resolution;
    @Column(name = "resolution_category")
    public String resolutionCategory;
    @Column(name = "resolution_at")
    public Instant resolutionAt;
    @Column(name = "resolution_event")
    public UUID resolutionEvent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics = new String[0];
    @Column(name = "topics_at")
    public Instant topicsAt;
    @Column(name = "topics_event")
    public UUID topicsEvent;

    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "owner_at")
    public Instant ownerAt;
    @Column(name = "owner_event")
    public UUID ownerEvent;
    @Column(name = "group_id")
    public String groupId;
    @Column(name = "group_at")
    public Instant groupAt;
    @Column(name = "group_event")
    public UUID groupEvent;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;
    @Column(name = "last_public_update_at")
    public Instant lastPublicUpdateAt;
    @Column(name = "public_replies")
    public int publicReplies;
    @Column(name = "first_resolved_at")
    public Instant firstResolvedAt;
    @Column(name = "last_resolved_at")
    public Instant lastResolvedAt;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "last_reopened_at")
    public Instant lastReopenedAt;
    public boolean transferred;

    @Column(name = "merged_into")
    public UUID mergedInto;
    @Column(name = "merge_at")
    public Instant mergeAt;
    @Column(name = "merge_event")
    public UUID mergeEvent;
    @Column(name = "merges_received")
    public int mergesReceived;

    @Column(name = "frt_seconds")
    public Long frtSeconds;
    @Column(name = "frt_business_seconds")
    public Long frtBusinessSeconds;
    @Column(name = "resolution_seconds")
    public Long resolutionSeconds;
    @Column(name = "resolution_business_seconds")
    public Long resolutionBusinessSeconds;
    @Column(name = "is_open")
    public boolean open;

    public void created(UUID eventId, String channel, String subject, String status, String statusCode, String store,
                        String origin, UUID customerId, Instant at) {
        if (createdAt == null || at.isBefore(createdAt)) {
            createdAt = at;
            this.channel = channel;
            this.subject = subject == null ? null : subject.substring(0, Math.min(subject.length(), 200));
            this.store = store;
            this.origin = origin;
            this.customerId = customerId;
        }
        status(new Version(at, RANK_CREATED, eventId), statusCode == null ? status : statusCode, status);
    }

    public void statusChanged(UUID eventId, String fromCategory, String toCode, String toCategory, Instant at) {
        status(new Version(at, RANK_STATUS_CHANGE, eventId), toCode, toCategory);
        reached(toCategory, at);
        if (StatusCategories.isReopen(fromCategory, toCategory)) {
            reopenCount++;
            lastReopenedAt = max(lastReopenedAt, at);
        }
    }

    public void resolved(UUID eventId, String resolution, String category, String status, List<String> topics,
                         Instant at) {
        Version version = new Version(at, RANK_RESOLUTION, eventId);
        status(version, status, category);
        if (version.supersedes(version(resolutionAt, RANK_RESOLUTION, resolutionEvent))) {
            this.resolution = resolution;
            resolutionCategory = category;
            resolutionAt = at;
            resolutionEvent = eventId;
        }
        topics(eventId, topics, at);
        reached(category, at);
    }

    public void topics(UUID eventId, List<String> values, Instant at) {
        if (Version.of(at, eventId).supersedes(version(topicsAt, 0, topicsEvent))) {
            topics = values.stream().distinct().toArray(String[]::new);
            topicsAt = at;
            topicsEvent = eventId;
        }
    }

    public void publicStaffReply(Instant at) {
        firstResponseAt = min(firstResponseAt, at);
        lastPublicUpdateAt = max(lastPublicUpdateAt, at);
        publicReplies++;
    }

    public void owner(UUID eventId, String owner, Instant at) {
        if (Version.of(at, eventId).supersedes(version(ownerAt, 0, ownerEvent))) {
            ownerId = owner;
            ownerAt = at;
            ownerEvent = eventId;
        }
    }

    /** The group (queue) the ticket waits in; events that leave it unchanged pass null and are ignored. */
    public void group(UUID eventId, String group, Instant at) {
        if (group != null && Version.of(at, eventId).supersedes(version(groupAt, 0, groupEvent))) {
            groupId = group;
            groupAt = at;
            groupEvent = eventId;
        }
    }

    public void mergedInto(UUID eventId, UUID target, Instant at) {
        if (Version.of(at, eventId).supersedes(version(mergeAt, 0, mergeEvent))) {
            mergedInto = target;
            mergeAt = at;
            mergeEvent = eventId;
        }
    }

    public void receivedMerge() {
        mergesReceived++;
    }

    /** Recomputes what derives from the merged facts; runs after every change, so the last one wins. */
    public void derive(BusinessCalendar calendar) {
        open = createdAt != null && mergedInto == null && StatusCategories.isOpen(statusCategory);
        frtSeconds = seconds(createdAt, firstResponseAt);
        frtBusinessSeconds = businessSeconds(calendar, createdAt, firstResponseAt);
        resolutionSeconds = seconds(createdAt, firstResolvedAt);
        resolutionBusinessSeconds = businessSeconds(calendar, createdAt, firstResolvedAt);
    }

    private void status(Version version, String code, String category) {
        if (version.supersedes(version(statusAt, statusRank == null ? 0 : statusRank, statusEvent))) {
            statusCode = code;
            statusCategory = category;
            statusAt = version.at();
            statusRank = version.rank();
            statusEvent = version.eventId();
        }
    }

    private void reached(String category, Instant at) {
        if (StatusCategories.isResolved(category)) {
            firstResolvedAt = min(firstResolvedAt, at);
            lastResolvedAt = max(lastResolvedAt, at);
        }
        if ("TRANSFERRED".equals(category)) {
            transferred = true;
        }
    }

    private static Version version(Instant at, int rank, UUID eventId) {
        return at == null ? null : new Version(at, rank, eventId);
    }

    private static Long seconds(Instant from, Instant to) {
        return from == null || to == null ? null : Math.max(0, Duration.between(from, to).getSeconds());
    }

    private static Long businessSeconds(BusinessCalendar calendar, Instant from, Instant to) {
        return from == null || to == null ? null : calendar.businessSecondsBetween(from, to);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    public static long createdIn(String tenantId) {
        return count("tenantId = ?1 and createdAt is not null", tenantId);
    }
}
