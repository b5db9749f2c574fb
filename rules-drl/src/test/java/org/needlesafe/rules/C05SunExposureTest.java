package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-05: sunburn, or tanning or sunburn within sunExposureWindowDays (14), defers the area. */
class C05SunExposureTest {
    private static final String SUNBURN = "MN-C05-SUNBURN";
    private static final String RECENT = "MN-C05-RECENT-SUN";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // code,     status,  onset days ago, rule,     deferUntil days from today
        "SUNBURN,    ACTIVE,  null,           SUNBURN,  null",
        "SUNBURN,    ACTIVE,  3,              SUNBURN,  11",
        "SUNBURN,    ACTIVE,  13,             SUNBURN,  1",
        "SUNBURN,    ACTIVE,  14,             SUNBURN,  null",
        "SUNBURN,    HISTORY, 13,             RECENT,   1",
        "SUNBURN,    HISTORY, 14,             null,     null",
        "SUNBURN,    HISTORY, 15,             null,     null",
        "SUNBURN,    HISTORY, null,           null,     null",
        "RECENT_TAN, ACTIVE,  null,           RECENT,   null",
        "RECENT_TAN, ACTIVE,  30,             RECENT,   null",
        "RECENT_TAN, HISTORY, 0,              RECENT,   14",
        "RECENT_TAN, HISTORY, 13,             RECENT,   1",
        "RECENT_TAN, HISTORY, 14,             null,     null",
        "RECENT_TAN, HISTORY, null,           null,     null",
    })
    void defersUntilTheWindowHasPassed(ConditionCode code, ConditionStatus status, Integer onsetDaysAgo,
                                       String rule, Integer deferDays) {
        LocalDate onset = onsetDaysAgo == null ? null : daysAgo(onsetDaysAgo);
        ContraindicationCases.Scenario scenario = scenario().conditions(condition(code, status, onset, Area.CHEEKS));

        List<Finding> sunburn = scenario.findings(SUNBURN);
        List<Finding> recent = scenario.findings(RECENT);

        List<Finding> fired = "SUNBURN".equals(rule) ? sunburn : recent;
        List<Finding> silent = "SUNBURN".equals(rule) ? recent : sunburn;
        assertThat(silent).isEmpty();
        if (rule == null) {
            assertThat(fired).isEmpty();
            return;
        }
        assertThat(fired).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.area()).isEqualTo(Area.CHEEKS);
            assertThat(finding.deferUntil()).isEqualTo(deferDays == null ? null : TODAY.plusDays(deferDays));
        });
    }

    @Test
    void sunOnTheNeckDoesNotDeferTheCheeks() {
        assertThat(scenario().conditions(condition(ConditionCode.SUNBURN, ConditionStatus.ACTIVE, Area.NECK))
                .findings(SUNBURN)).isEmpty();
    }

    @Test
    void sunWithoutALocationDefersTheWholeCase() {
        assertThat(scenario().areas(Area.CHEEKS, Area.NECK)
                .conditions(condition(ConditionCode.RECENT_TAN, ConditionStatus.ACTIVE)).findings(RECENT))
                .singleElement().satisfies(finding -> assertThat(finding.caseWide()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"6, 1", "7, 0"})
    void theWindowFollowsTheConfiguration(int onsetDaysAgo, int expected) {
        // sunExposureWindowDays = 7 in the altered clinic: 6 days ago is within, 7 is not.
        assertThat(scenario()
                .conditions(condition(ConditionCode.RECENT_TAN, ConditionStatus.HISTORY, daysAgo(onsetDaysAgo),
                        Area.CHEEKS))
                .findings(ALTERED, RECENT)).hasSize(expected);
    }
}
