package dev.opsdesk.qa.domain.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One item of an evaluation: its result (null while nobody has scored it), who decided it, the
 * rule that made it default yes (R54 for the form's cells, R135 for no-reply closures), its
 * checklist (A13) and the reviewer's comment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(String itemId, String section, Severity severity, Result result, Provenance provenance,
                         String defaultRule, List<SubResult> subCriteria, String comment) {

    /** One point of the item's checklist. */
    public record SubResult(String id, Result result, Provenance provenance) {
    }

    public boolean isDefault() {
        return provenance == Provenance.DEFAULT;
    }

    public Optional<SubResult> sub(String id) {
        return subCriteria == null ? Optional.empty() : subCriteria.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public ItemResult with(Result newResult, Provenance newProvenance, List<SubResult> newSubs, String newComment) {
        return new ItemResult(itemId, section, severity, newResult, newResult == null ? null : newProvenance,
                defaultRule, newSubs, newComment);
    }

    /** A13: the item is met when every point is; one unmet point fails it; otherwise it is still open. */
    public static Result derived(List<SubResult> subs) {
        if (subs == null || subs.isEmpty()) {
            return null;
        }
        if (subs.stream().anyMatch(s -> s.result() == Result.N)) {
            return Result.N;
        }
        if (subs.stream().anyMatch(s -> s.result() == null)) {
            return null;
        }
        return subs.stream().allMatch(s -> s.result() == Result.NA) ? Result.NA : Result.Y;
    }
}
