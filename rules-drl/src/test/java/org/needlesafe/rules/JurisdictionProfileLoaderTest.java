package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.RulePackException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.JurisdictionProfiles;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Setting;

/** Jurisdiction profiles as data: the built-in ones, malformed files, and a user's override. */
class JurisdictionProfileLoaderTest {
    private static final String GOOD = """
            id = US-CA
            version = 2027-01
            name = California (clinic override)
            source = Clinic counsel's reading, 2027
            note = Test override. Verify against current law.
            unsupervised.DERMATOLOGIST = any
            unsupervised.ESTHETICIAN = 0.5
            prp.settings = MEDICAL_CLINIC
            rf.credentials = DERMATOLOGIST
            lastChecked = 2027-01-10
            """;

    @TempDir
    Path dir;

    private final JurisdictionProfiles builtIn = JurisdictionProfiles.builtIn(getClass().getClassLoader());

    @Test
    void everyBuiltInVersionNamesItsSourceAndLastCheckAndAsksToBeVerified() {
        assertThat(builtIn.ids()).hasSize(10);
        for (String id : builtIn.ids()) {
            assertThat(builtIn.get(id).versions()).as(id).isNotEmpty();
            assertThat(builtIn.get(id).versions().get(0).validFrom()).as(id)
                    .isEqualTo(JurisdictionProfiles.EARLIEST);
            for (JurisdictionProfile profile : builtIn.get(id).versions()) {
                assertVersion(id + " " + profile.version(), profile);
            }
        }
    }

    private static void assertVersion(String id, JurisdictionProfile profile) {
        assertThat(profile.source()).as(id).isNotBlank();
        assertThat(profile.lastChecked()).as(id).isAfterOrEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(profile.note()).as(id).containsIgnoringCase("verify");
        assertThat(profile.prpSettings()).as(id).containsExactly(Setting.MEDICAL_CLINIC);
        assertThat(profile.rfCredentials()).as(id)
                .containsExactlyInAnyOrder(Credential.DERMATOLOGIST, Credential.PHYSICIAN);
        assertThat(profile.unsupervisedMaxDepthMm()).as(id)
                .doesNotContainKeys(Credential.CERTIFIED_TECHNICIAN, Credential.NONE);
        assertThat(profile.supervisedMaxDepthMm()).as(id)
                .doesNotContainKeys(Credential.CERTIFIED_TECHNICIAN, Credential.NONE);
    }

    private JurisdictionProfile current(String id) {
        return builtIn.versionOn(id, Cases.TODAY);
    }

    @Test
    void builtInDepthsFollowTheKnowledgeBase() {
        assertThat(current("US-UT").unsupervisedMaxDepthMm())
                .containsEntry(Credential.MASTER_ESTHETICIAN, new BigDecimal("1.5"))
                .doesNotContainKey(Credential.ESTHETICIAN);
        assertThat(current("US-AZ").unsupervisedMaxDepthMm())
                .containsEntry(Credential.ESTHETICIAN, new BigDecimal("0.5"))
                .containsEntry(Credential.COSMETOLOGIST, new BigDecimal("0.5"));
        for (String id : new String[] {"US-CA", "US-FL", "US-TX"}) {
            assertThat(current(id).unsupervisedMaxDepthMm()).as(id)
                    .doesNotContainKeys(Credential.ESTHETICIAN, Credential.MASTER_ESTHETICIAN, Credential.COSMETOLOGIST);
            assertThat(current(id).supervisedMaxDepthMm()).as(id)
                    .doesNotContainKeys(Credential.ESTHETICIAN, Credential.MASTER_ESTHETICIAN, Credential.COSMETOLOGIST);
        }
        assertThat(current("GB-SCT").minimumAgeYears()).isEqualTo(18);
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "colour = blue                        | 6 | colour: unknown key",
            "unsupervised.ESTHETICIAN = 4.0       | 6 | unsupervised.ESTHETICIAN: bad value '4.0': a depth must be > 0 and <= 3.5, or 'any'",
            "unsupervised.ESTHETICIAN = deep      | 6 | unsupervised.ESTHETICIAN: bad value 'deep': not a number",
            "unsupervised.ESTHETICIAN = 0         | 6 | unsupervised.ESTHETICIAN: bad value '0'",
            "unsupervised.WIZARD = 1.0            | 6 | unsupervised.WIZARD: unknown credential WIZARD",
            "supervised.CERTIFIED_TECHNICIAN = 1.0 | 6 | supervised.CERTIFIED_TECHNICIAN: a profile may not permit CERTIFIED_TECHNICIAN",
            "unsupervised.NONE = any              | 6 | unsupervised.NONE: a profile may not permit NONE",
            "minimumAgeYears = adult              | 6 | minimumAgeYears: bad value 'adult': not a number"})
    void aMalformedLineIsReportedWithItsFileAndLine(String line, int number, String message) throws IOException {
        Path file = profile("""
                id = US-XX
                version = 1
                name = Test
                source = Test source
                note = Test note
                %s
                lastChecked = 2027-01-10
                prp.settings = MEDICAL_CLINIC
                rf.credentials = DERMATOLOGIST
                """.formatted(line));

        assertThatThrownBy(() -> builtIn.with(file))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":" + number + ": " + message);
    }

    @Test
    void anUnknownRfCredentialOrSettingIsReported() throws IOException {
        Path file = profile("""
                id = US-XX
                version = 1
                name = Test
                source = Test source
                note = Test note
                prp.settings = MEDICAL_CLINIC, SPA
                rf.credentials = DERMATOLOGIST, CERTIFIED_TECHNICIAN
                lastChecked = 2027-01-10
                """);

        assertThatThrownBy(() -> builtIn.with(file))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":6: prp.settings: bad value 'MEDICAL_CLINIC, SPA': unknown code SPA")
                .hasMessageContaining(file + ":7: rf.credentials: a profile may not permit CERTIFIED_TECHNICIAN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"source", "id", "note", "rf.credentials", "lastChecked"})
    void aMissingRequiredKeyIsReportedWithTheFile(String key) throws IOException {
        String text = GOOD.lines().filter(line -> !line.startsWith(key + " ")).reduce("", (a, b) -> a + b + "\n");
        Path file = profile(text);

        assertThatThrownBy(() -> builtIn.with(file))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ": " + key + ": required");
    }

    @Test
    void anEmptySourceIsReportedWithItsLine() throws IOException {
        Path file = profile(GOOD.replace("source = Clinic counsel's reading, 2027", "source ="));

        assertThatThrownBy(() -> builtIn.with(file))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":4: source: must not be empty");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path file = profile(GOOD.replace("source = Clinic counsel's reading, 2027\n", "")
                .replace("unsupervised.ESTHETICIAN = 0.5", "unsupervised.ESTHETICIAN = 9\ncolour = blue"));

        assertThatThrownBy(() -> builtIn.with(file))
                .hasMessageContaining(file + ": source: required")
                .hasMessageContaining(file + ":6: unsupervised.ESTHETICIAN: bad value '9'")
                .hasMessageContaining(file + ":7: colour: unknown key");
    }

    @Test
    void theAdvisorRefusesToStartWithAMalformedProfile() throws IOException {
        Path file = profile(GOOD.replace("unsupervised.ESTHETICIAN = 0.5", "unsupervised.ESTHETICIAN = 0.5mm"));

        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictionProfile(file).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":7: unsupervised.ESTHETICIAN: bad value '0.5mm': not a number");
    }

    @Test
    void aUserProfileOverridesTheBuiltInOneWithTheSameId() throws IOException {
        Path file = profile(GOOD);
        DsxCases.Variant esthetician = DsxCases.clean().practitioner(Credential.ESTHETICIAN, false);

        try (SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictionProfile(file).build()) {
            Assessment within = esthetician.areas(PlannedArea.of(Area.CHEEKS, "0.5")).assessWith(advisor);
            Assessment deeper = esthetician.areas(PlannedArea.of(Area.CHEEKS, "0.6")).assessWith(advisor);

            assertThat(within.jurisdictionProfile().version()).isEqualTo("2027-01");
            assertThat(within.findings()).isEmpty();
            assertThat(within.decision()).isEqualTo(Decision.PROCEED);
            assertThat(DsxCases.findings(deeper, "MN-D04-DEPTH-OVER-SCOPE")).hasSize(1);
            assertThat(advisor.jurisdictions().ids()).hasSize(10);
        }
        assertThat(DsxCases.findings(esthetician.areas(PlannedArea.of(Area.CHEEKS, "0.5")).assess(),
                "MN-D04-NOT-IN-SCOPE")).as("the built-in US-CA profile is untouched").hasSize(1);
    }

    @Test
    void aUserProfileWithANewIdAddsAJurisdiction() throws IOException {
        Path file = profile(GOOD.replace("id = US-CA", "id = US-OR"));

        JurisdictionProfiles profiles = builtIn.with(file);

        assertThat(profiles.ids()).hasSize(11).contains("US-OR");
        assertThat(profiles.get("US-CA").versions()).extracting(JurisdictionProfile::version).containsExactly("2026-11");
    }

    private Path profile(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "profile", ".profile"), text);
    }
}
