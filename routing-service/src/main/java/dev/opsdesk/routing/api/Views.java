package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.AssignmentDecision;
import dev.opsdesk.routing.domain.Fallback;
import dev.opsdesk.routing.domain.Outcome;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.alert.AlertStatus;
import dev.opsdesk.routing.domain.event.AssignmentDecided;
import dev.opsdesk.routing.domain.alert.SpikeKind;
import dev.opsdesk.routing.domain.people.AgentAbsence;
import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.domain.people.RoleHolder;
import dev.opsdesk.routing.domain.people.Shift;
import dev.opsdesk.routing.domain.sla.BusinessHours;
import dev.opsdesk.routing.domain.sla.Escalation;
import dev.opsdesk.routing.domain.sla.MetricTarget;
import dev.opsdesk.routing.domain.sla.SlaMetric;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.sla.SlaTimer;
import dev.opsdesk.routing.domain.sla.TimerState;
import dev.opsdesk.routing.domain.template.RoutingTemplate;
import dev.opsdesk.routing.service.AgentService;
import dev.opsdesk.routing.service.AlertService;
import dev.opsdesk.routing.service.RuleService;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API answers: response records built from the entities (never the entities themselves). */
public final class Views {

    private Views() {
    }

    public record AbsenceView(UUID id, Instant startsAt, Instant endsAt, String reason) {
        static AbsenceView of(AgentAbsence a) {
            return new AbsenceView(a.id, a.startsAt, a.endsAt, a.reason);
        }
    }

    public record AgentView(String agentId, String displayName, Presence presence, Presence pendingPresence,
                            Instant presenceChangedAt, List<String> groups, List<String> skills,
                            Map<String, Integer> capacity, String timeZone, int openTickets,
                            List<AbsenceView> absences, List<Shift> shifts) {
        static AgentView of(AgentService.AgentState s) {
            return new AgentView(s.agent().agentId, s.agent().displayName, s.agent().presence,
                    s.agent().pendingPresence, s.agent().presenceChangedAt, List.of(s.agent().groups),
                    List.of(s.agent().skills), Map.copyOf(s.agent().capacity), s.agent().timeZone, s.openTickets(),
                    s.absences().stream().map(AbsenceView::of).toList(),
                    s.shifts().stream().map(x -> x.toShift()).toList());
        }
    }

    static RoutingTemplate.RuleDef rule(RoutingRule r) {
        return new RoutingTemplate.RuleDef(r.ruleId, r.name, r.priority, r.conditions, List.copyOf(r.targets),
                r.queueGroup, List.of(r.requiredSkills), r.effectiveFrom, r.effectiveUntil, r.enabled, r.domainRule,
                r.note);
    }

    static RoutingTemplate.RoleDef role(RuleService.RoleWithHolders r) {
        return new RoutingTemplate.RoleDef(r.role().roleId, r.role().name, r.holders().stream().map(Views::holder)
                .toList());
    }

    private static RoutingTemplate.HolderDef holder(RoleHolder h) {
        return new RoutingTemplate.HolderDef(h.agentId, h.scope, h.effectiveFrom, h.effectiveUntil);
    }

    public record PolicyView(String id, int version, String name, List<String> channels, List<String> priorities,
                             Map<SlaMetric, MetricTarget> targets, String calendar,
                             String warnBefore, List<String> pausing, List<String> pendingUpdate,
                             Escalation escalation, String rule) {
        static PolicyView of(SlaPolicy p) {
            return new PolicyView(p.policyId, p.version, p.name, List.of(p.channels), List.of(p.priorities),
                    Map.copyOf(p.targets), p.calendarId, Duration.ofSeconds(p.warnBeforeSeconds).toString(),
                    List.of(p.pausingCategories), List.of(p.pendingUpdateCategories), p.escalation, p.domainRule);
        }
    }

    static RoutingTemplate.CalendarDef calendar(BusinessHours c) {
        return new RoutingTemplate.CalendarDef(c.calendarId, c.zone, Map.copyOf(c.hours), Arrays.asList(c.holidays));
    }

    public record TimerView(SlaMetric metric, TimerState state, String policyId, int policyVersion, Instant startedAt,
                            Instant dueAt, Instant warnedAt, Instant breachedAt) {
        static TimerView of(SlaTimer t) {
            return new TimerView(t.metric, t.state, t.policyId, t.policyVersion, t.startedAt, t.dueAt, t.warnedAt,
                    t.breachedAt);
        }
    }

    public record AcknowledgementView(String userId, String role, String note, Instant acknowledgedAt) {
    }

    public record AlertView(UUID alertId, String queue, SpikeKind kind, String pattern, double threshold,
                            double observed, Instant windowStart, Instant windowEnd, AlertStatus status,
                            String recipientRole, Instant detectedAt, Instant clearedAt, List<UUID> ticketIds,
                            List<AcknowledgementView> acknowledgements) {
        static AlertView of(AlertService.AlertView v) {
            var a = v.alert();
            return new AlertView(a.alertId, a.queue, a.kind, a.pattern, a.threshold, a.observed, a.windowStart,
                    a.windowEnd, a.status, a.recipientRole, a.detectedAt, a.clearedAt, v.ticketIds(),
                    v.acknowledgements().stream().map(k -> new AcknowledgementView(k.userId, k.role, k.note,
                            k.acknowledgedAt)).toList());
        }
    }

    public record DecisionView(UUID decisionId, Trigger trigger, Outcome outcome, String agentId, String groupId,
                               String ruleId, String ruleName, String roleId, Strategy strategy,
                               List<Fallback> fallbacksTried, String explanation, String ownerBefore,
                               String decidedBy, Instant decidedAt) {
        static DecisionView of(AssignmentDecision d) {
            return new DecisionView(d.decisionId, d.trigger, d.outcome, d.agentId, d.groupId, d.ruleId, d.ruleName,
                    d.roleId, d.strategy, List.copyOf(d.fallbacks), d.explanation, d.ownerBefore, d.decidedBy,
                    d.decidedAt);
        }

        static DecisionView of(AssignmentDecided e) {
            return new DecisionView(e.decisionId(), e.trigger(), e.outcome(), e.agentId(), e.groupId(), e.ruleId(),
                    e.ruleName(), e.roleId(), e.strategy(), e.fallbacksTried(), e.explanation(), e.ownerBefore(),
                    e.decidedBy(), e.decidedAt());
        }
    }

    public record QueuedTicketView(UUID ticketId, String channel, String subject, String priority,
                                   StatusCategory statusCategory, TicketState state, String ownerId, String groupId,
                                   List<String> topics, String caseReason, Instant receivedAt) {
        static QueuedTicketView of(RoutedTicket t) {
            return new QueuedTicketView(t.ticketId, t.channel, t.subject, t.priority.name(), t.statusCategory, t.state,
                    t.ownerId, t.groupId, List.of(t.topics), t.caseReason, t.receivedAt);
        }
    }
}
