package dev.opsdesk.qa.domain.evaluation;

/** A47: who decided an item: a reviewer, AutoQA, or the scorecard's "default yes". */
public enum Provenance {
    SCORED, AUTO, DEFAULT
}
