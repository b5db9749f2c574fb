package org.needlesafe.rules;

import java.util.List;

/**
 * The rule firing now, as the engine reads it from what a DRL consequence calls {@code drools}: its DRL name and the
 * facts it matched. The engine does the reading, so nothing here knows Drools.
 *
 * @param ruleName the DRL rule name
 * @param matched  the facts the rule matched, in the order of its patterns
 */
public record Firing(String ruleName, List<Object> matched) {

    /** Reads the firing rule from a consequence's {@code drools}. */
    @FunctionalInterface
    public interface Reader {
        /**
         * The rule firing now.
         *
         * @param drools what the consequence calls {@code drools}
         * @return its name and matched facts
         */
        Firing read(Object drools);
    }
}
