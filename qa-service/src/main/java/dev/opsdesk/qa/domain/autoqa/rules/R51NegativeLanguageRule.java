package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.PhraseSet;

/** R51: replies avoid "no", "cannot" and other negative responses (the tenant's list per language, A38). */
public class R51NegativeLanguageRule extends PhraseDefectRule {

    public R51NegativeLanguageRule() {
        super("R51", PhraseSet::negativeWords);
    }

    @Override
    String defect(PhraseMatcher.Match match) {
        return "Negative wording \"" + match.text() + "\": say what we can do instead";
    }

    @Override
    String passed(int replies) {
        return "No negative wording in " + replies + " repl" + (replies == 1 ? "y" : "ies");
    }
}
