package org.needlesafe.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.RulePackException;
import org.needlesafe.Scope;
import org.needlesafe.clearance.ClearingRole;

/**
 * Reads and checks every rule's DRL metadata ({@code @id}, {@code @kb}, {@code @source}, {@code @evidence},
 * {@code @decision}, {@code @category}, {@code @scope}, {@code @clearableBy}, {@code @clearedSummary}) into its
 * {@link RuleDescription}. A rule without its id, knowledge-base items or source does not ship: the pack fails to
 * load with every such problem, each naming its rule.
 */
final class RuleMetadata {
    private static final Pattern RULE_ID = Pattern.compile("MN-[A-Z0-9-]+");

    private RuleMetadata() {
    }

    /**
     * A rule as the compiled pack declares it.
     *
     * @param name     the DRL rule name
     * @param origin   where it was written (its file, else its package), for messages
     * @param metadata its DRL annotations by key
     */
    record Declared(String name, String origin, Map<String, Object> metadata) {
    }

    /**
     * Every rule's description by DRL name.
     *
     * @throws RulePackException listing every rule with incomplete or invalid metadata, and every clash of ids or
     *                           names
     */
    static Map<String, RuleDescription> read(List<Declared> rules) {
        Map<String, RuleDescription> byName = new LinkedHashMap<>();
        Map<String, String> nameById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Declared rule : rules) {
            try {
                RuleDescription description = describe(rule.name(), rule.metadata());
                String clash = nameById.putIfAbsent(description.id(), rule.name());
                if (clash != null) {
                    problems.add("rule '" + rule.name() + "' (" + rule.origin() + "): @id " + description.id()
                            + " is already used by rule '" + clash + "'");
                }
                if (byName.put(rule.name(), description) != null) {
                    problems.add("rule '" + rule.name() + "': the name is used twice");
                }
            } catch (IllegalArgumentException e) {
                problems.add("rule '" + rule.name() + "' (" + rule.origin() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("rule metadata is incomplete:\n  " + String.join("\n  ", problems));
        }
        return Map.copyOf(byName);
    }

    private static RuleDescription describe(String name, Map<String, Object> meta) {
        String id = text(meta, "id", true);
        if (!RULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("@id must look like MN-C01-ACTIVE-INFECTION, was " + id);
        }
        List<KbItem> kb = new ArrayList<>();
        for (String item : text(meta, "kb", true).split(",")) {
            String trimmed = item.strip();
            kb.add(KbItem.parse(trimmed).orElseThrow(() -> new IllegalArgumentException("@kb item '" + trimmed
                    + "' is not a knowledge-base id")));
        }
        String source = text(meta, "source", true);
        Evidence evidence = value(Evidence.class, meta, "evidence", true);
        Decision decision = value(Decision.class, meta, "decision", false);
        Category category = value(Category.class, meta, "category", decision != null);
        Scope scope = value(Scope.class, meta, "scope", decision != null);
        Set<ClearingRole> clearableBy = EnumSet.noneOf(ClearingRole.class);
        String roles = text(meta, "clearableBy", false);
        if (roles != null) {
            for (String role : roles.split(",")) {
                clearableBy.add(constant(ClearingRole.class, "clearableBy", role.strip()));
            }
        }
        String clearedSummary = text(meta, "clearedSummary", false);
        if (clearableBy.isEmpty() != (clearedSummary == null)) {
            throw new IllegalArgumentException("@clearedSummary goes with @clearableBy: a clearable rule has both,"
                    + " another rule neither");
        }
        return new RuleDescription(id, name, kb, category, decision, scope, evidence, source, clearableBy,
                clearedSummary);
    }

    private static <E extends Enum<E>> E value(Class<E> type, Map<String, Object> meta, String key,
                                               boolean required) {
        String text = text(meta, key, required);
        return text == null ? null : constant(type, key, text);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String key, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("@" + key + " must be one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", was "
                + text);
    }

    private static String text(Map<String, Object> meta, String key, boolean required) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException("@" + key + " is required");
            }
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
