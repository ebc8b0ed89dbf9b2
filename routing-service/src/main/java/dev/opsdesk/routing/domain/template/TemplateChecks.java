package dev.opsdesk.routing.domain.template;

import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.RuleTarget;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.sla.BusinessCalendar;
import dev.opsdesk.routing.domain.sla.MetricTarget;
import dev.opsdesk.routing.domain.template.RoutingTemplate.AgentDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.CalendarDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.GroupDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RuleDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.SlaPolicyDef;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consistency rules of routing definitions, for template files (at start-up) and API bodies
 * alike: ids, references between groups, roles, agents and calendars, dates, durations.
 */
public final class TemplateChecks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}");

    private TemplateChecks() {
    }

    /** The ids a definition may refer to. */
    public record Known(Set<String> groups, Set<String> roles, Set<String> agents, Set<String> calendars,
                        List<String> caseTypes) {
    }

    public static List<FieldProblem> settings(String at, TenantSettings s, Known known) {
        List<FieldProblem> p = new ArrayList<>();
        if (s == null) {
            p.add(new FieldProblem(at, "is required"));
            return p;
        }
        if (s.defaultGroup() == null || !known.groups().contains(s.defaultGroup())) {
            p.add(new FieldProblem(at + ".defaultGroup", "'" + s.defaultGroup() + "' is not a group; use one of "
                    + known.groups()));
        }
        require(p, at + ".unmatched", s.unmatched());
        require(p, at + ".timeZone", s.timeZone());
        zone(p, at + ".timeZone", s.timeZone());
        capacities(p, at + ".defaultCapacity", s.defaultCapacity());
        if (s.endOfDay() == null) {
            p.add(new FieldProblem(at + ".endOfDay", "is required"));
        } else if (s.endOfDay().graceMinutes() < 0) {
            p.add(new FieldProblem(at + ".endOfDay.graceMinutes", "must not be negative"));
        }
        TenantSettings.Spikes spikes = s.spikes();
        if (spikes == null) {
            p.add(new FieldProblem(at + ".spikes", "is required"));
        } else {
            positive(p, at + ".spikes.volumeAbsolute", spikes.volumeAbsolute());
            positive(p, at + ".spikes.trailingWeeks", spikes.trailingWeeks());
            positive(p, at + ".spikes.patternMinCases", spikes.patternMinCases());
            positive(p, at + ".spikes.patternWindowMinutes", spikes.patternWindowMinutes());
            if (spikes.volumeFactor() <= 0) {
                p.add(new FieldProblem(at + ".spikes.volumeFactor", "must be positive"));
            }
            require(p, at + ".spikes.recipientRole", spikes.recipientRole());
        }
        return p;
    }

    public static List<FieldProblem> group(String at, GroupDef g) {
        List<FieldProblem> p = new ArrayList<>();
        id(p, at + ".id", g.id());
        require(p, at + ".name", g.name());
        if (g.strategy() != Strategy.ROUND_ROBIN && g.strategy() != Strategy.LEAST_LOADED) {
            p.add(new FieldProblem(at + ".strategy", "must be ROUND_ROBIN or LEAST_LOADED"));
        }
        return p;
    }

    public static List<FieldProblem> agent(String at, AgentDef a, Known known) {
        List<FieldProblem> p = new ArrayList<>();
        id(p, at + ".id", a.id());
        if (a.groups() != null) {
            for (String g : a.groups()) {
                if (!known.groups().contains(g)) {
                    p.add(new FieldProblem(at + ".groups", "'" + g + "' is not a group; use one of " + known.groups()));
                }
            }
        }
        capacities(p, at + ".capacity", a.capacity());
        if (a.timeZone() != null) {
            zone(p, at + ".timeZone", a.timeZone());
        }
        return p;
    }

    public static List<FieldProblem> rule(String at, RuleDef r, Known known) {
        List<FieldProblem> p = new ArrayList<>();
        id(p, at + ".id", r.id());
        require(p, at + ".name", r.name());
        if (r.priority() < 0) {
            p.add(new FieldProblem(at + ".priority", "must not be negative"));
        }
        if (r.when() == null) {
            p.add(new FieldProblem(at + ".when", "is required (an empty object matches every ticket)"));
        } else if (r.when().caseTypes() != null) {
            for (String type : r.when().caseTypes()) {
                if (known.caseTypes() == null || !known.caseTypes().contains(type)) {
                    p.add(new FieldProblem(at + ".when.caseTypes", "'" + type + "' is not a case type of this tenant; use one of "
                            + known.caseTypes()));
                }
            }
        }
        if (r.assignTo() == null || r.assignTo().isEmpty()) {
            p.add(new FieldProblem(at + ".assignTo", "needs at least one target"));
        } else {
            for (int i = 0; i < r.assignTo().size(); i++) {
                target(p, at + ".assignTo[" + i + "]", r.assignTo().get(i), known);
            }
        }
        if (r.queueGroup() != null && !known.groups().contains(r.queueGroup())) {
            p.add(new FieldProblem(at + ".queueGroup", "'" + r.queueGroup() + "' is not a group"));
        }
        if (r.effectiveFrom() != null && r.effectiveUntil() != null && !r.effectiveUntil().isAfter(r.effectiveFrom())) {
            p.add(new FieldProblem(at + ".effectiveUntil", "must be after effectiveFrom"));
        }
        return p;
    }

    private static void target(List<FieldProblem> p, String at, RuleTarget t, Known known) {
        if (t == null || !t.wellFormed()) {
            p.add(new FieldProblem(at, "names exactly one of role, agent or group"));
        } else if (t.role() != null && !known.roles().contains(t.role())) {
            p.add(new FieldProblem(at + ".role", "'" + t.role() + "' is not a role; use one of " + known.roles()));
        } else if (t.group() != null && !known.groups().contains(t.group())) {
            p.add(new FieldProblem(at + ".group", "'" + t.group() + "' is not a group; use one of " + known.groups()));
        } else if (t.agent() != null && !known.agents().contains(t.agent())) {
            p.add(new FieldProblem(at + ".agent", "'" + t.agent() + "' is not an agent of this tenant"));
        }
    }

    public static List<FieldProblem> calendar(String at, CalendarDef c) {
        List<FieldProblem> p = new ArrayList<>();
        id(p, at + ".id", c.id());
        require(p, at + ".zone", c.zone());
        if (c.hours() == null || c.hours().isEmpty()) {
            p.add(new FieldProblem(at + ".hours", "needs at least one weekday with working windows"));
        } else if (c.zone() != null) {
            try {
                BusinessCalendar.of(c.zone(), c.hours(), c.holidays() == null ? List.of() : c.holidays());
            } catch (IllegalArgumentException | DateTimeException e) {
                p.add(new FieldProblem(at + ".hours", e.getMessage()));
            }
        }
        return p;
    }

    public static List<FieldProblem> slaPolicy(String at, SlaPolicyDef d, Known known) {
        List<FieldProblem> p = new ArrayList<>();
        id(p, at + ".id", d.id());
        require(p, at + ".name", d.name());
        require(p, at + ".escalation", d.escalation());
        if (d.targets() == null || d.targets().isEmpty()) {
            p.add(new FieldProblem(at + ".targets", "needs at least one metric"));
        } else {
            d.targets().forEach((metric, target) -> {
                String problem = target == null ? "is required" : target.problem();
                if (problem != null) {
                    p.add(new FieldProblem(at + ".targets." + metric + ".target", problem));
                }
            });
            boolean business = d.targets().values().stream().anyMatch(t -> t != null && t.businessHours());
            if (business && d.calendar() == null) {
                p.add(new FieldProblem(at + ".calendar", "business-hours targets need a calendar"));
            }
        }
        if (d.calendar() != null && !known.calendars().contains(d.calendar())) {
            p.add(new FieldProblem(at + ".calendar", "'" + d.calendar() + "' is not a calendar; use one of "
                    + known.calendars()));
        }
        if (d.warnBefore() != null) {
            String problem = new MetricTarget(d.warnBefore(), false).problem();
            if (problem != null) {
                p.add(new FieldProblem(at + ".warnBefore", problem));
            }
        }
        return p;
    }

    public static Duration warnBefore(SlaPolicyDef d) {
        return d.warnBefore() == null ? Duration.ZERO : Duration.parse(d.warnBefore());
    }

    private static void capacities(List<FieldProblem> p, String at, java.util.Map<String, Integer> capacity) {
        if (capacity != null) {
            capacity.forEach((channel, max) -> {
                if (max == null || max < 0) {
                    p.add(new FieldProblem(at + "." + channel, "must be 0 or more"));
                }
            });
        }
    }

    private static void id(List<FieldProblem> p, String at, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            p.add(new FieldProblem(at, "must be 1-128 letters, digits or _.@- (starting with a letter or digit)"));
        }
    }

    private static void require(List<FieldProblem> p, String at, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            p.add(new FieldProblem(at, "is required"));
        }
    }

    private static void positive(List<FieldProblem> p, String at, int value) {
        if (value <= 0) {
            p.add(new FieldProblem(at, "must be positive"));
        }
    }

    private static void zone(List<FieldProblem> p, String at, String zone) {
        if (zone == null) {
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            p.add(new FieldProblem(at, "'" + zone + "' is not a time zone such as Europe/Berlin"));
        }
    }
}
