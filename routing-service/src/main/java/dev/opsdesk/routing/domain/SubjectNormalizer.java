package dev.opsdesk.routing.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A29: subjects are compared after lower-casing and stripping reply/forward prefixes, numbers and
 * ids, so "Re: Order 1234 not received" and "order 98 not received" are the same pattern.
 */
public final class SubjectNormalizer {

    private static final Pattern PREFIXES = Pattern.compile("^(\\s*(re|fw|fwd|aw|sv|wg|antw)\\s*(\\[\\d+])?\\s*:\\s*)+");
    private static final Pattern TOKENS_WITH_DIGITS = Pattern.compile("[#\\p{L}\\p{N}_-]*\\p{N}[#\\p{L}\\p{N}_-]*");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SubjectNormalizer() {
    }

    public static String normalize(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.toLowerCase(Locale.ROOT);
        s = PREFIXES.matcher(s).replaceFirst("");
        s = TOKENS_WITH_DIGITS.matcher(s).replaceAll(" ");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }
}
