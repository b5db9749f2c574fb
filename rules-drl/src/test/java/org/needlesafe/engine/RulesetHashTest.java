package org.needlesafe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.JurisdictionProfiles;

/**
 * The rule-set hash covers every DRL file of the pack and the loaded profiles, and nothing else: equal content gives
 * an equal hash however it was loaded, and any change to a rule or a profile changes it.
 */
class RulesetHashTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static SafetyAdvisor advisor;

    @TempDir
    Path folder;

    @BeforeAll
    static void build() {
        advisor = SafetyAdvisor.builder().build();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static List<Path> drlFiles() throws Exception {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void theHashedSourcesAreExactlyTheDrlFilesOfThePack() throws Exception {
        try (RuleEngine engine = RuleEngine.fromClassPath(SafetyAdvisor.class.getClassLoader(), 1)) {
            List<String> hashed = engine.sources().keySet().stream()
                    .map(name -> name.substring(name.lastIndexOf('/') + 1)).sorted().toList();
            List<String> shipped = drlFiles().stream().map(file -> file.getFileName().toString()).toList();

            assertThat(shipped).isNotEmpty();
            assertThat(hashed).containsExactlyElementsOf(shipped);
            for (Path file : drlFiles()) {
                assertThat(engine.sources().entrySet()).anySatisfy(source -> {
                    assertThat(source.getKey()).endsWith(file.getFileName().toString());
                    assertThat(source.getValue()).isEqualTo(Files.readAllBytes(file));
                });
            }
        }
    }

    @Test
    void theHashIsAStableSha256() {
        try (SafetyAdvisor again = SafetyAdvisor.builder().build()) {
            assertThat(advisor.rulesetHash()).matches("[0-9a-f]{64}").isEqualTo(again.rulesetHash());
        }
    }

    @Test
    void theSameRulesFromFilesHashTheSameAsFromTheClassPath() throws Exception {
        try (SafetyAdvisor fromFiles = SafetyAdvisor.builder().ruleFiles(drlFiles()).build()) {
            assertThat(fromFiles.rulesetVersion()).isEqualTo("custom");
            assertThat(fromFiles.rulesetHash()).isEqualTo(advisor.rulesetHash());
        }
    }

    @Test
    void anyChangeToARuleChangesTheHash() throws Exception {
        List<Path> files = copyOfThePack();
        Path changed = files.get(0);
        Files.writeString(changed, Files.readString(changed) + "\n// one more line\n");

        try (SafetyAdvisor fromFiles = SafetyAdvisor.builder().ruleFiles(files).build()) {
            assertThat(fromFiles.rulesetHash()).isNotEqualTo(advisor.rulesetHash());
        }
    }

    @Test
    void aChangedProfileChangesTheHashButTheSameProfileWrittenDifferentlyDoesNot() throws Exception {
        Path builtIn = RESOURCES.resolve("needlesafe/jurisdictions/US-UT.profile");
        List<String> lines = Files.readAllLines(builtIn);
        Path reordered = folder.resolve("US-UT.profile");
        // The keys of the head and of every version section in reverse order, each section keeping its place.
        List<String> reversed = new java.util.ArrayList<>();
        List<String> block = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("[")) {
                java.util.Collections.reverse(block);
                reversed.addAll(block);
                block.clear();
                reversed.add(line);
            } else {
                block.add(line);
            }
        }
        java.util.Collections.reverse(block);
        reversed.addAll(block);
        reversed.add("# a comment, and the keys in another order");
        assertThat(reversed).isNotEqualTo(lines);
        Files.write(reordered, reversed);
        Path changed = folder.resolve("US-UT-changed.profile");
        Files.write(changed, lines.stream()
                .map(line -> line.startsWith("unsupervised.MASTER_ESTHETICIAN") ? line.replace("1.5", "1.0") : line)
                .toList());
        assertThat(Files.readString(changed)).isNotEqualTo(Files.readString(builtIn));

        try (SafetyAdvisor same = SafetyAdvisor.builder().jurisdictionProfile(reordered).build();
             SafetyAdvisor asObject = SafetyAdvisor.builder().jurisdictionProfile(
                     JurisdictionProfiles.builtIn(SafetyAdvisor.class.getClassLoader()).get("US-UT")).build();
             SafetyAdvisor different = SafetyAdvisor.builder().jurisdictionProfile(changed).build()) {
            assertThat(same.rulesetHash()).isEqualTo(advisor.rulesetHash());
            assertThat(asObject.rulesetHash()).isEqualTo(advisor.rulesetHash());
            assertThat(different.rulesetHash()).isNotEqualTo(advisor.rulesetHash());
        }
    }

    @Test
    void theConfigurationIsNotPartOfTheHashItIsReportedOnItsOwn() {
        ClinicConfiguration stricter = ClinicConfiguration.builder().set("periorbitalMaxDepthMm", "0.3").build();
        try (SafetyAdvisor clinic = SafetyAdvisor.builder().configuration(stricter).build()) {
            assertThat(clinic.rulesetHash()).isEqualTo(advisor.rulesetHash());
        }
    }

    private List<Path> copyOfThePack() throws Exception {
        List<Path> copies = new java.util.ArrayList<>();
        for (Path file : drlFiles()) {
            Path copy = folder.resolve(file.getFileName());
            Files.copy(file, copy);
            copies.add(copy);
        }
        return copies;
    }
}
