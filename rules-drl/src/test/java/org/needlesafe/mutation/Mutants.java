package org.needlesafe.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;

/**
 * Every mutant of the rule pack's numbers: each threshold and each numeric limit of the built-in jurisdiction profiles
 * moved by its smallest unit either way (1 for days, months, years and counts; 0.001 mm, the contract's depth
 * precision), and each numeric comparison of the DRL turned to its neighbour ({@code <} and {@code <=}, {@code >} and
 * {@code >=}). Configuration and profiles are overridden without rebuilding anything; a DRL mutant is a copy of the
 * rule files with one operator changed, compiled in the test run.
 */
final class Mutants {
    private static final BigDecimal DEPTH_STEP = new BigDecimal("0.001");
    private static final Pattern PROFILE_NUMBER = Pattern.compile(
            "^((?:unsupervised|supervised)\\.[A-Z_]+|minimumAgeYears)\\s*=\\s*([0-9.]+)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("(?<=\\s)(<=|>=|<|>)(?=\\s)");
    private static final Pattern KB = Pattern.compile("@kb\\(\"([A-Z]-\\d{2}|E)");
    private static final List<String> RULE_FILES = List.of("aftercare.drl", "contraindications-medical.drl",
            "contraindications.drl", "credentials.drl", "device.drl", "screening.drl", "side-effects.drl",
            "sterility.drl", "timing.drl", "topicals.drl");

    private Mutants() {
    }

    static List<Mutant> all(Path work) {
        List<Mutant> mutants = new ArrayList<>();
        thresholds(mutants);
        profiles(mutants, work.resolve("profiles"));
        comparisons(mutants, work.resolve("rules"));
        return mutants;
    }

    private static void thresholds(List<Mutant> mutants) {
        for (Threshold threshold : Threshold.values()) {
            BigDecimal step = threshold.whole() ? BigDecimal.ONE : DEPTH_STEP;
            for (BigDecimal value : List.of(threshold.defaultValue().add(step),
                    threshold.defaultValue().subtract(step))) {
                if (!valid(threshold, value)) {
                    continue;
                }
                mutants.add(new Mutant("threshold " + threshold.key() + " " + threshold.defaultValue().toPlainString()
                        + " -> " + value.toPlainString(), threshold.kb(),
                        Map.of("needlesafe.mutant.configuration", threshold.key() + "=" + value.toPlainString())));
            }
        }
    }

    private static boolean valid(Threshold threshold, BigDecimal value) {
        try {
            ClinicConfiguration.builder().set(threshold, value).build();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void profiles(List<Mutant> mutants, Path folder) {
        List<String> ids = resource("needlesafe/jurisdictions/index").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String id : ids) {
            String name = id + ".profile";
            List<String> lines = resource("needlesafe/jurisdictions/" + name).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher number = PROFILE_NUMBER.matcher(lines.get(i));
                if (!number.matches()) {
                    continue;
                }
                BigDecimal limit = new BigDecimal(number.group(2));
                BigDecimal step = number.group(1).equals("minimumAgeYears") ? BigDecimal.ONE : DEPTH_STEP;
                for (BigDecimal value : List.of(limit.add(step), limit.subtract(step))) {
                    List<String> mutated = new ArrayList<>(lines);
                    mutated.set(i, number.group(1) + " = " + value.toPlainString());
                    Path file = write(folder.resolve(name.replace(".profile", "") + "-" + i + "-" + value
                            + "/" + name), String.join("\n", mutated) + "\n");
                    mutants.add(new Mutant("profile " + name + " " + number.group(1) + " " + limit.toPlainString()
                            + " -> " + value.toPlainString(), "D-04",
                            Map.of("needlesafe.mutant.profile", file.toString())));
                }
            }
        }
    }

    private static void comparisons(List<Mutant> mutants, Path folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : RULE_FILES) {
            texts.put(file, resource("needlesafe/rules/" + file));
        }
        int n = 0;
        for (Map.Entry<String, String> file : texts.entrySet()) {
            List<String> lines = file.getValue().lines().toList();
            String kb = "";
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher item = KB.matcher(line);
                if (item.find()) {
                    kb = item.group(1);
                }
                if (line.strip().startsWith("//")) {
                    continue;
                }
                Matcher comparison = COMPARISON.matcher(line);
                while (comparison.find()) {
                    String operator = comparison.group(1);
                    String neighbour = switch (operator) {
                        case "<" -> "<=";
                        case "<=" -> "<";
                        case ">" -> ">=";
                        default -> ">";
                    };
                    List<String> mutated = new ArrayList<>(lines);
                    mutated.set(i, line.substring(0, comparison.start()) + neighbour
                            + line.substring(comparison.end()));
                    Path pack = folder.resolve("mutant-" + (++n));
                    for (Map.Entry<String, String> other : texts.entrySet()) {
                        write(pack.resolve(other.getKey()), other.getKey().equals(file.getKey())
                                ? String.join("\n", mutated) + "\n" : other.getValue());
                    }
                    mutants.add(new Mutant("DRL " + file.getKey() + ":" + (i + 1) + " " + operator + " -> " + neighbour
                            + ": " + line.strip(), kb, Map.of("needlesafe.mutant.rules", pack.toString())));
                }
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = Mutants.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
