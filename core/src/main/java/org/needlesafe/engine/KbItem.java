package org.needlesafe.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's {@code @kb} or a clearance cites of the clinical knowledge base: a numbered item such as {@code C-07},
 * or {@code E}, the side-effects section, which has no numbered items.
 *
 * @param id the item as the knowledge base writes it
 */
record KbItem(String id) {
    private static final Pattern FORM = Pattern.compile("(?<section>[CDSXAQ])-\\d{2}|E");

    KbItem {
        if (!FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a knowledge-base id");
        }
    }

    /** The item written in {@code text}; empty when it is not of the knowledge base's form. */
    static Optional<KbItem> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new KbItem(text)) : Optional.empty();
    }

    /** Whether it is a numbered item (what a clearance cites) rather than the side-effects section as a whole. */
    boolean numbered() {
        Matcher matcher = FORM.matcher(id);
        return matcher.matches() && matcher.group("section") != null;
    }

    @Override
    public String toString() {
        return id;
    }
}
