package org.needlesafe.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.Decision.DEFER;
import static org.needlesafe.Decision.DO_NOT_PROCEED;
import static org.needlesafe.Decision.MODIFY_PLAN;
import static org.needlesafe.Decision.PROCEED;
import static org.needlesafe.Decision.PROCEED_WITH_PRECAUTIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.plan.Area;

class RollupTest {

    private static Finding finding(Decision decision, Area area) {
        return new Finding("MN-TEST", List.of(KbItem.of("C-01")), decision, Category.CONTRAINDICATION, area, "s", "r",
                List.of("b"), Evidence.MIXED, "src", null, null, null, null);
    }

    @Test
    void contractExampleEyelidDoNotProceedCheeksProceedGivesModifyPlan() {
        Rollup rollup = Rollup.of(List.of(finding(DO_NOT_PROCEED, Area.EYELID)), List.of(Area.EYELID, Area.CHEEKS),
                PROCEED);

        assertThat(rollup.areaDecisions()).containsExactly(Map.entry(Area.EYELID, DO_NOT_PROCEED),
                Map.entry(Area.CHEEKS, PROCEED));
        assertThat(rollup.decision()).isEqualTo(MODIFY_PLAN);
    }

    @Test
    void caseWideFindingsApplyToEveryAreaAndTheCase() {
        Rollup rollup = Rollup.of(List.of(finding(DEFER, null), finding(MODIFY_PLAN, Area.FOREHEAD)),
                List.of(Area.FOREHEAD, Area.PERIORBITAL), PROCEED);

        assertThat(rollup.areaDecisions()).containsExactly(Map.entry(Area.FOREHEAD, DEFER),
                Map.entry(Area.PERIORBITAL, DEFER));
        assertThat(rollup.decision()).isEqualTo(DEFER);
    }

    @Test
    void whenNoAreaCanBeTreatedTodayTheLeastRestrictiveAreaDecisionWins() {
        Rollup rollup = Rollup.of(List.of(finding(DO_NOT_PROCEED, Area.EYELID), finding(DEFER, Area.CHEEKS)),
                List.of(Area.EYELID, Area.CHEEKS), PROCEED);

        assertThat(rollup.decision()).isEqualTo(DEFER);
    }

    @Test
    void aCaseWideDecisionIsNeverLoweredByTheAreas() {
        Rollup rollup = Rollup.of(List.of(finding(DO_NOT_PROCEED, null), finding(DEFER, Area.CHEEKS)),
                List.of(Area.CHEEKS, Area.NECK), PROCEED);

        assertThat(rollup.decision()).isEqualTo(DO_NOT_PROCEED);
    }

    @Test
    void theFloorIsCaseWide() {
        Rollup rollup = Rollup.of(List.of(), List.of(Area.CHEEKS), DEFER);

        assertThat(rollup.areaDecisions()).containsEntry(Area.CHEEKS, DEFER);
        assertThat(rollup.decision()).isEqualTo(DEFER);
    }

    @ParameterizedTest(name = "areas {0} + {1} -> case {2}")
    @CsvSource({
            "PROCEED, PROCEED, PROCEED",
            "PROCEED, PROCEED_WITH_PRECAUTIONS, PROCEED_WITH_PRECAUTIONS",
            "PROCEED_WITH_PRECAUTIONS, MODIFY_PLAN, MODIFY_PLAN",
            "PROCEED, DEFER, MODIFY_PLAN",
            "MODIFY_PLAN, DO_NOT_PROCEED, MODIFY_PLAN",
            "DEFER, DO_NOT_PROCEED, DEFER",
            "DO_NOT_PROCEED, DO_NOT_PROCEED, DO_NOT_PROCEED",
    })
    void areaRollupFollowsTheContract(Decision cheeks, Decision neck, Decision expected) {
        List<Finding> findings = new ArrayList<>();
        if (cheeks != PROCEED) {
            findings.add(finding(cheeks, Area.CHEEKS));
        }
        if (neck != PROCEED) {
            findings.add(finding(neck, Area.NECK));
        }

        assertThat(Rollup.of(findings, List.of(Area.CHEEKS, Area.NECK), PROCEED).decision()).isEqualTo(expected);
    }
}
