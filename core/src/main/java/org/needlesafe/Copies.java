package org.needlesafe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep {@code null} (meaning "unknown") and null entries, so validation can report them. */
public final class Copies {
    private Copies() {
    }

    /**
     * An unmodifiable copy that keeps {@code null}.
     *
     * @param <T>  the element type
     * @param list the list, or {@code null}
     * @return an unmodifiable copy, or {@code null} when the list is {@code null}
     */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
