package dev.opsdesk.routing.domain.template;

import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.template.RoutingTemplate.HolderDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RoleDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks a whole routing template: every definition, unique ids, and references inside the file. */
public final class TemplateRules {

    private TemplateRules() {
    }

    public static List<FieldProblem> problems(RoutingTemplate t) {
        List<FieldProblem> p = new ArrayList<>();
        if (t.id() == null || t.id().isBlank()) {
            p.add(new FieldProblem("id", "is required"));
        }
        if (t.version() < 1) {
            p.add(new FieldProblem("version", "must be 1 or more"));
        }
        Set<String> groups = unique(p, "groups", orEmpty(t.groups()), RoutingTemplate.GroupDef::id);
        Set<String> roles = unique(p, "roles", orEmpty(t.roles()), RoleDef::id);
        Set<String> agents = unique(p, "agents", orEmpty(t.agents()), RoutingTemplate.AgentDef::id);
        Set<String> calendars = unique(p, "calendars", orEmpty(t.calendars()), RoutingTemplate.CalendarDef::id);
        unique(p, "rules", orEmpty(t.rules()), RoutingTemplate.RuleDef::id);
        unique(p, "slaPolicies", orEmpty(t.slaPolicies()), RoutingTemplate.SlaPolicyDef::id);
        TemplateChecks.Known known = new TemplateChecks.Known(groups, roles, agents, calendars,
                t.settings() == null ? List.of() : orEmpty(t.settings().caseTypes()));
        p.addAll(TemplateChecks.settings("settings", t.settings(), known));
        each(p, "groups", t.groups(), (at, g) -> TemplateChecks.group(at, g));
        each(p, "agents", t.agents(), (at, a) -> TemplateChecks.agent(at, a, known));
        each(p, "roles", t.roles(), (at, r) -> holders(at, r, agents));
        each(p, "rules", t.rules(), (at, r) -> TemplateChecks.rule(at, r, known));
        each(p, "calendars", t.calendars(), (at, c) -> TemplateChecks.calendar(at, c));
        each(p, "slaPolicies", t.slaPolicies(), (at, s) -> TemplateChecks.slaPolicy(at, s, known));
        return p;
    }

    public static List<FieldProblem> holders(String at, RoleDef role, Set<String> agents) {
        List<FieldProblem> p = new ArrayList<>();
        if (role.name() == null || role.name().isBlank()) {
            p.add(new FieldProblem(at + ".name", "is required"));
        }
        List<HolderDef> holders = orEmpty(role.holders());
        for (int i = 0; i < holders.size(); i++) {
            HolderDef h = holders.get(i);
            String where = at + ".holders[" + i + "]";
            if (h.agent() == null || !agents.contains(h.agent())) {
                p.add(new FieldProblem(where + ".agent", "'" + h.agent() + "' is not an agent of this tenant"));
            }
            if (h.from() == null) {
                p.add(new FieldProblem(where + ".from", "is required"));
            } else if (h.until() != null && !h.until().isAfter(h.from())) {
                p.add(new FieldProblem(where + ".until", "must be after from"));
            }
        }
        return p;
    }

    private interface Check<T> {
        List<FieldProblem> apply(String at, T item);
    }

    private static <T> void each(List<FieldProblem> p, String name, List<T> items, Check<T> check) {
        List<T> list = orEmpty(items);
        for (int i = 0; i < list.size(); i++) {
            p.addAll(check.apply(name + "[" + i + "]", list.get(i)));
        }
    }

    private static <T> Set<String> unique(List<FieldProblem> p, String name, List<T> items, Function<T, String> id) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            if (value != null && !seen.add(value) && reported.add(value)) {
                p.add(new FieldProblem(name, "'" + value + "' appears more than once"));
            }
        }
        return seen;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
