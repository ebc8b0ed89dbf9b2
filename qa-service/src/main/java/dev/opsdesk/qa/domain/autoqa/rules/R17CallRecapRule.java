package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R17: after an aftersales call (a call with an order, A36) the same call agent sends the Phone
 * Hotline Recap e-mail; R18: and logs the "Sent recap email to customer" note.
 */
public class R17CallRecapRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R17", "R18");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        if (profile.notes() == null || conversation.kind() != ChannelKind.VOICE || !conversation.hasOrder()) {
            return findings;
        }
        Conversation.Message recap = null;
        PhraseMatcher.Match marker = null;
        String language = null;
        for (Conversation.Message reply : conversation.staffReplies()) {
            Languages.Choice choice = language(reply.body(), conversation, profile);
            Optional<PhraseMatcher.Match> match = PhraseMatcher.first(reply.body(), choice.phrases().recapMarkers());
            if (match.isPresent()) {
                recap = reply;
                marker = match.get();
                language = choice.language();
            }
        }
        if (recap == null) {
            findings.add(Finding.missing(Outcome.FAIL, "R17", null, null, null,
                    "No Phone Hotline Recap e-mail was sent after this aftersales call"));
            return findings;
        }
        String callAgent = conversation.agentId();
        if (callAgent != null && recap.authorId() != null && !callAgent.equals(recap.authorId())) {
            findings.add(Finding.quoted(Outcome.FAIL, "R17", null, language, recap, marker,
                    "The recap was sent by " + recap.authorId() + ", not by the call agent " + callAgent));
        } else {
            findings.add(Finding.quoted(Outcome.PASS, "R17", null, language, recap, marker,
                    "The call agent sent the recap e-mail"));
        }
        boolean logged = !conversation.notesOf(profile.notes().recapNote()).isEmpty();
        findings.add(logged
                ? Finding.inNote(Outcome.PASS, "R18", conversation.notesOf(profile.notes().recapNote()).get(0), null,
                        "The recap is logged in a backend note")
                : Finding.missing(Outcome.FAIL, "R18", null, null, null,
                        "The recap e-mail is not logged with a \"Sent recap email to customer\" note"));
        return findings;
    }
}
