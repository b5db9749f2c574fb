package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.PlanChange;
import org.needlesafe.Referral;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.text.DisplayNames;

/** D-04: scope of practice, from the jurisdiction profiles. */
class D04ScopeOfPracticeTest {
    private static final String NOT_IN_SCOPE = "MN-D04-NOT-IN-SCOPE";
    private static final String DEPTH = "MN-D04-DEPTH-OVER-SCOPE";
    private static final String AGE = "MN-D04-UNDER-MINIMUM-AGE";

    /** A case that is clean but for who does it where: cheeks at 0.5 mm, within every profile's depths. */
    private static DsxCases.Variant by(String jurisdiction, Credential credential, boolean supervised) {
        return DsxCases.clean().jurisdiction(jurisdiction).practitioner(credential, supervised)
                .areas(PlannedArea.of(Area.CHEEKS, "0.5"));
    }

    @ParameterizedTest(name = "{0}: {1} (supervised {2}) may needle, {3} (supervised {4}) may not")
    @CsvSource({
            "DEFAULT, PHYSICIAN, false, REGISTERED_NURSE, false",
            "DEFAULT, NURSE_PRACTITIONER, true, ESTHETICIAN, true",
            "US-CA, NURSE_PRACTITIONER, false, ESTHETICIAN, false",
            "US-CA, REGISTERED_NURSE, true, MASTER_ESTHETICIAN, true",
            "US-FL, PHYSICIAN_ASSISTANT, false, COSMETOLOGIST, false",
            "US-FL, REGISTERED_NURSE, true, ESTHETICIAN, true",
            "US-UT, MASTER_ESTHETICIAN, false, ESTHETICIAN, false",
            "US-AZ, ESTHETICIAN, false, LICENSED_PRACTICAL_NURSE, true",
            "US-NC, COSMETOLOGIST, true, ESTHETICIAN, false",
            "US-TX, REGISTERED_NURSE, true, REGISTERED_NURSE, false",
            "US-TX, LICENSED_PRACTICAL_NURSE, true, ESTHETICIAN, true",
            "GB-ENG, LICENSED_AESTHETIC_PRACTITIONER, false, ESTHETICIAN, false",
            "GB-SCT, LICENSED_AESTHETIC_PRACTITIONER, false, COSMETOLOGIST, false",
            "AU-NSW, NURSE_PRACTITIONER, false, ESTHETICIAN, false",
            "AU-NSW, LICENSED_PRACTICAL_NURSE, false, PHYSICIAN_ASSISTANT, false",
            "AU-NSW, ESTHETICIAN, true, COSMETOLOGIST, false"})
    void everyProfileAdmitsSomeCredentialsAndRefusesOthers(String jurisdiction, Credential permitted,
                                                          boolean permittedSupervised, Credential refused,
                                                          boolean refusedSupervised) {
        Assessment allowed = by(jurisdiction, permitted, permittedSupervised).assess();
        Assessment refusedCase = by(jurisdiction, refused, refusedSupervised).assess();

        assertThat(allowed.findings()).isEmpty();
        assertThat(allowed.decision()).isEqualTo(Decision.PROCEED);
        assertThat(allowed.jurisdictionProfile().id()).isEqualTo(jurisdiction);
        assertThat(DsxCases.findings(refusedCase, NOT_IN_SCOPE)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.category()).isEqualTo(Category.CREDENTIAL);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.referTo()).isEqualTo(Referral.QUALIFIED_PRACTITIONER);
            assertThat(finding.basis()).contains("practitioner.credential: " + refused,
                    "practitioner.supervisingPhysician: " + refusedSupervised, "jurisdiction: " + jurisdiction);
        });
        assertThat(refusedCase.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    static Stream<Arguments> everyProfileAndUnlicensedCredential() {
        return Cases.ADVISOR.jurisdictions().ids().stream().flatMap(id -> Stream.of(
                Arguments.of(id, Credential.CERTIFIED_TECHNICIAN, false),
                Arguments.of(id, Credential.CERTIFIED_TECHNICIAN, true),
                Arguments.of(id, Credential.NONE, false),
                Arguments.of(id, Credential.NONE, true)));
    }

    @ParameterizedTest(name = "{0}: {1} supervised {2} is refused")
    @MethodSource("everyProfileAndUnlicensedCredential")
    void unlicensedOrCertificateOnlyPracticeIsRefusedEverywhere(String jurisdiction, Credential credential,
                                                                boolean supervised) {
        Assessment assessment = by(jurisdiction, credential, supervised).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).singleElement().satisfies(finding ->
                assertThat(finding.rationale()).contains("Unlicensed or certificate-only practice is refused"));
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void allTenBuiltInProfilesAreLoaded() {
        assertThat(Cases.ADVISOR.jurisdictions().ids()).containsExactlyInAnyOrder("DEFAULT", "US-CA", "US-FL",
                "US-UT", "US-AZ", "US-NC", "US-TX", "GB-ENG", "GB-SCT", "AU-NSW");
    }

    @ParameterizedTest(name = "Utah master esthetician, {0} mm, supervised {1}: over scope {2}")
    @CsvSource({
            "1.0, false, false",
            "1.5, false, false",
            "1.6, false, true",
            "2.5, false, true",
            "1.6, true, false",
            "3.5, true, false"})
    void utahDrawsTheLineAtOnePointFiveWithoutSupervision(String depth, boolean supervised, boolean over) {
        // The neck, so that D-02's facial limit for non-physicians stays out of the way.
        Assessment assessment = DsxCases.clean().jurisdiction("US-UT")
                .practitioner(Credential.MASTER_ESTHETICIAN, supervised)
                .areas(PlannedArea.of(Area.NECK, depth)).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).isEmpty();
        if (!over) {
            assertThat(DsxCases.findings(assessment, DEPTH)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, DEPTH)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.area()).isEqualTo(Area.NECK);
            assertThat(finding.planChange()).isEqualTo(PlanChange.maxDepth(Area.NECK, new BigDecimal("1.5")));
            assertThat(finding.basis()).contains("jurisdiction: US-UT", "plan.areas[0]: NECK at " + depth + " mm");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    /** Every numeric depth limit of the built-in profiles, held to the contract's 0.001 mm on both sides. */
    @ParameterizedTest(name = "{0}: {1} (supervised {2}) to {3} mm, not {3} + 0.001")
    @CsvSource({
            "DEFAULT, REGISTERED_NURSE, true, 1.5",
            "US-AZ, ESTHETICIAN, false, 0.5",
            "US-AZ, MASTER_ESTHETICIAN, false, 0.5",
            "US-AZ, COSMETOLOGIST, false, 0.5",
            "US-NC, ESTHETICIAN, true, 1.0",
            "US-NC, MASTER_ESTHETICIAN, true, 1.0",
            "US-NC, COSMETOLOGIST, true, 1.0",
            "US-UT, MASTER_ESTHETICIAN, false, 1.5"})
    void everyProfileDepthLimitIsExact(String jurisdiction, Credential credential, boolean supervised, String limit) {
        BigDecimal at = new BigDecimal(limit);
        BigDecimal past = at.add(new BigDecimal("0.001"));
        // The neck, so that the facial depth rules (D-02, D-03) stay out of the way.
        Assessment within = DsxCases.clean().jurisdiction(jurisdiction).practitioner(credential, supervised)
                .areas(PlannedArea.of(Area.NECK, at.toPlainString())).assess();
        Assessment over = DsxCases.clean().jurisdiction(jurisdiction).practitioner(credential, supervised)
                .areas(PlannedArea.of(Area.NECK, past.toPlainString())).assess();

        assertThat(DsxCases.findings(within, NOT_IN_SCOPE)).isEmpty();
        assertThat(DsxCases.findings(within, DEPTH)).isEmpty();
        assertThat(DsxCases.findings(over, DEPTH)).singleElement().satisfies(finding ->
                assertThat(finding.planChange()).isEqualTo(PlanChange.maxDepth(Area.NECK, at)));
    }

    @ParameterizedTest(name = "Arizona {0} at {1} mm: over scope {2}")
    @CsvSource({
            "ESTHETICIAN, 0.25, false", "ESTHETICIAN, 0.5, false", "ESTHETICIAN, 0.6, true",
            "COSMETOLOGIST, 0.51, true", "NURSE_PRACTITIONER, 1.0, false"})
    void arizonaKeepsEstheticiansToHalfAMillimetre(Credential credential, String depth, boolean over) {
        Assessment assessment = DsxCases.clean().jurisdiction("US-AZ").practitioner(credential, false)
                .areas(PlannedArea.of(Area.CHEEKS, depth)).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).isEmpty();
        assertThat(DsxCases.findings(assessment, DEPTH)).hasSize(over ? 1 : 0);
        if (over) {
            assertThat(DsxCases.findings(assessment, DEPTH).get(0).planChange())
                    .isEqualTo(PlanChange.maxDepth(Area.CHEEKS, new BigDecimal("0.5")));
            assertThat(DsxCases.findings(assessment, DEPTH).get(0).summary()).endsWith("deeper is beyond "
                    + (credential == Credential.ESTHETICIAN ? "an " : "a ") + DisplayNames.english().of(credential)
                    + "'s scope under US-AZ");
        }
    }

    @ParameterizedTest(name = "California refuses a {0}, supervised {1}")
    @CsvSource({
            "ESTHETICIAN, false", "ESTHETICIAN, true", "MASTER_ESTHETICIAN, false", "MASTER_ESTHETICIAN, true",
            "COSMETOLOGIST, false", "COSMETOLOGIST, true"})
    void californiaRefusesEveryBoardLicensee(Credential credential, boolean supervised) {
        Assessment assessment = by("US-CA", credential, supervised).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).singleElement()
                .satisfies(finding -> assertThat(finding.rationale()).contains("16 CCR 991"));
    }

    @ParameterizedTest(name = "Florida refuses a {0}")
    @CsvSource({"ESTHETICIAN", "COSMETOLOGIST", "MASTER_ESTHETICIAN"})
    void floridaPutsMicroneedlingBeyondCosmetologyScope(Credential credential) {
        Assessment assessment = by("US-FL", credential, false).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).singleElement().satisfies(finding -> {
            assertThat(finding.rationale()).contains("61G5-18.00015");
            assertThat(finding.summary()).startsWith("Do not proceed: " + (credential == Credential.ESTHETICIAN
                    ? "an " : "a ") + DisplayNames.english().of(credential) + " may not perform microneedling under the US-FL profile");
        });
    }

    @Test
    void aNurseWithoutTheSupervisionTheProfileAsksForIsToldSo() {
        Assessment assessment = by("US-CA", Credential.REGISTERED_NURSE, false).assess();

        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).singleElement()
                .satisfies(finding -> assertThat(finding.rationale()).contains("only under a supervising physician"));
    }

    @ParameterizedTest(name = "{0}: age {1} under the minimum {2}")
    @CsvSource({
            "GB-SCT, 17, true", "GB-SCT, 18, false", "DEFAULT, 17, true", "DEFAULT, 18, false",
            "US-CA, 17, false", "GB-ENG, 16, false"})
    void minimumAgeComesFromTheProfile(String jurisdiction, int age, boolean under) {
        Assessment assessment = by(jurisdiction, Credential.PHYSICIAN, false).patient(p -> p.ageYears(age)).assess();

        if (!under) {
            assertThat(DsxCases.findings(assessment, AGE)).isEmpty();
            return;
        }
        assertThat(DsxCases.findings(assessment, AGE)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("patient.ageYears: " + age, "jurisdiction: " + jurisdiction);
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }
}
