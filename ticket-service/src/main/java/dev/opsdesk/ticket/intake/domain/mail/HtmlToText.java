package dev.opsdesk.ticket.intake.domain.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML bodies become plain text with jsoup: scripts, styles and markup are dropped, block elements
 * and line breaks become new lines. Nothing of the HTML is kept, so nothing of it can run anywhere.
 */
public final class HtmlToText {

    private HtmlToText() {
    }

    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        document.select("script, style, head, noscript, template").remove();
        // Marks survive cleaning as text and become line breaks afterwards
        document.select("br").before("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").before("\\n\\n");
        String marked = document.body() == null ? "" : document.body().html();
        String text = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
        text = org.jsoup.parser.Parser.unescapeEntities(text.replace("\\n", "\n"), false);
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
