package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.setup.Needles;

/** S-01: sterile single-use needles, intact packaging, a sharps container. */
class S01NeedlesTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "SINGLE_USE_STERILE_CARTRIDGE,            ,                                      PROCEED",
            "SINGLE_USE_STERILE_ROLLER,               ,                                      PROCEED",
            "REUSABLE_ROLLER_AUTOCLAVED_SAME_CLIENT,  MN-S01-REUSABLE-ROLLER-SAME-CLIENT,    PROCEED_WITH_PRECAUTIONS",
            "REUSABLE_ROLLER_DISINFECTANT_SOAK,       MN-S01-NON-STERILE-NEEDLES,            DO_NOT_PROCEED",
            "SHARED_ROLLER,                           MN-S01-NON-STERILE-NEEDLES,            DO_NOT_PROCEED",
            "REUSED_CARTRIDGE,                        MN-S01-NON-STERILE-NEEDLES,            DO_NOT_PROCEED"})
    void everyNeedleCode(Needles needles, String ruleId, Decision decision) {
        Assessment assessment = DsxCases.clean().setup(s -> s.needles(needles)).assess();

        assertThat(assessment.decision()).isEqualTo(decision);
        if (ruleId == null) {
            assertThat(assessment.findings()).isEmpty();
            return;
        }
        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.decision()).isEqualTo(decision);
            assertThat(finding.category()).isEqualTo(Category.STERILITY);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).containsExactly("setup.needles: " + needles);
        });
    }

    @ParameterizedTest(name = "packagingIntact {0}")
    @CsvSource({"false, true", "true, false"})
    void breachedPackagingIsRefused(boolean intact, boolean fires) {
        Assessment assessment = DsxCases.clean().setup(s -> s.packagingIntact(intact)).assess();

        assertSterility(assessment, "MN-S01-PACKAGING-BREACHED", fires, Decision.DO_NOT_PROCEED,
                "setup.packagingIntact: false");
    }

    @ParameterizedTest(name = "sharpsContainer {0}")
    @CsvSource({"false, true", "true, false"})
    void noSharpsContainerDefers(boolean container, boolean fires) {
        Assessment assessment = DsxCases.clean().setup(s -> s.sharpsContainer(container)).assess();

        assertSterility(assessment, "MN-S01-NO-SHARPS-CONTAINER", fires, Decision.DEFER,
                "setup.sharpsContainer: false");
    }

    static void assertSterility(Assessment assessment, String ruleId, boolean fires, Decision decision,
                                String basis) {
        if (!fires) {
            assertThat(DsxCases.findings(assessment, ruleId)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, ruleId)).singleElement().satisfies((Finding finding) -> {
            assertThat(finding.decision()).isEqualTo(decision);
            assertThat(finding.category()).isEqualTo(Category.STERILITY);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains(basis);
            assertThat(finding.rationale()).contains("Case-wide");
        });
        assertThat(assessment.decision()).isEqualTo(decision);
    }
}
