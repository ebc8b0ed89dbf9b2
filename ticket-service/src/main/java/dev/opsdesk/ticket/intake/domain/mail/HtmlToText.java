package dev.opsdesk.ticket.intake.domain.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        document.select("script, style, head, noscript, template").remove();
        for (Element block : document.select("br, p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre")) {
            block.prependText("\n");
        }
        for (Element quote : document.select("blockquote")) {
            quote.prependText("> ");
        }
        String marked = document.body() == null ? "" : document.body().html();
        // Keep the new lines we inserted: clean to no tags at all, without pretty-printing.
        Document.OutputSettings plain = new Document.OutputSettings().prettyPrint(false);
        String text = Jsoup.clean(marked, "", Safelist.none(), plain);
        text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
