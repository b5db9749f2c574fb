package org.needlesafe.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The threshold mutation command ({@code bin/mutate-thresholds}; never part of the normal build, whose surefire
 * configuration leaves this package out). For every mutant of {@link Mutants} it runs the rule tests
 * ({@code org.needlesafe.rules.*Test}, the mutant's own knowledge-base item first, then the boundary pairs, then the
 * rest) until one fails: the mutant is killed. A mutant no test kills survives. The report goes to standard output and
 * {@code rules-drl/target/mutation-report.md}; the run fails on any survivor not explained as equivalent.
 */
class ThresholdMutationRun {
    /**
     * Mutants that no test can kill because they change no behaviour, by a fragment of their description, with the
     * reason.
     */
    private static final Map<String, String> EQUIVALENT = Map.of(
            ">= -> >: return (\"AEIOU\".indexOf(name.charAt(0)) >= 0",
            "the article before a credential code: the mutant differs only for a code starting with A, and no"
                    + " credential does");

    /**
     * Rule-pack checks that say nothing about what the rules decide: the committed catalogue and the metadata (which
     * differ for any pack read from files, so they would "kill" every DRL mutant), and the coverage gate (which needs
     * the whole suite).
     */
    private static final Set<String> NOT_BEHAVIOUR = Set.of("RuleCatalogueTest.class", "RuleMetadataTest.class",
            "RuleCoverageTest.class");

    @Test
    void everyMutantIsKilled() throws Exception {
        Path testClasses = Path.of(ThresholdMutationRun.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path target = testClasses.getParent();
        List<String> tests = testClassNames(testClasses);
        List<Mutant> mutants = Mutants.all(Files.createTempDirectory(target, "mutants"));
        Instant started = Instant.now();
        List<String> lines = new ArrayList<>();
        List<String> survivors = new ArrayList<>();
        int killed = 0;
        for (int i = 0; i < mutants.size(); i++) {
            Mutant mutant = mutants.get(i);
            String killer = run(mutant, testClasses, ordered(tests, mutant.kb()));
            String line;
            if (killer != null) {
                killed++;
                line = "killed   " + mutant.description() + "  <- " + killer;
            } else if (equivalence(mutant) != null) {
                line = "equivalent " + mutant.description() + "  (" + equivalence(mutant) + ")";
            } else {
                survivors.add(mutant.description());
                line = "SURVIVED " + mutant.description();
            }
            lines.add(line);
            System.out.printf("[%d/%d] %s%n", i + 1, mutants.size(), line);
        }
        String summary = String.format("%d mutants: %d killed, %d equivalent, %d survived, in %d s", mutants.size(),
                killed, mutants.size() - killed - survivors.size(), survivors.size(),
                Duration.between(started, Instant.now()).toSeconds());
        System.out.println(summary);
        Files.writeString(target.resolve("mutation-report.md"), "# Threshold mutation\n\n" + summary + "\n\n"
                + String.join("\n", lines.stream().map(line -> "    " + line).toList()) + "\n",
                StandardCharsets.UTF_8);

        assertThat(survivors).as("mutants no rule test kills: add boundary tests, or explain them as equivalent")
                .isEmpty();
    }

    private static String equivalence(Mutant mutant) {
        return EQUIVALENT.entrySet().stream().filter(entry -> mutant.description().contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The first failing test's name, or {@code null} when every rule test passes with the mutant. */
    private static String run(Mutant mutant, Path testClasses, List<String> tests) throws Exception {
        mutant.properties().forEach(System::setProperty);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        FreshTestClasses loader = new FreshTestClasses(testClasses, ThresholdMutationRun.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Launcher launcher = LauncherFactory.create();
            for (String test : tests) {
                SummaryGeneratingListener listener = new SummaryGeneratingListener();
                launcher.execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(DiscoverySelectors.selectClass(loader.loadClass(test))).build(), listener);
                TestExecutionSummary summary = listener.getSummary();
                if (summary.getTotalFailureCount() > 0) {
                    TestExecutionSummary.Failure failure = summary.getFailures().get(0);
                    return test.substring(test.lastIndexOf('.') + 1) + " " + failure.getTestIdentifier()
                            .getDisplayName();
                }
            }
            return null;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            mutant.properties().keySet().forEach(System::clearProperty);
        }
    }

    private static List<String> testClassNames(Path testClasses) throws IOException {
        try (Stream<Path> files = Files.list(testClasses.resolve("org/needlesafe/rules"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Test.class") && !NOT_BEHAVIOUR.contains(name))
                    .map(name -> "org.needlesafe.rules." + name.substring(0, name.length() - ".class".length()))
                    .sorted().toList();
        }
    }

    /** The tests of the mutant's item first (C-07: {@code C07...}), then the boundary pairs, then the rest. */
    private static List<String> ordered(List<String> tests, String kb) {
        String prefix = "org.needlesafe.rules." + kb.replace("-", "");
        return tests.stream().sorted(Comparator
                .comparing((String test) -> !test.startsWith(prefix))
                .thenComparing(test -> !test.endsWith("BoundaryPairsTest"))).toList();
    }
}
