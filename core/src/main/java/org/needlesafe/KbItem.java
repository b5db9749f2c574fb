package org.needlesafe;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item of the clinical knowledge base, as a rule's {@code @kb} and a finding cite it: a numbered item such as
 * {@code C-07}, or {@code E}, the side-effects section, which has no numbered items. The one place a knowledge-base
 * id's form is written.
 *
 * @param id the item as the knowledge base writes it, e.g. {@code C-07}
 */
public record KbItem(String id) {
    private static final Pattern FORM = Pattern.compile("(?<section>[CDSXAQ])-\\d{2}|E");

    /**
     * Checks the form.
     *
     * @param id the item as the knowledge base writes it, e.g. {@code C-07}
     * @throws IllegalArgumentException when it is not of the knowledge base's form
     */
    public KbItem {
        if (id == null || !FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a knowledge-base id");
        }
    }

    /**
     * The item with this id.
     *
     * @param id e.g. {@code C-07}
     * @return the item
     * @throws IllegalArgumentException when it is not of the knowledge base's form
     */
    public static KbItem of(String id) {
        return new KbItem(id);
    }

    /**
     * The item written in a text, when it is one.
     *
     * @param text e.g. {@code C-07}, or anything else
     * @return the item; empty when the text is not of the knowledge base's form
     */
    public static Optional<KbItem> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new KbItem(text)) : Optional.empty();
    }

    /**
     * The ids of some items, in their order: how the JSON and the reports write them.
     *
     * @param items the items
     * @return their ids
     */
    public static List<String> ids(Collection<KbItem> items) {
        return items.stream().map(KbItem::id).toList();
    }

    /**
     * Whether it is a numbered item (what a clearance cites) rather than the side-effects section as a whole.
     *
     * @return {@code true} for e.g. {@code C-07}, {@code false} for {@code E}
     */
    public boolean numbered() {
        Matcher matcher = FORM.matcher(id);
        return matcher.matches() && matcher.group("section") != null;
    }

    @Override
    public String toString() {
        return id;
    }
}
