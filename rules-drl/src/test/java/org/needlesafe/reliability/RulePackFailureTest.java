package org.needlesafe.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.RulePackException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

/**
 * A broken rule pack, profile or configuration stops start-up with a message that names the file, the line and the
 * problem, and nothing half-built is left behind: the next build, with the same names, works.
 */
class RulePackFailureTest {
    private static final String HEADER = """
            package needlesafe.test;
            import org.needlesafe.rules.Report;
            import org.needlesafe.patient.Patient;
            global Report report;
            """;

    @TempDir
    Path folder;

    @Test
    void aSyntaxErrorNamesTheFileTheLineAndTheProblem() throws Exception {
        Path drl = write("broken.drl", HEADER + """
                rule "broken"
                    @id("MN-TEST-BROKEN") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    Patient( ageYears > )
                then
                end
                """);

        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(drl)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(drl + ":8:");
    }

    @Test
    void everyCompileErrorOfEveryFileIsListed() throws Exception {
        Path first = write("first.drl", HEADER + """
                rule "unknown type"
                    @id("MN-TEST-ONE") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    NoSuchFact()
                then
                end
                """);
        Path second = write("second.drl", HEADER + """
                rule "unknown field"
                    @id("MN-TEST-TWO") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    Patient( noSuchField == 1 )
                then
                end
                """);

        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(first, second)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(first + ":")
                .hasMessageContaining("NoSuchFact")
                .hasMessageContaining(second + ":")
                .hasMessageContaining("noSuchField");
    }

    @Test
    void rulesWithoutTheirMetadataOrWithADuplicateIdAreEachListed() throws Exception {
        Path drl = write("metadata.drl", HEADER + """
                rule "no id"
                    @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when Patient() then end

                rule "no kb"
                    @id("MN-TEST-NO-KB") @source("test") @evidence("JUDGEMENT")
                when Patient() then end

                rule "no source"
                    @id("MN-TEST-NO-SOURCE") @kb("Q-02") @evidence("JUDGEMENT")
                when Patient() then end

                rule "no evidence"
                    @id("MN-TEST-NO-EVIDENCE") @kb("Q-02") @source("test")
                when Patient() then end

                rule "first of a pair"
                    @id("MN-TEST-TWICE") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when Patient() then end

                rule "second of a pair"
                    @id("MN-TEST-TWICE") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when Patient() then end
                """);

        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(drl)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule 'no id' (" + drl + "): @id is required")
                .hasMessageContaining("rule 'no kb' (" + drl + "): @kb is required")
                .hasMessageContaining("rule 'no source' (" + drl + "): @source is required")
                .hasMessageContaining("rule 'no evidence' (" + drl + "): @evidence is required")
                .hasMessageContaining("@id MN-TEST-TWICE is already used by rule '");
    }

    @Test
    void twoRuleFilesWithTheSameNameAreRefusedRatherThanOneSilentlyReplacingTheOther() throws Exception {
        Path one = write("a/same.drl", HEADER);
        Path two = write("b/same.drl", HEADER);

        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(one, two)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(two.toString()).hasMessageContaining(one.toString());
    }

    @Test
    void anUnreadableRuleFileIsNamed() {
        Path missing = folder.resolve("missing.drl");

        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(missing)).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(missing + ": cannot be read");
    }

    @Test
    void aMalformedJurisdictionProfileNamesFileLineKeyAndProblem() throws Exception {
        Path profile = write("XX-TEST.profile", """
                id = XX-TEST
                version = 2026-11
                name = Test
                source = none
                note = Verify against current law.
                unsupervised.DERMATOLOGIST = 4.5
                minimumAgeYears = eighteen
                prp.settings = MEDICAL_CLINIC, SPACESHIP
                rf.credentials =
                colour = blue
                """);

        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictionProfile(profile).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(profile + ":6: unsupervised.DERMATOLOGIST: ")
                .hasMessageContaining(profile + ":7: minimumAgeYears: ")
                .hasMessageContaining(profile + ":8: prp.settings: ")
                .hasMessageContaining("SPACESHIP")
                .hasMessageContaining(profile + ":10: colour: unknown key");
    }

    @Test
    void aProfileWithoutARequiredKeyOrWithAKeyTwiceIsRefused() throws Exception {
        Path twice = write("twice.profile", """
                id = XX-TEST
                id = XX-OTHER
                """);
        Path incomplete = write("incomplete.profile", """
                id = XX-TEST
                version = 2026-11
                """);

        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictionProfile(twice).build())
                .isInstanceOf(RulePackException.class).hasMessageContaining(twice + ":2: id: already set on line 1");
        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictionProfile(incomplete).build())
                .isInstanceOf(RulePackException.class).hasMessageContaining(incomplete + ": source: required");
    }

    @Test
    void aMalformedConfigurationFileNamesFileLineKeyAndProblem() throws Exception {
        Path configuration = write("clinic.conf", """
                # the clinic's thresholds
                periorbitalMaxDepthMm = deep
                clearanceValidDays = 90.5
                noSuchSetting = 1
                """);

        // Read by build(), before the rules are loaded, like a profile file.
        assertThatThrownBy(() -> SafetyAdvisor.builder().configurationFile(configuration).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(configuration + ":2: periorbitalMaxDepthMm: must be a number")
                .hasMessageContaining(configuration + ":3: clearanceValidDays: must be a whole number")
                .hasMessageContaining(configuration + ":4: noSuchSetting: unknown setting");
    }

    @Test
    void aConfigurationLineThatIsNotKeyEqualsValueIsNamed() throws Exception {
        Path configuration = write("clinic.conf", "periorbitalMaxDepthMm 0.3\n");

        assertThatThrownBy(() -> SafetyAdvisor.builder().configurationFile(configuration).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(configuration + ":1: expected 'key = value'");
    }

    @Test
    void aFailedBuildLeavesNothingBehindThatSpoilsTheNextOne() throws Exception {
        Path drl = write("pack.drl", HEADER + """
                rule "broken"
                    @id("MN-TEST-PACK") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    Patient( ageYears > )
                then
                end
                """);
        assertThatThrownBy(() -> SafetyAdvisor.builder().ruleFiles(List.of(drl)).build())
                .isInstanceOf(RulePackException.class);
        write("pack.drl", HEADER + """
                rule "minors"
                    @id("MN-TEST-PACK") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                    @category("CONTRAINDICATION") @decision("DEFER") @scope("CASE")
                when
                    Patient( ageYears < 18 )
                then
                    report.finding(drools).summary("Defer: a minor").rationale("Test rule. Case-wide.")
                        .basis("patient.ageYears: under 18");
                end
                """);

        try (SafetyAdvisor advisor = SafetyAdvisor.builder().ruleFiles(List.of(drl)).build()) {
            Assessment minor = advisor.assess(clean(12));
            Assessment adult = advisor.assess(clean(30));

            assertThat(minor.decision()).isEqualTo(Decision.DEFER);
            assertThat(minor.firedRules()).containsExactly("MN-TEST-PACK");
            assertThat(adult.decision()).isEqualTo(Decision.PROCEED);
            assertThat(advisor.rulesetVersion()).isEqualTo("custom");
        }
    }

    @Test
    void aBrokenRulePackOnTheClassPathNamesTheFileAndTheLine() throws Exception {
        // A class path rule pack like needlesafe-rules-drl's, with one broken rule.
        Path root = folder.resolve("pack");
        write("pack/META-INF/kmodule.xml", """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="needlesafe" packages="needlesafe.rules" default="true">
                    <ksession name="needlesafe-session" type="stateful" default="true"/>
                  </kbase>
                </kmodule>
                """);
        write("pack/needlesafe/ruleset.properties", "version = 0.0.1\n");
        write("pack/needlesafe/jurisdictions/index", "DEFAULT\n");
        Files.copy(Path.of("src/main/resources/needlesafe/jurisdictions/DEFAULT.profile"),
                root.resolve("needlesafe/jurisdictions/DEFAULT.profile"));
        Path drl = write("pack/needlesafe/rules/broken.drl", HEADER.replace("needlesafe.test", "needlesafe.rules")
                + """
                rule "broken"
                    @id("MN-TEST-BROKEN") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    Patient( ageYears > )
                then
                end
                """);
        try (URLClassLoader loader = onlyThisPack(root)) {
            assertThatThrownBy(() -> SafetyAdvisor.builder().classLoader(loader).build())
                    .isInstanceOf(RulePackException.class)
                    .hasMessageContaining("broken.drl:8:")
                    .hasMessageContaining("no viable alternative");
        }
        assertThat(drl).exists();
    }

    @Test
    void twoRulePacksOnTheClassPathAreRefusedRatherThanOneSilentlyChosen() throws Exception {
        Path root = folder.resolve("second-pack");
        write("second-pack/META-INF/kmodule.xml", """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name='needlesafe' packages="needlesafe.rules"/>
                </kmodule>
                """);
        // The test's own class path already has needlesafe-rules-drl's pack.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()},
                SafetyAdvisor.class.getClassLoader())) {
            assertThatThrownBy(() -> SafetyAdvisor.builder().classLoader(loader).build())
                    .isInstanceOf(RulePackException.class)
                    .hasMessageContaining("more than one rule pack")
                    .hasMessageContaining(root + "/META-INF/kmodule.xml")
                    .hasMessageContaining("rules-drl/target/classes/META-INF/kmodule.xml");
        }
    }

    /** A class path with the rule pack in one folder: kmodule.xml and needlesafe/** only from there. */
    private static URLClassLoader onlyThisPack(Path root) throws Exception {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, new WithoutRulePack());
    }

    /**
     * The test's classes without its rule pack. Drools looks for kmodule.xml up the whole chain of parents, so
     * this loader has none: it delegates classes itself and hides the pack's resources.
     */
    private static final class WithoutRulePack extends ClassLoader {
        private static final ClassLoader TEST = SafetyAdvisor.class.getClassLoader();

        WithoutRulePack() {
            super(null);
        }

        private static boolean packResource(String name) {
            return name.startsWith("META-INF/kmodule.xml") || name.startsWith("needlesafe/");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return TEST.loadClass(name);
        }

        @Override
        public URL getResource(String name) {
            return packResource(name) ? null : TEST.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return packResource(name) ? Collections.emptyEnumeration() : TEST.getResources(name);
        }
    }

    private static TreatmentCase clean(int age) {
        return TreatmentCase.builder().caseId("pack").assessmentDate(java.time.LocalDate.of(2026, 11, 25))
                .jurisdiction("US-CA")
                .patient(Patient.builder().ageYears(age).fitzpatrickType(FitzpatrickType.II).pregnant(false)
                        .breastfeeding(false).noneReported().build())
                .practitioner(new Practitioner(Credential.DERMATOLOGIST, true, false, 10))
                .setup(SterileSetup.builder().setting(Setting.MEDICAL_CLINIC)
                        .needles(Needles.SINGLE_USE_STERILE_CARTRIDGE).packagingIntact(true).deviceBarrierSleeve(true)
                        .skinAntisepsis(Antisepsis.CHLORHEXIDINE).gloves(true).sharpsContainer(true).build())
                .plan(TreatmentPlan.builder().device(Device.PEN).deviceCleared(true)
                        .areas(PlannedArea.of(Area.CHEEKS, "1.0")).build())
                .build();
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
