package dev.opsdesk.qa.domain.autoqa;

/** FAIL: a defect was found; PASS: the rule was checked and met. */
public enum Outcome {
    PASS, FAIL
}
