package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;

/** S-06: no tap water on cartridges or devices (nontuberculous mycobacteria). */
class S06TapWaterTest {

    @ParameterizedTest(name = "deviceRinsedInTapWater {0}: refused {1}")
    @CsvSource({"true, true", "false, false", ", false"})
    void neverRinseInTapWater(Boolean rinsed, boolean fires) {
        Assessment assessment = DsxCases.clean().setup(s -> s.deviceRinsedInTapWater(rinsed)).assess();

        S01NeedlesTest.assertSterility(assessment, "MN-S06-TAP-WATER-RINSE", fires, Decision.DO_NOT_PROCEED,
                "setup.deviceRinsedInTapWater: true");
        if (fires) {
            assertThat(assessment.findings().get(0).evidence()).isEqualTo(Evidence.MIXED);
            assertThat(assessment.findings().get(0).rationale()).contains("judgement");
        }
    }
}
