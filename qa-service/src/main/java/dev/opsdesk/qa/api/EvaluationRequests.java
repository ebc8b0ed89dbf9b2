package dev.opsdesk.qa.api;

import dev.opsdesk.qa.domain.evaluation.ItemChange;
import dev.opsdesk.qa.domain.evaluation.Result;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of /api/v1/evaluations and calibration scores. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** A reviewer's result for one item: {@code result} and/or its checklist, a comment, the override reason. */
    public record ItemScore(@NotBlank @Size(max = 40) String itemId, Result result,
                            @Size(max = 40) Map<@NotBlank @Size(max = 60) String, @NotNull Result> subCriteria,
                            @Size(max = 4000) String comment, @Size(max = 2000) String reason) {

        ItemChange change() {
            return new ItemChange(itemId, result, subCriteria, comment, reason);
        }
    }

    public record CreateEvaluation(@NotNull UUID ticketId,
                                   @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String channel,
                                   @Size(min = 2, max = 63) String scorecardId,
                                   @NotNull @Size(max = 200) List<@Valid @NotNull ItemScore> items,
                                   @Size(max = 2000) String reason) {
    }

    public record Revise(@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull ItemScore> items,
                         @Size(max = 2000) String reason) {
    }

    static List<ItemChange> changes(List<ItemScore> items) {
        return items.stream().map(ItemScore::change).toList();
    }
}
