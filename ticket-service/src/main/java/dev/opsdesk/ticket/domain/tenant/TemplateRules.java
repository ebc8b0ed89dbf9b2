package dev.opsdesk.ticket.domain.tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The consistency rules a template must meet before a tenant may use it. */
public final class TemplateRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private TemplateRules() {
    }

    /** Every problem found, each as "field: problem"; empty when the template is usable. */
    public static List<String> problems(TenantTemplate t) {
        List<String> problems = new ArrayList<>();
        require(problems, t.id() != null && ID.matcher(t.id()).matches(), "id", "must match " + ID.pattern());
        require(problems, t.version() > 0, "version", "must be a positive number");
        require(problems, t.effectiveFrom() != null, "effectiveFrom", "is required (ISO date, A45)");
        require(problems, notBlank(t.displayName()), "displayName", "is required");
        require(problems, notBlank(t.ticketLabel()), "ticketLabel", "is required");
        require(problems, t.ticketGranularity() != null, "ticketGranularity", "is required (A10)");
        require(problems, t.noteValidation() != null, "noteValidation", "is required (G4)");
        require(problems, t.settings() != null, "settings", "is required");
        require(problems, t.timers() != null, "timers", "is required (G5)");

        if (isEmpty(t.channels())) {
            problems.add("channels: at least one channel is required");
        } else {
            for (int i = 0; i < t.channels().size(); i++) {
                TenantTemplate.ChannelDef c = t.channels().get(i);
                String at = "channels[" + i + "]";
                require(problems, c.code() != null && CODE.matcher(c.code()).matches(), at + ".code", "must match " + CODE.pattern());
                require(problems, c.kind() != null, at + ".kind", "is required");
                require(problems, c.duplicatePolicy() != null, at + ".duplicatePolicy", "is required (A26)");
                require(problems, notBlank(c.label()), at + ".label", "is required");
            }
            unique(problems, "channels", t.channels(), TenantTemplate.ChannelDef::code);
        }

        if (isEmpty(t.statuses())) {
            problems.add("statuses: at least one status is required");
        } else {
            for (int i = 0; i < t.statuses().size(); i++) {
                TenantTemplate.StatusDef s = t.statuses().get(i);
                String at = "statuses[" + i + "]";
                require(problems, s.code() != null && CODE.matcher(s.code()).matches(), at + ".code", "must match " + CODE.pattern());
                require(problems, notBlank(s.label()), at + ".label", "is required");
                require(problems, s.category() != null, at + ".category", "is required (§2.3)");
                if (s.resolution() != null && !codes(t.resolutions(), TenantTemplate.ResolutionDef::code).contains(s.resolution())) {
                    problems.add(at + ".resolution: '" + s.resolution() + "' is not one of the template's resolutions");
                }
            }
            unique(problems, "statuses", t.statuses(), TenantTemplate.StatusDef::code);
            long initial = t.statuses().stream().filter(TenantTemplate.StatusDef::initial).count();
            require(problems, initial == 1, "statuses", "exactly one status must be initial, found " + initial);
        }

        if (t.resolutions() != null) {
            for (int i = 0; i < t.resolutions().size(); i++) {
                TenantTemplate.ResolutionDef r = t.resolutions().get(i);
                String at = "resolutions[" + i + "]";
                require(problems, r.code() != null && CODE.matcher(r.code()).matches(), at + ".code", "must match " + CODE.pattern());
                require(problems, r.labels() != null && !r.labels().isEmpty(), at + ".labels", "at least one label is required");
                require(problems, r.category() != null, at + ".category", "is required (§2.3)");
                for (String channel : listOrEmpty(r.forbiddenInChannels())) {
                    require(problems, t.channel(channel).isPresent(), at + ".forbiddenInChannels",
                            "'" + channel + "' is not one of the template's channels");
                }
            }
            unique(problems, "resolutions", t.resolutions(), TenantTemplate.ResolutionDef::code);
        }

        if (t.taskCategories() != null) {
            for (int i = 0; i < t.taskCategories().size(); i++) {
                TenantTemplate.TaskCategoryDef c = t.taskCategories().get(i);
                String at = "taskCategories[" + i + "]";
                require(problems, notBlank(c.label()), at + ".label", "is required");
                require(problems, c.ahtMinutes() > 0, at + ".ahtMinutes", "must be a positive number of minutes");
            }
            unique(problems, "taskCategories", t.taskCategories(), TenantTemplate.TaskCategoryDef::label);
        }

        if (t.noteTemplates() != null) {
            for (int i = 0; i < t.noteTemplates().size(); i++) {
                TenantTemplate.NoteTemplateDef n = t.noteTemplates().get(i);
                String at = "noteTemplates[" + i + "]";
                require(problems, notBlank(n.id()), at + ".id", "is required");
                require(problems, !isEmpty(n.fields()), at + ".fields", "at least one field is required");
                for (int f = 0; f < listOrEmpty(n.fields()).size(); f++) {
                    TenantTemplate.NoteFieldDef field = n.fields().get(f);
                    require(problems, notBlank(field.label()), at + ".fields[" + f + "].label", "is required");
                    if (field.pattern() != null) {
                        try {
                            Pattern.compile(field.pattern());
                        } catch (RuntimeException e) {
                            problems.add(at + ".fields[" + f + "].pattern: not a valid regular expression");
                        }
                    }
                }
            }
            unique(problems, "noteTemplates", t.noteTemplates(), TenantTemplate.NoteTemplateDef::id);
        }

        if (t.originByChannel() != null) {
            t.originByChannel().forEach((channel, rule) -> {
                require(problems, t.channel(channel).isPresent(), "originByChannel." + channel, "is not a channel of the template");
                require(problems, rule != null && t.caseOrigins() != null && t.caseOrigins().contains(rule.origin()),
                        "originByChannel." + channel + ".origin", "is not one of the caseOrigins");
            });
        }

        if (t.taxonomy() != null) {
            Set<String> paths = codes(t.taxonomy().topics(), TenantTemplate.TopicDef::path);
            for (String allowed : listOrEmpty(t.taxonomy().allowedPaths())) {
                require(problems, paths.contains(allowed), "taxonomy.allowedPaths",
                        "'" + allowed + "' is not a topic path of the taxonomy");
            }
            unique(problems, "taxonomy.topics", listOrEmpty(t.taxonomy().topics()), TenantTemplate.TopicDef::path);
        }
        return problems;
    }

    private static <T> void unique(List<String> problems, String field, List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null && !seen.add(k)) {
                problems.add(field + ": '" + k + "' is defined twice");
            }
        }
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> key) {
        Set<String> codes = new HashSet<>();
        for (T item : listOrEmpty(items)) {
            codes.add(key.apply(item));
        }
        return codes;
    }

    private static void require(List<String> problems, boolean ok, String field, String problem) {
        if (!ok) {
            problems.add(field + ": " + problem);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
