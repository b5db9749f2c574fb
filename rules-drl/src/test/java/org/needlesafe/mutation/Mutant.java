package org.needlesafe.mutation;

import java.util.Map;

/**
 * One change to the rule pack: a threshold, a profile limit or a DRL comparison moved one step.
 *
 * @param description what changed, e.g. {@code threshold periorbitalMaxDepthMm 0.5 -> 0.501}
 * @param kb          the knowledge-base item it belongs to (its tests run first)
 * @param properties  the system properties that make the rule tests use it (see the tests' {@code TestPack})
 */
record Mutant(String description, String kb, Map<String, String> properties) {
}
