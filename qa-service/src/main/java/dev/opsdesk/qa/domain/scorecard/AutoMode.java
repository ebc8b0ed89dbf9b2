package dev.opsdesk.qa.domain.scorecard;

/**
 * What an AutoQA rule may decide for the item (or sub-criterion) it feeds: both Y and N, or only N
 * (a rule that detects one kind of defect, such as a channel redirect, cannot prove the item is met).
 */
public enum AutoMode {
    PASS_AND_FAIL, FAIL_ONLY
}
