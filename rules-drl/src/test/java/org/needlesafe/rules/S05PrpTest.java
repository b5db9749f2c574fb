package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.setup.Setting;

/** S-05: PRP only in a setting the profile allows, with bloodborne-pathogen handling. */
class S05PrpTest {
    private static final String SETTING = "MN-S05-PRP-SETTING";
    private static final String BLOOD = "MN-S05-BLOOD-HANDLING";

    private static DsxCases.Variant prp(Setting setting, Boolean bloodHandling) {
        return DsxCases.clean().plan(p -> p.topicals(new Topical(TopicalProduct.PRP, true)))
                .setup(s -> s.setting(setting).bloodHandlingCompliant(bloodHandling));
    }

    @ParameterizedTest(name = "PRP in {0} under {1}: refused {2}")
    @CsvSource({
            "MEDICAL_CLINIC, US-CA, false",
            "LICENSED_PREMISES, US-CA, true",
            "LICENSED_PREMISES, GB-SCT, true",
            "MEDICAL_CLINIC, GB-SCT, false"})
    void prpNeedsAMedicalSetting(Setting setting, String jurisdiction, boolean fires) {
        Assessment assessment = prp(setting, true).jurisdiction(jurisdiction).assess();

        S01NeedlesTest.assertSterility(assessment, SETTING, fires, Decision.DO_NOT_PROCEED,
                "setup.setting: " + setting);
        if (fires) {
            assertThat(assessment.findings().get(0).basis()).contains("plan.topicals[0]: PRP, sterileForProcedure true", "jurisdiction: " + jurisdiction);
            assertThat(assessment.findings().get(0).rationale()).contains("allows PRP only in medical clinic.");
        }
    }

    @Test
    void anUnknownSettingIsAScreeningAnswerNotARefusal() {
        Assessment assessment = prp(null, true).assess();

        assertThat(DsxCases.findings(assessment, SETTING)).isEmpty();
        assertThat(assessment.missingInformation()).containsExactly("setup.setting");
    }

    @ParameterizedTest(name = "blood handling {0}: refused {1}")
    @CsvSource({"false, true", "true, false"})
    void bloodMustBeHandledToStandard(boolean compliant, boolean fires) {
        S01NeedlesTest.assertSterility(prp(Setting.MEDICAL_CLINIC, compliant).assess(), BLOOD, fires,
                Decision.DO_NOT_PROCEED, "setup.bloodHandlingCompliant: false");
    }

    @Test
    void withoutPrpBloodHandlingDoesNotMatter() {
        Assessment assessment = DsxCases.clean()
                .setup(s -> s.setting(Setting.LICENSED_PREMISES).bloodHandlingCompliant(false)).assess();

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
    }

    @Test
    void prpListedTwiceIsOneFinding() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.topicals(new Topical(TopicalProduct.PRP, true), new Topical(TopicalProduct.PRP, true)))
                .setup(s -> s.setting(Setting.LICENSED_PREMISES).bloodHandlingCompliant(false)).assess();

        assertThat(DsxCases.findings(assessment, SETTING)).singleElement()
                .satisfies(finding -> assertThat(finding.basis()).contains("plan.topicals[0]: PRP, sterileForProcedure true")
                        .doesNotContain("plan.topicals[1]: PRP, sterileForProcedure true"));
        assertThat(DsxCases.findings(assessment, BLOOD)).hasSize(1);
    }
}
