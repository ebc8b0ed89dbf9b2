package dev.opsdesk.ticket.domain.note;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate.NoteFieldDef;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.NoteTemplateDef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a note's labelled fields against the tenant's note template (R12–R16, R18, A45). */
public final class NoteRules {

    private NoteRules() {
    }

    public static List<NoteProblem> problems(NoteTemplateDef template, Map<String, String> fields, String ticketStore,
                                             LocalDate today) {
        List<NoteProblem> problems = new ArrayList<>();
        if (template.effectiveFrom() != null && today.isBefore(template.effectiveFrom())) {
            problems.add(new NoteProblem(null, "templateId", "'" + template.id() + "' is in force only from "
                    + template.effectiveFrom()));
        }
        if (template.supersededFrom() != null && !today.isBefore(template.supersededFrom())
                && (ticketStore == null || template.legacyAllowedForStores() == null
                || !template.legacyAllowedForStores().contains(ticketStore))) {
            // R14: the old format stays acceptable only for the listed stores (eBay, CKM)
            problems.add(new NoteProblem(template.rule(), "templateId", "'" + template.label()
                    + "' was superseded on " + template.supersededFrom() + "; it is accepted only for "
                    + template.legacyAllowedForStores() + " tickets"));
        }
        for (String given : fields.keySet()) {
            if (template.fields().stream().noneMatch(f -> f.label().equals(given))) {
                problems.add(new NoteProblem(template.rule(), "fields." + given, "'" + given + "' is not a line of '"
                        + template.label() + "'"));
            }
        }
        for (NoteFieldDef field : template.fields()) {
            String value = fields.get(field.label());
            String rule = field.rule() != null ? field.rule() : template.rule();
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    // R12, R15, R16, R18: every required labelled line is present and not empty
                    problems.add(new NoteProblem(template.rule(), "fields." + field.label(), "'" + field.label()
                            + ":' is required in '" + template.label() + "'"));
                }
                continue;
            }
            if (field.allowedValues() != null && !field.allowedValues().contains(value.strip())) {
                // R13: the source is one of the listed values
                problems.add(new NoteProblem(rule, "fields." + field.label(), "'" + value.strip()
                        + "' is not one of " + field.allowedValues()));
            }
            if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value.strip()).matches()) {
                // R15: e.g. "inbound call (<phone number>)"
                problems.add(new NoteProblem(rule, "fields." + field.label(), "'" + value.strip()
                        + "' does not have the required form " + field.pattern()));
            }
        }
        return problems;
    }

    /** The note as text, one "Label: value" line per field in the template's order (R12). */
    public static String render(NoteTemplateDef template, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (NoteFieldDef field : template.fields()) {
            String value = fields.get(field.label());
            if (value != null && !value.isBlank()) {
                body.append(field.label()).append(": ").append(value.strip()).append('\n');
            }
        }
        return body.toString().stripTrailing();
    }
}
