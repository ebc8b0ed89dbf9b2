package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.NoteText;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R12-R16 (§4.2): an interaction with a customer who has an order carries its notes in the
 * tenant's formats — the backend note with Source / Reference / Issue / Resolution (R12, R13; eBay
 * and CKM may keep the old format, R14), the voice backend note (R15) and the ticket's Order ID /
 * SKU note (R16). Warnings the ticket-service accepted under a warn setting count as defects.
 */
public class NoteFormatRules implements AutoQaRule {

    static final String SOURCE = "Complaint/Inquiry Source";
    static final List<String> BACKEND_LABELS = List.of(SOURCE, "Reference", "Issue", "Resolution/Recommendation");
    static final List<String> VOICE_LABELS = List.of(SOURCE, "Issue", "Resolution/Recommendation");
    static final String ORDER_ID = "Order ID";
    static final String SKU = "SKU";

    @Override
    public Set<String> rules() {
        return Set.of("R12", "R13", "R14", "R15", "R16");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        QaProfile.Notes notes = profile.notes();
        List<Finding> findings = new ArrayList<>();
        if (notes == null || !conversation.hasOrder()) {
            return findings; // A35: without an order only ticket notes apply, and none is required
        }
        if (conversation.kind() == ChannelKind.VOICE) {
            voiceNote(conversation, notes, findings);
        } else {
            backendNote(conversation, notes, findings);
        }
        orderNote(conversation, notes, findings);
        for (Conversation.Note note : conversation.notes()) {
            for (String warning : note.warnings()) {
                String rule = warning.matches("R1[2-6]: .*") ? warning.substring(0, 3) : null;
                if (rule != null) {
                    findings.add(Finding.inNote(Outcome.FAIL, rule, note, null, "Accepted with a warning: " + warning));
                }
            }
        }
        return findings;
    }

    private static void backendNote(Conversation conversation, QaProfile.Notes notes, List<Finding> findings) {
        List<Conversation.Note> current = conversation.notesOf(notes.backendNote());
        if (!current.isEmpty()) {
            Conversation.Note note = current.get(current.size() - 1);
            // R12: the four labelled lines, none empty
            findings.add(labelled(note, BACKEND_LABELS, "R12"));
            // R13: the source is one of the tenant's sources
            NoteText.Span source = NoteText.value(note, SOURCE);
            if (source != null && notes.sourceValues() != null && !notes.sourceValues().contains(source.text().trim())) {
                findings.add(Finding.inNote(Outcome.FAIL, "R13", note, source,
                        "Complaint/Inquiry Source is not one of " + notes.sourceValues()));
            } else if (source != null) {
                findings.add(Finding.inNote(Outcome.PASS, "R13", note, source, "A known Complaint/Inquiry Source"));
            }
            return;
        }
        List<Conversation.Note> legacy = conversation.notesOf(notes.legacyBackendNote());
        if (!legacy.isEmpty()) {
            Conversation.Note note = legacy.get(legacy.size() - 1);
            boolean allowed = conversation.store() != null && notes.legacyStores() != null
                    && notes.legacyStores().contains(conversation.store());
            // R14: the old format (no Reference line) only for eBay and CKM
            findings.add(Finding.inNote(allowed ? Outcome.PASS : Outcome.FAIL, "R14", note, NoteText.value(note, SOURCE),
                    allowed ? "The old backend note format is accepted for " + conversation.store()
                            : "The old backend note format (without Reference:) is only accepted for eBay and CKM"));
            return;
        }
        findings.add(Finding.missing(Outcome.FAIL, "R12", null, null, null,
                "No backend note (Complaint/Inquiry Source, Reference, Issue, Resolution/Recommendation)"
                        + " for a customer with an order"));
    }

    private static void voiceNote(Conversation conversation, QaProfile.Notes notes, List<Finding> findings) {
        List<Conversation.Note> voice = conversation.notesOf(notes.voiceBackendNote());
        if (voice.isEmpty()) {
            findings.add(Finding.missing(Outcome.FAIL, "R15", null, null, null,
                    "No voice backend note (Complaint/Inquiry Source: inbound call (<phone>), Issue, Resolution)"));
            return;
        }
        Conversation.Note note = voice.get(voice.size() - 1);
        Finding labelled = labelled(note, VOICE_LABELS, "R15");
        NoteText.Span source = NoteText.value(note, SOURCE);
        if (labelled.failed() || source == null) {
            findings.add(labelled);
        } else if (notes.voiceSourcePattern() != null
                && !Pattern.compile(notes.voiceSourcePattern()).matcher(source.text().trim()).matches()) {
            // R15: the source names the call and the phone number
            findings.add(Finding.inNote(Outcome.FAIL, "R15", note, source,
                    "The source of a voice note reads \"inbound call (<phone number>)\""));
        } else {
            findings.add(Finding.inNote(Outcome.PASS, "R15", note, source, "The voice backend note is complete"));
        }
    }

    private static void orderNote(Conversation conversation, QaProfile.Notes notes, List<Finding> findings) {
        List<Conversation.Note> orderNotes = conversation.notesOf(notes.orderNote());
        if (orderNotes.isEmpty()) {
            // R16: an aftersales ticket carries Order ID and SKU
            findings.add(Finding.missing(Outcome.FAIL, "R16", null, null, null,
                    "No ticket note with Order ID and SKU for an order ticket"));
            return;
        }
        Conversation.Note note = orderNotes.get(orderNotes.size() - 1);
        Finding labelled = labelled(note, List.of(ORDER_ID, SKU), "R16");
        NoteText.Span order = NoteText.value(note, ORDER_ID);
        String classified = conversation.classification().orderId().trim();
        if (!labelled.failed() && order != null && !order.text().trim().equalsIgnoreCase(classified)) {
            findings.add(Finding.inNote(Outcome.FAIL, "R16", note, order,
                    "The note's Order ID is not the ticket's order " + classified));
        } else {
            findings.add(labelled);
        }
    }

    private static Finding labelled(Conversation.Note note, List<String> labels, String rule) {
        for (String label : labels) {
            String value = note.fields().get(label);
            if (value == null || value.isBlank()) {
                return Finding.inNote(Outcome.FAIL, rule, note, NoteText.value(note, label),
                        "The note has no " + label + " line");
            }
        }
        return Finding.inNote(Outcome.PASS, rule, note, null, "The note has " + String.join(", ", labels));
    }
}
