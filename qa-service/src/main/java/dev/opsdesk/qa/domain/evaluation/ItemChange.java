package dev.opsdesk.qa.domain.evaluation;

import java.util.Map;

/** A reviewer's (or an accepted dispute's) result for one item, with the reason an override needs. */
public record ItemChange(String itemId, Result result, Map<String, Result> subCriteria, String comment, String reason) {
}
