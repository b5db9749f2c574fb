package org.needlesafe.rules;

import java.util.Set;
import org.needlesafe.plan.Area;

/** A fact that may be localised to areas; without areas it applies to the whole case. */
public interface Located {
    Set<Area> areas();

    default boolean localised() {
        return !areas().isEmpty();
    }

    default boolean in(Area area) {
        return areas().contains(area);
    }

    default boolean onFace() {
        for (Area area : areas()) {
            if (area.face()) {
                return true;
            }
        }
        return false;
    }

    default String where() {
        return areas().isEmpty() ? "" : " in " + Text.areas(areas());
    }
}
