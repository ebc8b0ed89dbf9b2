package dev.opsdesk.reporting.domain;

import java.util.List;

/**
 * The counts QA reports need from one evaluation's items. A47: items whose provenance is
 * {@code DEFAULT} (default yes) are left out of both numerator and denominator unless a report
 * asks for them; {@code NA} items never count.
 */
public record EvaluationSummary(int applicable, int passed, int applicableWithDefaults, int passedWithDefaults,
                                int ceApplicable, int ceFailed, int ceApplicableWithDefaults,
                                List<String> failedItems) {

    public record Item(String itemId, String severity, String result, String provenance) {
        boolean applies() {
            return "Y".equals(result) || "N".equals(result);
        }

        boolean isDefault() {
            return "DEFAULT".equals(provenance);
        }

        boolean failed() {
            return "N".equals(result);
        }

        boolean critical() {
            return "CE".equals(severity);
        }
    }

    // A47: default-yes items inflate pass rates, so they are counted apart
    public static EvaluationSummary of(List<Item> items) {
        int applicable = 0, passed = 0, applicableAll = 0, passedAll = 0, ce = 0, ceFailed = 0, ceAll = 0;
        List<String> failed = new java.util.ArrayList<>();
        for (Item item : items) {
            if (!item.applies()) {
                continue;
            }
            applicableAll++;
            passedAll += item.failed() ? 0 : 1;
            ceAll += item.critical() ? 1 : 0;
            if (item.failed()) {
                failed.add(item.itemId());
                ceFailed += item.critical() ? 1 : 0;
            }
            if (!item.isDefault()) {
                applicable++;
                passed += item.failed() ? 0 : 1;
                ce += item.critical() ? 1 : 0;
            }
        }
        return new EvaluationSummary(applicable, passed, applicableAll, passedAll, ce, ceFailed, ceAll,
                List.copyOf(failed));
    }
}
