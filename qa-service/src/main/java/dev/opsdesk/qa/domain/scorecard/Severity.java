package dev.opsdesk.qa.domain.scorecard;

/** §5.2: every item is a Critical Error (CE) or a Non-Critical Error (NCE) item. */
public enum Severity {
    CE, NCE
}
