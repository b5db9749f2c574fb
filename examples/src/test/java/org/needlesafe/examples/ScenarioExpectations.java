package org.needlesafe.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a scenario's {@code expected} object pins, and where an assessment (as the contract's JSON) departs from it.
 * Every scenario states all of it: the decision, the area decisions, the missing information, the rule ids of the
 * findings (exactly), the side-effect and aftercare codes, and the earliest next session ({@code null} when none).
 * Shared by the scenario test and the knockout gate, so both read the expectations the same way.
 */
public final class ScenarioExpectations {
    /** Every field an {@code expected} object must state. */
    public static final List<String> FIELDS = List.of("decision", "areaDecisions", "missingInformation", "rules",
            "sideEffects", "aftercare", "nextSessionEarliest");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioExpectations() {
    }

    /** The scenario files, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields the {@code expected} object fails to state; empty when it states them all. */
    public static List<String> unstated(JsonNode expected) {
        List<String> missing = new ArrayList<>();
        for (String field : FIELDS) {
            if (!expected.has(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Where the assessment departs from the expected outcome, in words; empty when it matches. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        for (String field : List.of("decision", "areaDecisions", "missingInformation")) {
            if (!actual.path(field).equals(expected.path(field))) {
                differences.add(field + " " + actual.path(field) + ", expected " + expected.path(field));
            }
        }
        compare(differences, "rules", values(actual.path("findings"), "ruleId"), texts(expected.path("rules")));
        compare(differences, "sideEffects", values(actual.path("expectedSideEffects"), "code"),
                texts(expected.path("sideEffects")));
        compare(differences, "aftercare", values(actual.path("aftercare"), "code"), texts(expected.path("aftercare")));
        String next = actual.path("nextSessionEarliest").isTextual() ? actual.get("nextSessionEarliest").asText() : null;
        String expectedNext = expected.path("nextSessionEarliest").isTextual()
                ? expected.get("nextSessionEarliest").asText() : null;
        if (next == null ? expectedNext != null : !next.equals(expectedNext)) {
            differences.add("nextSessionEarliest " + next + ", expected " + expectedNext);
        }
        return differences;
    }

    private static void compare(List<String> differences, String field, Set<String> actual, Set<String> expected) {
        if (!actual.equals(expected)) {
            differences.add(field + " " + actual + ", expected " + expected);
        }
    }

    private static Set<String> values(JsonNode list, String field) {
        Set<String> values = new TreeSet<>();
        list.forEach(entry -> values.add(entry.path(field).asText()));
        return values;
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> values = new TreeSet<>();
        list.forEach(entry -> values.add(entry.asText()));
        return values;
    }
}
