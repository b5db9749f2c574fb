package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.plan.Area;

/** C-15: Fitzpatrick IV-VI, a PIH history or melasma: conservative depth and strict photoprotection, case-wide. */
class C15PigmentationTest {

    @ParameterizedTest
    @CsvSource({"I, 0", "II, 0", "III, 0", "IV, 1", "V, 1", "VI, 1"})
    void darkerSkinTypesAreAPrecaution(FitzpatrickType type, int expected) {
        List<Finding> findings = scenario().fitzpatrick(type).findings("MN-C15-DARKER-SKIN");

        assertThat(findings).hasSize(expected).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).containsExactly("patient.fitzpatrickType: " + type);
            assertThat(finding.summary()).contains("conservative depth", "photoprotection");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "PIH_HISTORY, HISTORY,    MN-C15-PIH-HISTORY, 1",
        "PIH_HISTORY, ACTIVE,     MN-C15-PIH-HISTORY, 1",
        "MELASMA,     ACTIVE,     MN-C15-MELASMA,     1",
        "MELASMA,     CONTROLLED, MN-C15-MELASMA,     1",
        "MELASMA,     HISTORY,    MN-C15-MELASMA,     0",
    })
    void aPigmentaryHistoryIsAPrecaution(ConditionCode code, ConditionStatus status, String rule, int expected) {
        // The patches are on the forehead; the tendency is the patient's, so the finding is case-wide.
        List<Finding> findings = scenario().conditions(condition(code, status, Area.FOREHEAD)).findings(rule);

        assertThat(findings).hasSize(expected).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.caseWide()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({"II, 0", "IV, 1"})
    void theUnknownTypeIsLeftToScreening(FitzpatrickType known, int expected) {
        assertThat(scenario().fitzpatrick(known).findings("MN-C15-DARKER-SKIN")).hasSize(expected);
        assertThat(scenario().fitzpatrick(null).findings("MN-C15-DARKER-SKIN")).isEmpty();
    }
}
