package dev.opsdesk.ticket.intake.domain.mail;

import java.util.regex.Pattern;

/**
 * Cuts the quoted earlier mail off a reply: everything from the first "On … wrote:" line, an
 * Outlook "-----Original Message-----" / "From: … Sent: …" block, or a run of "&gt;" lines at the end.
 * When nothing new is left, the full text is kept.
 */
public final class QuotedReplyTrimmer {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?m)^[ \\t]*(On\\s.{1,300}?\\swrote:|Am\\s.{1,300}?\\sschrieb.{0,40}:|Le\\s.{1,300}?\\sa écrit\\s?:)[ \\t]*$");
    private static final Pattern OUTLOOK = Pattern.compile(
            "(?m)^[ \\t]*(-{2,}\\s?Original Message\\s?-{2,}|_{10,}|From:\\s.+\\R(Sent|Date):\\s.+)");
    private static final Pattern QUOTED_TAIL = Pattern.compile("(?s)(\\R[ \\t]*>[^\\n]*)+\\s*$");

    private QuotedReplyTrimmer() {
    }

    public static String trim(String text) {
        String cut = text;
        cut = cutAt(cut, ATTRIBUTION);
        cut = cutAt(cut, OUTLOOK);
        cut = QUOTED_TAIL.matcher(cut).replaceFirst("");
        cut = cut.strip();
        return cut.isEmpty() ? text.strip() : cut;
    }

    private static String cutAt(String text, Pattern pattern) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? text.substring(0, matcher.start()) : text;
    }
}
