package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R21: an eBay customer asked for photos is pointed to eBay messaging, not to an external mailbox
 * such as ozauction@gmail.com (10 Feb 2016).
 */
public class R21EbayPhotosRule implements AutoQaRule {

    private static final Pattern MAILBOX = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

    @Override
    public Set<String> rules() {
        return Set.of("R21");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        if (!profile.isEbay(conversation.channel(), conversation.store())) {
            return findings;
        }
        for (Conversation.Message reply : conversation.staffReplies()) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            Optional<PhraseMatcher.Match> request = PhraseMatcher.first(reply.body(), language.phrases().photoRequests());
            if (request.isEmpty()) {
                continue;
            }
            Matcher mailbox = MAILBOX.matcher(reply.body());
            if (mailbox.find()) {
                findings.add(Finding.quoted(Outcome.FAIL, "R21", null, language.language(), reply,
                        new PhraseMatcher.Match(mailbox.start(), mailbox.end(), mailbox.group()),
                        "eBay customers send photos through eBay messaging, not to an external mailbox"));
            } else {
                PhraseMatcher.Match quoted = PhraseMatcher.first(reply.body(), language.phrases().ebayMessaging())
                        .orElse(request.get());
                findings.add(Finding.quoted(Outcome.PASS, "R21", null, language.language(), reply, quoted,
                        "Photos are requested through eBay messaging"));
            }
        }
        return findings;
    }
}
