package dev.opsdesk.qa.domain.autoqa;

import java.util.UUID;

/**
 * What one AutoQA check found: the rule, the outcome, and the text that caused it — the message or
 * note, the quoted span and its offsets (UTF-16 indices into the message body or the rendered note,
 * end exclusive) — or, when something is missing, no quote and an explanation saying what.
 */
public record Finding(String rule, String check, Outcome outcome, String language, UUID messageId, UUID noteId,
                      String quote, Integer spanStart, Integer spanEnd, String explanation) {

    public static Finding quoted(Outcome outcome, String rule, String check, String language,
                                 Conversation.Message message, PhraseMatcher.Match match, String explanation) {
        return new Finding(rule, check, outcome, language, message.id(), null, match.text(), match.start(),
                match.end(), explanation);
    }

    public static Finding missing(Outcome outcome, String rule, String check, String language, UUID messageId,
                                  String explanation) {
        return new Finding(rule, check, outcome, language, messageId, null, null, null, null, explanation);
    }

    public static Finding inNote(Outcome outcome, String rule, Conversation.Note note, NoteText.Span span,
                                 String explanation) {
        return new Finding(rule, null, outcome, null, null, note.id(), span == null ? null : span.text(),
                span == null ? null : span.start(), span == null ? null : span.end(), explanation);
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
