package dev.opsdesk.qa.domain.autoqa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tenant phrases in a text as whole words, ignoring case and runs of white space; a trailing
 * {@code *} on a word matches any ending ("фото*"), trailing punctuation of a phrase is optional
 * ("Thank you for email." matches "thank you for email!"). Offsets are those of the original text.
 */
public final class PhraseMatcher {

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private PhraseMatcher() {
    }

    public record Match(int start, int end, String text) {
    }

    public static Optional<Match> first(String text, List<String> phrases) {
        return all(text, phrases).stream().findFirst();
    }

    /** Every occurrence of every phrase, in text order, without overlaps. */
    public static List<Match> all(String text, List<String> phrases) {
        List<Match> found = new ArrayList<>();
        if (text == null || phrases == null) {
            return found;
        }
        for (String phrase : phrases) {
            Matcher m = pattern(phrase).matcher(text);
            while (m.find()) {
                found.add(new Match(m.start(), m.end(), text.substring(m.start(), m.end())));
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> distinct = new ArrayList<>();
        int reached = -1;
        for (Match match : found) {
            if (match.start() >= reached) {
                distinct.add(match);
                reached = match.end();
            }
        }
        return distinct;
    }

    public static int count(String text, List<String> phrases) {
        return all(text, phrases).size();
    }

    static Pattern pattern(String phrase) {
        return COMPILED.computeIfAbsent(phrase, PhraseMatcher::compile);
    }

    /** A whole-word, case-insensitive pattern for an exact word (a customer's name). */
    public static Pattern word(String word) {
        return compile(word.replace("*", ""));
    }

    private static Pattern compile(String phrase) {
        String trimmed = phrase.strip().replaceAll("[.!?]+$", "");
        boolean punctuated = trimmed.length() < phrase.strip().length();
        StringBuilder regex = new StringBuilder(NOT_WORD_BEFORE);
        String[] words = trimmed.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                regex.append("\\s+");
            }
            if (word.endsWith("*") && word.length() > 1) {
                regex.append(Pattern.quote(word.substring(0, word.length() - 1))).append("[\\p{L}\\p{N}]*");
            } else {
                regex.append(Pattern.quote(word));
            }
        }
        if (punctuated) {
            regex.append("[.!?]*"); // quoted with the punctuation the text has, if any
        }
        regex.append(NOT_WORD_AFTER);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
