package dev.opsdesk.qa.domain.autoqa;

import dev.opsdesk.qa.domain.autoqa.rules.DuplicateRules;
import dev.opsdesk.qa.domain.autoqa.rules.NoteFormatRules;
import dev.opsdesk.qa.domain.autoqa.rules.NrrMisuseRules;
import dev.opsdesk.qa.domain.autoqa.rules.R17CallRecapRule;
import dev.opsdesk.qa.domain.autoqa.rules.R21EbayPhotosRule;
import dev.opsdesk.qa.domain.autoqa.rules.R31AwaitingReplyRule;
import dev.opsdesk.qa.domain.autoqa.rules.R33ToolsTypeRule;
import dev.opsdesk.qa.domain.autoqa.rules.R47MergedTicketsReplyRule;
import dev.opsdesk.qa.domain.autoqa.rules.R49AcknowledgementRule;
import dev.opsdesk.qa.domain.autoqa.rules.R51NegativeLanguageRule;
import dev.opsdesk.qa.domain.autoqa.rules.R55CallWithoutNameRule;
import dev.opsdesk.qa.domain.autoqa.rules.R57GreetingRule;
import dev.opsdesk.qa.domain.autoqa.rules.R68NameUsedTwiceRule;
import dev.opsdesk.qa.domain.autoqa.rules.R71SocialRedirectRule;
import dev.opsdesk.qa.domain.autoqa.rules.R79FurtherHelpAndClosingRule;
import dev.opsdesk.qa.domain.autoqa.rules.R86NoReplyOnNrrOrDuplicateRule;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every AutoQA check, and the run of those a scorecard asks for on one interaction. */
public final class AutoQa {

    private static final List<AutoQaRule> RULES = List.of(
            new R57GreetingRule(), new R55CallWithoutNameRule(), new R49AcknowledgementRule(),
            new R79FurtherHelpAndClosingRule(), new R51NegativeLanguageRule(), new R68NameUsedTwiceRule(),
            new R71SocialRedirectRule(), new NoteFormatRules(), new R17CallRecapRule(), new R33ToolsTypeRule(),
            new R31AwaitingReplyRule(), new R21EbayPhotosRule(), new R47MergedTicketsReplyRule(),
            new R86NoReplyOnNrrOrDuplicateRule(), new NrrMisuseRules(), new DuplicateRules());

    private static final Set<String> KNOWN = Collections.unmodifiableSet(new TreeSet<>(RULES.stream()
            .flatMap(r -> java.util.stream.Stream.concat(r.rules().stream(), r.alsoReports().stream())).toList()));

    private AutoQa() {
    }

    /** The rule numbers a scorecard may name in {@code autoScore}. */
    public static Set<String> knownRules() {
        return KNOWN;
    }

    /** Runs the checks of any of {@code wanted}; keeps only the findings reported under those rules. */
    public static List<Finding> run(Conversation conversation, QaProfile profile, Set<String> wanted) {
        List<Finding> findings = new ArrayList<>();
        for (AutoQaRule rule : RULES) {
            if (!Collections.disjoint(rule.rules(), wanted)) {
                rule.check(conversation, profile).stream().filter(f -> wanted.contains(f.rule())).forEach(findings::add);
            }
        }
        return findings;
    }
}
