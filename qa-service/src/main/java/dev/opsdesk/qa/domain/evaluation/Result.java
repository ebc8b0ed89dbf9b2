package dev.opsdesk.qa.domain.evaluation;

/** §5.2: an item meets the standard (Y), does not (N), or does not apply to this interaction (NA). */
public enum Result {
    Y, N, NA
}
