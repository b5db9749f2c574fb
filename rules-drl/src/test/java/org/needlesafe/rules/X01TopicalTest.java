package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.PlanChange;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;

/** only sterile products intended for needled skin; never vitamin C serum. */
class X01TopicalTest {

    @ParameterizedTest(name = "{0}, sterile {1}: {2}")
    @CsvSource({
            "HYALURONIC_ACID, true, ",
            "HYALURONIC_ACID, false, MN-X01-NON-STERILE-TOPICAL",
            "GROWTH_FACTORS, false, MN-X01-NON-STERILE-TOPICAL",
            "EXOSOMES, false, MN-X01-NON-STERILE-TOPICAL",
            "PEPTIDE_SERUM, true, ",
            "OTHER_COSMETIC, false, MN-X01-NON-STERILE-TOPICAL",
            "VITAMIN_C_SERUM, true, MN-X01-VITAMIN-C-SERUM",
            "VITAMIN_C_SERUM, false, MN-X01-VITAMIN-C-SERUM"})
    void aProductNotMeantForNeedledSkinIsTakenOut(TopicalProduct product, boolean sterile, String ruleId) {
        Assessment assessment = DsxCases.clean()
                .areas(PlannedArea.of(Area.CHEEKS, "1.0"), PlannedArea.of(Area.CHIN, "1.0"))
                .plan(p -> p.topicals(new Topical(TopicalProduct.HYALURONIC_ACID, true), new Topical(product, sterile)))
                .assess();

        if (ruleId == null) {
            assertThat(assessment.findings()).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.category()).isEqualTo(Category.TOPICAL);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.planChange()).isEqualTo(PlanChange.removeTopical(product));
            assertThat(finding.basis()).contains("plan.topicals[1]: " + product + ", sterileForProcedure " + sterile);
        });
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
        assertThat(assessment.areaDecisions()).containsEntry(Area.CHEEKS, Decision.MODIFY_PLAN)
                .containsEntry(Area.CHIN, Decision.MODIFY_PLAN);
    }

    @Test
    void anUnknownSterilityIsAScreeningAnswerNotThisRule() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.topicals(new Topical(TopicalProduct.PEPTIDE_SERUM, null))).assess();

        assertThat(assessment.findings()).extracting(finding -> finding.ruleId())
                .containsExactly("MN-SCREEN-UNKNOWN-ANSWER");
        assertThat(assessment.missingInformation()).containsExactly("plan.topicals[0].sterileForProcedure");
    }
}
