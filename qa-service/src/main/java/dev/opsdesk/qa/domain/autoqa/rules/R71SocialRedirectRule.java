package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.PhraseSet;

/** R71: a social-media reply solves the issue there, without redirecting to chat or phone (3.2, CE). */
public class R71SocialRedirectRule extends PhraseDefectRule {

    public R71SocialRedirectRule() {
        super("R71", PhraseSet::channelRedirects);
    }

    @Override
    String defect(PhraseMatcher.Match match) {
        return "The reply redirects the customer to another channel instead of solving it here";
    }

    @Override
    String passed(int replies) {
        return "No reply redirects the customer to another channel";
    }
}
