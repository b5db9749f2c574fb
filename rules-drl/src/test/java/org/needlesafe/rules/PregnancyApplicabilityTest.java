package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.patient.SexForClinicalUse;

/**
 * C-09 and the contract: pregnancy and breastfeeding are required answers only where they can apply (JUDGEMENT
 * {@code pregnancyScreeningMaxAgeYears}, and the sex parameter for clinical use), never by administrative gender.
 */
class PregnancyApplicabilityTest {
    private static final String PREGNANT = "patient.pregnant";
    private static final String BREASTFEEDING = "patient.breastfeeding";

    private static Assessment unknownPregnancy(int age, SexForClinicalUse sex) {
        return DsxCases.clean().patient(p -> p.ageYears(age).sexForClinicalUse(sex).pregnant(null)
                .breastfeeding(null)).assess();
    }

    @ParameterizedTest(name = "age {0}, sex for clinical use {1}: asked {2}")
    @CsvSource(nullValues = "unknown", value = {
            "72, unknown, false", "60, unknown, false", "59, unknown, true", "30, unknown, true",
            "30, MALE_TYPICAL, false", "30, FEMALE_TYPICAL, true", "30, SPECIFIED, true",
            "72, FEMALE_TYPICAL, false"})
    void askedOnlyWhereTheyCanApply(int age, SexForClinicalUse sex, boolean asked) {
        Assessment assessment = unknownPregnancy(age, sex);

        if (asked) {
            assertThat(assessment.missingInformation()).contains(PREGNANT, BREASTFEEDING);
            assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
        } else {
            assertThat(assessment.missingInformation()).doesNotContain(PREGNANT, BREASTFEEDING);
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
        }
    }

    @Test
    void theAgeIsAClinicSetting() {
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().configuration(ClinicConfiguration.builder()
                .set("pregnancyScreeningMaxAgeYears", "75").build()).build()) {
            Assessment assessment = DsxCases.clean().patient(p -> p.ageYears(72).pregnant(null).breastfeeding(null))
                    .assessWith(advisor);

            assertThat(assessment.missingInformation()).contains(PREGNANT, BREASTFEEDING);
            assertThat(assessment.configuration()).containsKey("pregnancyScreeningMaxAgeYears");
        }
    }

    @Test
    void anAnswerGivenIsUsedEvenWhereItIsNotAsked() {
        Assessment assessment = DsxCases.clean().patient(p -> p.ageYears(30)
                .sexForClinicalUse(SexForClinicalUse.MALE_TYPICAL).pregnant(false).breastfeeding(true)).assess();

        assertThat(DsxCases.findings(assessment, "MN-C09-BREASTFEEDING")).hasSize(1);
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }
}
