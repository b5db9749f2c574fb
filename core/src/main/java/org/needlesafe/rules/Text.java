package org.needlesafe.rules;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.needlesafe.plan.Area;

/** Small formatting helpers for bases and summaries. */
final class Text {
    private Text() {
    }

    static String areas(Collection<Area> areas) {
        StringJoiner joined = new StringJoiner(", ");
        for (Area area : new TreeSet<>(areas)) {
            joined.add(area.name());
        }
        return joined.toString();
    }
}
