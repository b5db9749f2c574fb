package org.needlesafe.clearance;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of the clinical knowledge base a clearance may cite: C-01 to C-20, D-01 to D-06, S-01 to S-06, X-01,
 * A clearance citing any other item is invalid input, never silently ignored.
 */
public final class KnowledgeBaseItems {
    private static final List<String> ITEMS = items();

    private KnowledgeBaseItems() {
    }

    /**
     * Whether the knowledge base has this item.
     *
     * @param item an item id, e.g. {@code C-08}
     * @return {@code true} when it does
     */
    public static boolean exists(String item) {
        return ITEMS.contains(item);
    }

    /**
     * Every item, in the knowledge base's order.
     *
     * @return the item ids
     */
    public static List<String> all() {
        return ITEMS;
    }

    private static List<String> items() {
        List<String> items = new ArrayList<>();
        range(items, "C", 20);
        range(items, "D", 6);
        range(items, "S", 6);
        range(items, "X", 1);
        range(items, "A", 2);
        range(items, "Q", 3);
        return List.copyOf(items);
    }

    private static void range(List<String> items, String section, int last) {
        for (int i = 1; i <= last; i++) {
            items.add(section + "-" + (i < 10 ? "0" : "") + i);
        }
    }
}
