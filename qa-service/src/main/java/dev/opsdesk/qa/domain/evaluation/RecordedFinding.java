package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finding of an AutoQA run on an interaction, with the item it pre-filled. A re-run keeps the
 * findings it finds again (same fingerprint) and supersedes the ones it no longer finds.
 */
@Entity
@Table(name = "autoqa_finding")
public class RecordedFinding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;
    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;
    @Column(nullable = false)
    public String fingerprint;
    @Column(nullable = false)
    public String rule;
    @Column(name = "check_id")
    public String check;
    @Column(name = "item_id")
    public String itemId;
    @Column(nullable = false)
    public String outcome;
    public String language;
    @Column(name = "message_id")
    public UUID messageId;
    @Column(name = "note_id")
    public UUID noteId;
    public String quote;
    @Column(name = "span_start")
    public Integer spanStart;
    @Column(name = "span_end")
    public Integer spanEnd;
    @Column(nullable = false)
    public String explanation;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;
    @Column(name = "superseded_at")
    public Instant supersededAt;

    public static RecordedFinding of(Finding finding, String itemId, Evaluation evaluation, Instant now) {
        RecordedFinding row = new RecordedFinding();
        row.id = UUID.randomUUID();
        row.tenantId = evaluation.tenantId;
        row.ticketId = evaluation.ticketId;
        row.evaluationId = evaluation.id;
        row.fingerprint = fingerprint(finding);
        row.rule = finding.rule();
        row.check = finding.check();
        row.itemId = itemId;
        row.outcome = finding.outcome().name();
        row.language = finding.language();
        row.messageId = finding.messageId();
        row.noteId = finding.noteId();
        row.quote = finding.quote();
        row.spanStart = finding.spanStart();
        row.spanEnd = finding.spanEnd();
        row.explanation = finding.explanation();
        row.agentId = evaluation.agentId;
        row.flaggedAt = now;
        return row;
    }

    /** The {@code qa.autoqa-flagged} event of a defect. */
    public AutoQaFlagged flagged() {
        return new AutoQaFlagged(UUID.randomUUID(), id, tenantId, ticketId, messageId, noteId, agentId, rule, check,
                itemId, Outcome.valueOf(outcome), language, quote, spanStart, spanEnd, explanation, evaluationId,
                flaggedAt);
    }

    public boolean failed() {
        return Outcome.FAIL.name().equals(outcome);
    }

    public static String fingerprint(Finding f) {
        String key = String.join("|", f.rule(), String.valueOf(f.check()), f.outcome().name(),
                String.valueOf(f.messageId()), String.valueOf(f.noteId()), String.valueOf(f.spanStart()),
                String.valueOf(f.spanEnd()), f.explanation());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static List<RecordedFinding> current(UUID evaluationId) {
        return list("evaluationId = ?1 and supersededAt is null order by flaggedAt, rule", evaluationId);
    }
}
