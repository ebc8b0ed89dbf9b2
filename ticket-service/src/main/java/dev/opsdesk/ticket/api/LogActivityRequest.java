package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.worklog.CallOutcome;
import dev.opsdesk.ticket.domain.worklog.WorkItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An activity to log: one task category label of the tenant's catalogue and how long it took. */
public record LogActivityRequest(
        @NotBlank @Size(max = 200) String taskCategory,
        @NotNull @Positive @Max(86_400) Integer durationSeconds,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be a channel code such as EMAIL, PHONE") String channel,
        CallOutcome callOutcome,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "must be an eBay case, return or dispute number")
        String ebayCaseId,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be a sub-category code such as RESOLVED_EXTERNAL")
        String subCategory) {

    WorkItem toWorkItem() {
        return new WorkItem(taskCategory, durationSeconds, channel, callOutcome, ebayCaseId, subCategory);
    }
}
