package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.EvaluationSummary;
import dev.opsdesk.reporting.messaging.in.EventData;
import dev.opsdesk.reporting.messaging.in.QaEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** QA evaluations (the highest revision wins) and AutoQA findings from qa-events. */
@ApplicationScoped
public class QaProjection {

    private final EntityManager em;

    QaProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID eventId, EventData data) {
        if (data instanceof QaEvents.EvaluationCompleted e) {
            evaluation(eventId, e);
        } else if (data instanceof QaEvents.AutoqaFlagged e) {
            Sql.update(em, """
                    insert into qa_finding (finding_id, tenant_id, ticket_id, agent_id, rule, item_id, outcome, flagged_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    e.findingId(), e.tenantId(), e.ticketId(), e.agentId(), e.rule(), e.itemId(), e.outcome(),
                    e.flaggedAt());
        } else {
            return false;
        }
        return true;
    }

    /** Keeps the highest revision (ties: the later completion, then the event id); the first completion dates it. */
    private void evaluation(UUID eventId, QaEvents.EvaluationCompleted e) {
        EvaluationSummary s = EvaluationSummary.of(e.items());
        Sql.update(em, """
                insert into qa_evaluation as q (evaluation_id, tenant_id, ticket_id, agent_id, channel, kind, revision,
                    event_id, score, score_with_defaults, critical_fail, applicable, passed, applicable_with_defaults,
                    passed_with_defaults, ce_applicable, ce_failed, ce_applicable_with_defaults, failed_items,
                    completed_at, first_completed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (evaluation_id) do update set ticket_id = excluded.ticket_id, agent_id = excluded.agent_id,
                    channel = excluded.channel, kind = excluded.kind, revision = excluded.revision,
                    event_id = excluded.event_id, score = excluded.score,
                    score_with_defaults = excluded.score_with_defaults, critical_fail = excluded.critical_fail,
                    applicable = excluded.applicable, passed = excluded.passed,
                    applicable_with_defaults = excluded.applicable_with_defaults,
                    passed_with_defaults = excluded.passed_with_defaults, ce_applicable = excluded.ce_applicable,
                    ce_failed = excluded.ce_failed, ce_applicable_with_defaults = excluded.ce_applicable_with_defaults,
                    failed_items = excluded.failed_items, completed_at = excluded.completed_at
                where (q.revision, q.completed_at, q.event_id) < (excluded.revision, excluded.completed_at, excluded.event_id)""",
                e.evaluationId(), e.tenantId(), e.ticketId(), e.agentId(), e.channel(), e.kind(), e.revision(), eventId,
                e.score(), e.scoreWithDefaults(), e.criticalFail(), s.applicable(), s.passed(),
                s.applicableWithDefaults(), s.passedWithDefaults(), s.ceApplicable(), s.ceFailed(),
                s.ceApplicableWithDefaults(), s.failedItems().toArray(String[]::new), e.completedAt(), e.completedAt());
        Sql.update(em, "update qa_evaluation set first_completed_at = least(first_completed_at, ?) where evaluation_id = ?",
                e.completedAt(), e.evaluationId());
    }
}
