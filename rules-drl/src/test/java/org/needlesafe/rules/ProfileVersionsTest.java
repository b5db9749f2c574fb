package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.JurisdictionRef;
import org.needlesafe.RulePackException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.jurisdiction.Jurisdiction;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.JurisdictionProfiles;
import org.needlesafe.practitioner.Credential;

/** Dated profile versions: the assessment date picks the version; malformed or overlapping versions stop start-up. */
class ProfileVersionsTest {
    /** A clinic's two-version profile: estheticians to 0.5 mm until 2026-12-31, not at all from 2027-01-01. */
    private static final String TWO_VERSIONS = """
            # A clinic's own reading
            id = US-OR
            name = Oregon (clinic profile)

            [version 2026-a]
            validFrom = 2026-01-01
            source = Clinic counsel's reading, 2026
            lastChecked = 2026-11-30
            note = Test profile. Verify against current law.
            unsupervised.DERMATOLOGIST = any
            unsupervised.ESTHETICIAN = 0.5
            prp.settings = MEDICAL_CLINIC
            rf.credentials = DERMATOLOGIST

            [version 2027-a]
            validFrom = 2027-01-01
            source = Clinic counsel's reading, 2027
            lastChecked = 2026-12-01
            note = Test profile. Verify against current law.
            unsupervised.DERMATOLOGIST = any
            prp.settings = MEDICAL_CLINIC
            rf.credentials = DERMATOLOGIST
            """;

    @TempDir
    Path dir;

    private final JurisdictionProfiles builtIn = JurisdictionProfiles.builtIn(getClass().getClassLoader());

    @Test
    void theAssessmentDatePicksTheVersionAndTheAssessmentRecordsIt() throws IOException {
        Path file = profile(TWO_VERSIONS);
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictionProfile(file).build()) {
            Assessment before = assess(advisor, LocalDate.of(2026, 12, 31));
            Assessment on = assess(advisor, LocalDate.of(2027, 1, 1));

            assertThat(before.jurisdictionProfile()).isEqualTo(new JurisdictionRef("US-OR", "2026-a",
                    LocalDate.of(2026, 1, 1), "Clinic counsel's reading, 2026", LocalDate.of(2026, 11, 30)));
            assertThat(before.decision()).isEqualTo(Decision.PROCEED);
            assertThat(on.jurisdictionProfile()).isEqualTo(new JurisdictionRef("US-OR", "2027-a",
                    LocalDate.of(2027, 1, 1), "Clinic counsel's reading, 2027", LocalDate.of(2026, 12, 1)));
            assertThat(DsxCases.findings(on, "MN-D04-NOT-IN-SCOPE")).singleElement()
                    .satisfies(finding -> assertThat(finding.rationale()).contains("Clinic counsel's reading, 2027"));
            assertThat(on.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        }
    }

    @Test
    void aVersionWithoutAnEndRunsUntilTheNextOneStarts() throws IOException {
        Jurisdiction oregon = builtIn.with(profile(TWO_VERSIONS)).get("US-OR");

        assertThat(oregon.versions().get(0).validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(oregon.versions().get(1).validUntil()).isNull();
        assertThat(oregon.versionOn(LocalDate.of(2025, 12, 31))).isNull();
        assertThat(oregon.versionOn(LocalDate.of(9999, 12, 31)).version()).isEqualTo("2027-a");
        assertThat(oregon.spans()).isEqualTo("2026-a from 2026-01-01 until 2026-12-31, 2027-a from 2027-01-01");
    }

    @Test
    void aCaseDatedWhereTheProfileHasNoVersionIsInvalidAndSaysWhy() throws IOException {
        Path file = profile(TWO_VERSIONS.replace("validFrom = 2027-01-01", "validFrom = 2027-02-01")
                .replace("lastChecked = 2026-11-30", "lastChecked = 2026-11-30\nvalidUntil = 2026-12-31"));
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictionProfile(file).build()) {
            for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 12, 31), LocalDate.of(2027, 1, 15)}) {
                TreatmentCase treatment = esthetician(day);

                assertThat(advisor.validate(treatment)).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("assessmentDate");
                    assertThat(problem.message()).isEqualTo("no version of the US-OR profile applies on " + day
                            + " (versions: 2026-a from 2026-01-01 until 2026-12-31, 2027-a from 2027-02-01)");
                });
                assertThatThrownBy(() -> advisor.assess(treatment)).isInstanceOf(InvalidCaseException.class);
            }
            assertThat(assess(advisor, LocalDate.of(2027, 2, 1)).jurisdictionProfile().version()).isEqualTo("2027-a");
        }
    }

    @Test
    void aVersionWhoseStartIsNotYetSetAppliesOnNoDayUntilAClinicSetsIt() throws IOException {
        String placeholder = TWO_VERSIONS.replace("validFrom = 2027-01-01", "validFrom =");
        Jurisdiction unset = builtIn.with(profile(placeholder)).get("US-OR");
        Jurisdiction set = builtIn.with(profile(TWO_VERSIONS)).get("US-OR");

        assertThat(unset.versions().get(1).validFrom()).isNull();
        assertThat(unset.versions().get(0).validUntil()).isNull();
        assertThat(unset.versionOn(LocalDate.of(2030, 1, 1)).version()).isEqualTo("2026-a");
        assertThat(unset.spans()).endsWith("2027-a from a start not yet set");
        assertThat(set.versionOn(LocalDate.of(2030, 1, 1)).version()).isEqualTo("2027-a");
        assertThat(builtIn.with(profile(TWO_VERSIONS.replace("validFrom = 2027-01-01", "validFrom = not yet set")))
                .get("US-OR").versions().get(1).validFrom()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "same start           | validFrom = 2027-01-01 | validFrom = 2026-01-01 | 16 | validFrom: 2026-01-01"
                    + " overlaps version 2026-a (from 2026-01-01): versions must be in date order and must not overlap",
            "out of date order    | validFrom = 2027-01-01 | validFrom = 2025-06-01 | 16 | validFrom: 2025-06-01"
                    + " overlaps version 2026-a (from 2026-01-01)",
            "end before start     | validFrom = 2026-01-01 | validFrom = 2026-01-01\\nvalidUntil = 2025-01-01"
                    + " | 7 | validUntil: is before validFrom 2026-01-01",
            "not a date           | validFrom = 2027-01-01 | validFrom = 1 Jan 2027 | 16 | validFrom: bad value"
                    + " '1 Jan 2027': not a date (YYYY-MM-DD)",
            "a date out of range  | lastChecked = 2026-12-01 | lastChecked = 1899-12-31 | 18 | lastChecked: bad value"
                    + " '1899-12-31': must be a date from 1900-01-01 to 9999-12-31",
            "a repeated label     | [version 2027-a] | [version 2026-a] | 15 | [version 2026-a]: version 2026-a is"
                    + " already defined on line 5",
            "a bad section title  | [version 2027-a] | [2027-a] | 15 | [2027-a]: a section title must be"
                    + " 'version LABEL'",
            "a key in the head    | name = Oregon (clinic profile) | name = Oregon\\nnote = x | 4 | note: unknown key"
                    + " before the first [version ...] section",
            "a missing start      | validFrom = 2027-01-01 |  | 15 | [version 2027-a]: validFrom: required"})
    void malformedOrOverlappingVersionsFailStartUpWithTheFileAndLine(String what, String from, String to, int line,
                                                                    String message) throws IOException {
        Path file = profile(TWO_VERSIONS.replace(from, to == null ? "" : to.replace("\\n", "\n")));

        assertThatThrownBy(() -> SafetyAdvisor.builder().jurisdictionProfile(file).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":" + line + ": " + message);
    }

    @Test
    void anOverlapBeyondTheFirstVersionsEndIsReportedWithBothVersions() throws IOException {
        Path file = profile(TWO_VERSIONS.replace("lastChecked = 2026-11-30",
                "lastChecked = 2026-11-30\nvalidUntil = 2027-03-31"));

        assertThatThrownBy(() -> builtIn.with(file))
                .hasMessageContaining(file + ":17: validFrom: 2027-01-01 overlaps version 2026-a (from 2026-01-01"
                        + " until 2027-03-31)");
    }

    @Test
    void aVersionWhoseStartIsNotYetSetComesLastAndHasNoEnd() throws IOException {
        Path early = profile(TWO_VERSIONS.replace("validFrom = 2026-01-01", "validFrom ="));
        Path ended = profile(TWO_VERSIONS.replace("validFrom = 2027-01-01", "validFrom =\nvalidUntil = 2028-01-01"));

        assertThatThrownBy(() -> builtIn.with(early))
                .hasMessageContaining(early + ":16: validFrom: versions must be in date order, and a version whose"
                        + " start is not yet set comes after every dated one");
        assertThatThrownBy(() -> builtIn.with(ended))
                .hasMessageContaining(ended + ":17: validUntil: a version whose start is not yet set cannot have an"
                        + " end");
    }

    @Test
    void aProfileNeedsOneDatedVersion() throws IOException {
        Path file = profile(TWO_VERSIONS.replace("validFrom = 2026-01-01", "validFrom =")
                .replace("validFrom = 2027-01-01", "validFrom ="));

        assertThatThrownBy(() -> builtIn.with(file)).hasMessageContaining(file + ": no version has a start date");
    }

    @Test
    void aFileWithoutSectionsIsOneVersionFromTheEarliestDate() throws IOException {
        Path file = profile("""
                id = US-OR
                version = 1
                name = Oregon
                source = Test source
                lastChecked = 2026-12-01
                note = Test note
                prp.settings = MEDICAL_CLINIC
                rf.credentials = DERMATOLOGIST
                """);

        Jurisdiction oregon = builtIn.with(file).get("US-OR");

        assertThat(oregon.versions()).singleElement().satisfies(version -> {
            assertThat(version.validFrom()).isEqualTo(JurisdictionProfiles.EARLIEST);
            assertThat(version.validUntil()).isNull();
            assertThat(version.lastChecked()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
    }

    @Test
    void theBuiltInProfilesAreInDateOrderWithoutGaps() {
        for (String id : builtIn.ids()) {
            JurisdictionProfile previous = null;
            for (JurisdictionProfile version : builtIn.get(id).versions()) {
                if (previous != null && version.validFrom() != null) {
                    assertThat(previous.validUntil()).as(id).isEqualTo(version.validFrom().minusDays(1));
                }
                previous = version;
            }
        }
    }

    private Assessment assess(SafetyAdvisor advisor, LocalDate day) {
        return Cases.record(advisor.assess(esthetician(day)));
    }

    private static TreatmentCase esthetician(LocalDate day) {
        return DsxCases.clean().jurisdiction("US-OR").practitioner(Credential.ESTHETICIAN, false)
                .areas(org.needlesafe.plan.PlannedArea.of(org.needlesafe.plan.Area.NECK, "0.5")).build().toBuilder()
                .assessmentDate(day).build();
    }

    private Path profile(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "profile", ".profile"), text);
    }
}
