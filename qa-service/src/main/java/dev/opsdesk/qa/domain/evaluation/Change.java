package dev.opsdesk.qa.domain.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a revision changed on one item, kept in the evaluation's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String itemId, String subCriterion, Result from, Provenance fromProvenance, Result to,
                     Provenance toProvenance, String reason) {
}
