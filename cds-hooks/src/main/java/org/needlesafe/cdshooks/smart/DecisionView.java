package org.needlesafe.cdshooks.smart;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.needlesafe.cdshooks.cards.CardModel.Card;

/**
 * The result page: what was saved, and the order's card as the service makes it now, word for word. The card's
 * Markdown becomes HTML with raw HTML escaped and links sanitised (the card escapes text from the EHR already).
 */
final class DecisionView {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private DecisionView() {
    }

    sealed interface Outcome permits Decided, Unavailable {
    }

    record Decided(Card card) implements Outcome {
    }

    record Unavailable(String reason) implements Outcome {
    }

    static String render(Outcome outcome, String savedAs) {
        StringBuilder html = new StringBuilder("<h1>Checklist saved</h1>\n<p class=\"saved\">The answers are in the"
                + " record as <strong>" + Html.escape(savedAs) + "</strong>. Questions left at <em>Not known</em>"
                + " stay unknown.</p>\n");
        if (outcome instanceof Decided decided) {
            Card card = decided.card();
            html.append("<section class=\"card ").append(Html.escape(card.indicator()))
                    .append("\" aria-labelledby=\"decision\">\n<h2 id=\"decision\">The order as it stands now</h2>\n")
                    .append("<p class=\"summary\"><span class=\"indicator\">").append(Html.escape(card.indicator()))
                    .append("</span> ").append(Html.escape(card.summary())).append("</p>\n")
                    .append(HTML.render(MARKDOWN.parse(card.detail())))
                    .append("</section>\n");
        } else if (outcome instanceof Unavailable unavailable) {
            html.append("<section class=\"card\" aria-labelledby=\"decision\">\n<h2 id=\"decision\">The order as it"
                    + " stands now</h2>\n<p>").append(Html.escape(unavailable.reason())).append("</p>\n</section>\n");
        }
        html.append("<p>You can close this window and return to the order in the EHR.</p>\n");
        return html.toString();
    }
}
