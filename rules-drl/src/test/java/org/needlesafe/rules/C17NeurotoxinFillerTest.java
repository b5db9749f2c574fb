package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.procedure;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;

/** C-17: neurotoxin or filler in a planned area within neurotoxinFillerGapDays (14) defers that area. */
class C17NeurotoxinFillerTest {
    private static final String RULE = "MN-C17-NEUROTOXIN-FILLER";

    @ParameterizedTest
    @CsvSource({
        // code,       days ago, where,    planned,         expected, deferUntil (days from today)
        "NEUROTOXIN,    0,       FOREHEAD, FOREHEAD CHEEKS, FOREHEAD, 14",
        "NEUROTOXIN,    13,      FOREHEAD, FOREHEAD CHEEKS, FOREHEAD, 1",
        "NEUROTOXIN,    14,      FOREHEAD, FOREHEAD CHEEKS, -,        0",
        "NEUROTOXIN,    15,      FOREHEAD, FOREHEAD CHEEKS, -,        0",
        "DERMAL_FILLER, 5,       CHEEKS,   CHEEKS CHIN,     CHEEKS,   9",
        "DERMAL_FILLER, 5,       PERIORAL, CHEEKS,          -,        0",
        "DERMAL_FILLER, 5,       ,         CHEEKS CHIN,     *,        9",
    })
    void defersTheInjectedArea(ProcedureCode code, int daysAgo, Area where, String planned, String expected,
                               int deferDays) {
        RecentProcedure injection = procedure(code, daysAgo(daysAgo), where);

        List<Finding> findings = scenario().areas(areas(planned)).procedures(injection).findings(RULE);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.deferUntil()).isEqualTo(TODAY.plusDays(deferDays));
        });
    }

    @ParameterizedTest
    @CsvSource({"6, 1", "7, 0"})
    void theGapFollowsTheConfiguration(int daysAgo, int expected) {
        // neurotoxinFillerGapDays = 7 in the altered clinic.
        List<Finding> findings = scenario()
                .procedures(RecentProcedure.of(ProcedureCode.NEUROTOXIN, daysAgo(daysAgo), Area.CHEEKS))
                .findings(ALTERED, RULE);
        assertThat(findings).hasSize(expected)
                .allSatisfy(finding -> assertThat(finding.deferUntil()).isEqualTo(daysAgo(daysAgo).plusDays(7)));
    }
}
