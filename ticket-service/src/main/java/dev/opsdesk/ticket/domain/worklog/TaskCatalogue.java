package dev.opsdesk.ticket.domain.worklog;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.TaskCategoryDef;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's work-log catalogue (DOMAIN.md §3.1) and the CrazySales labels that R3–R10 name. A rule
 * that names a label only applies when the tenant's catalogue has that label.
 */
final class TaskCatalogue {

    static final String KAYAKO_TICKETS = "Kayako Tickets";
    static final String ESCALATED_CASES = "Special Stores (Escalated Cases)";
    static final String CLOSED_OR_MERGED = "Closed (No Action) / Merged Ticket";
    static final String VOICE_OUTBOUND = "Voice (Outbound)";
    static final String VOICEMAIL_OR_QUICK_CALL = "Voice (Voicemail / Quick Call)";
    static final String CROSS_DEPARTMENT_VOICE = "Cross Department Request (Voice)";
    static final String CROSS_DEPARTMENT_NON_VOICE = "Cross Department Request (Non Voice)";
    static final String COURIER_VOICE = "Courier Inquiry (Voice)";
    static final String COURIER_NON_VOICE = "Courier Inquiry (Non Voice)";

    private final List<TaskCategoryDef> rows;

    private TaskCatalogue(List<TaskCategoryDef> rows) {
        this.rows = rows;
    }

    static TaskCatalogue of(TenantTemplate template) {
        if (template.taskCategories() == null || template.taskCategories().isEmpty()) {
            throw new RuleViolation(null, "taskCategory",
                    "this tenant has no task-category catalogue, so it does not log work");
        }
        return new TaskCatalogue(template.taskCategories());
    }

    /** R1: the one catalogue row a label names (exact label, case and outer blanks aside). */
    TaskCategoryDef find(String label) {
        String wanted = label.strip();
        return rows.stream().filter(r -> r.label().equals(wanted)).findFirst()
                .or(() -> rows.stream().filter(r -> r.label().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new RuleViolation("R1", "taskCategory", "'" + wanted
                        + "' is not a task category of this tenant's catalogue; log exactly one of its "
                        + rows.size() + " categories, e.g. '" + rows.get(0).label() + "'"));
    }

    boolean has(String label) {
        return rows.stream().anyMatch(r -> r.label().equals(label));
    }

    /** The other half of a voice / non-voice pair (R4, R5), if the catalogue has it. */
    Optional<String> counterpart(String label) {
        String other = label.endsWith("(Non Voice)") ? label.replace("(Non Voice)", "(Voice)")
                : label.endsWith("(Voice)") ? label.replace("(Voice)", "(Non Voice)") : null;
        return Optional.ofNullable(other).filter(this::has);
    }
}
