package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.ago;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.procedure;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;

/** C-19: a scar younger than recentScarMonths (6) or surgery within recentSurgeryMonths (6) defers. */
class C19RecentScarOrSurgeryTest {
    private static final String SCAR = "MN-C19-RECENT-SCAR";
    private static final String SURGERY = "MN-C19-RECENT-SURGERY";

    @ParameterizedTest
    @CsvSource({
        // status,   onset, where,  planned,     expected, deferUntil known
        "ACTIVE,     6m-1d, CHEEKS, CHEEKS NECK, CHEEKS,   true",
        "ACTIVE,     6m,    CHEEKS, CHEEKS NECK, -,        false",
        "ACTIVE,     6m+1d, CHEEKS, CHEEKS NECK, -,        false",
        "HISTORY,    2m,    CHEEKS, CHEEKS NECK, CHEEKS,   true",
        "ACTIVE,     none,  CHEEKS, CHEEKS NECK, CHEEKS,   false",
        "CONTROLLED, none,  ,       CHEEKS NECK, *,        false",
        "HISTORY,    none,  CHEEKS, CHEEKS,      -,        false",
        "ACTIVE,     1m,    HANDS,  CHEEKS,      -,        false",
    })
    void aRecentScarDefersItsArea(ConditionStatus status, String onset, Area where, String planned,
                                  String expected, boolean deferUntilKnown) {
        LocalDate date = ago(onset);
        List<Finding> findings = scenario().areas(areas(planned))
                .conditions(condition(ConditionCode.RECENT_SCAR, status, date, where))
                .findings(SCAR);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.deferUntil()).isEqualTo(deferUntilKnown ? date.plusMonths(6) : null);
        });
    }

    @ParameterizedTest
    @CsvSource({
        // date,  where,      planned,               expected
        "6m-1d,   NOSE,       CHEEKS FOREHEAD NECK,  CHEEKS FOREHEAD",
        "1m,      ,           CHEEKS NECK,           *",
        "1m,      ABDOMEN,    CHEEKS ABDOMEN,        ABDOMEN",
        "1m,      ABDOMEN,    CHEEKS,                -",
        "6m,      NOSE,       CHEEKS,                -",
        "6m+1d,   ,           CHEEKS,                -",
    })
    void recentSurgeryDefersItsRegion(String when, Area where, String planned, String expected) {
        LocalDate date = ago(when);
        RecentProcedure surgery = procedure(ProcedureCode.SURGERY, date, where);

        List<Finding> findings = scenario().areas(areas(planned)).procedures(surgery).findings(SURGERY);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.deferUntil()).isEqualTo(date.plusMonths(6));
        });
    }

    @ParameterizedTest
    @CsvSource({
        // altered clinic: recentScarMonths 12, recentSurgeryMonths 3
        "SCAR,    12m-1d, 1",
        "SCAR,    12m,    0",
        "SURGERY, 3m-1d,  1",
        "SURGERY, 3m,     0",
    })
    void theWindowsFollowTheConfiguration(String what, String when, int expected) {
        ContraindicationCases.Scenario scenario = scenario();
        if (what.equals("SCAR")) {
            scenario.conditions(condition(ConditionCode.RECENT_SCAR, ConditionStatus.ACTIVE, ago(when), Area.CHEEKS));
        } else {
            scenario.procedures(RecentProcedure.of(ProcedureCode.SURGERY, ago(when), Area.CHEEKS));
        }
        assertThat(scenario.findings(ALTERED, what.equals("SCAR") ? SCAR : SURGERY)).hasSize(expected);
    }
}
