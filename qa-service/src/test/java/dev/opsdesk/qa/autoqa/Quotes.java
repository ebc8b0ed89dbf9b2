package dev.opsdesk.qa.autoqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;

/** Asserts that a finding quotes exactly {@code quote} at its place in {@code body}. */
final class Quotes {

    private Quotes() {
    }

    static void assertQuotes(Finding finding, String body, String quote) {
        assertQuotes(finding, body, quote, body.indexOf(quote));
    }

    /** The same, for a quote whose first occurrence in {@code body} is not the one meant. */
    static void assertQuotes(Finding finding, String body, String quote, int start) {
        assertEquals(quote, finding.quote(), finding.toString());
        assertEquals(start, finding.spanStart(), "span start of " + finding);
        assertEquals(start + quote.length(), finding.spanEnd(), "span end of " + finding);
        assertEquals(quote, body.substring(finding.spanStart(), finding.spanEnd()));
    }
}
