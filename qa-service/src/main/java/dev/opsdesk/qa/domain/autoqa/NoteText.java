package dev.opsdesk.qa.domain.autoqa;

import java.util.Map;

/**
 * A note rendered as the lines {@code Label: value} in the order of its fields, so that a finding
 * can quote a field value with offsets into that text.
 */
public final class NoteText {

    private NoteText() {
    }

    public record Span(int start, int end, String text) {
    }

    public static String render(Conversation.Note note) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> field : note.fields().entrySet()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(field.getKey()).append(": ").append(field.getValue() == null ? "" : field.getValue());
        }
        return text.toString();
    }

    /** The span of a field's value in {@link #render}, or null when the note has no such field. */
    public static Span value(Conversation.Note note, String label) {
        int offset = 0;
        for (Map.Entry<String, String> field : note.fields().entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue();
            int start = offset + field.getKey().length() + 2;
            if (field.getKey().equals(label)) {
                return new Span(start, start + value.length(), value);
            }
            offset = start + value.length() + 1;
        }
        return null;
    }
}
