package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;

/** the gap since the last session, and the earliest next one. */
class A02SessionIntervalTest {
    private static final String TOO_SOON = "MN-A02-SESSION-TOO-SOON";
    private static final String SOONER = "MN-A02-SESSION-SOONER-THAN-RECOMMENDED";
    private static final String PROCEDURE_TOO_SOON = "MN-A02-RECENT-MICRONEEDLING-TOO-SOON";
    private static final String PROCEDURE_SOONER = "MN-A02-RECENT-MICRONEEDLING-SOONER-THAN-RECOMMENDED";

    private static SafetyAdvisor weekly;

    @BeforeAll
    static void clinicWithShorterIntervals() {
        weekly = TestPack.builder().configuration(ClinicConfiguration.builder()
                .set(Threshold.MINIMUM_SESSION_INTERVAL_DAYS, "7")
                .set(Threshold.RECOMMENDED_SESSION_INTERVAL_DAYS, "21").build()).build();
    }

    @AfterAll
    static void close() {
        weekly.close();
    }

    @ParameterizedTest(name = "{0} days since the last session: {1}")
    @CsvSource({
            "0, DEFER",
            "13, DEFER",
            "14, PROCEED_WITH_PRECAUTIONS",
            "27, PROCEED_WITH_PRECAUTIONS",
            "28, PROCEED",
            "60, PROCEED"})
    void thePreviousSession(int days, Decision decision) {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.previousMicroneedlingDate(DsxCases.daysAgo(days))).assess();

        assertThat(assessment.decision()).isEqualTo(decision);
        assertThat(DsxCases.findings(assessment, TOO_SOON)).hasSize(decision == Decision.DEFER ? 1 : 0);
        assertThat(DsxCases.findings(assessment, SOONER))
                .hasSize(decision == Decision.PROCEED_WITH_PRECAUTIONS ? 1 : 0);
        assessment.findings().forEach(finding -> {
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("plan.previousMicroneedlingDate: " + DsxCases.daysAgo(days));
        });
        if (decision == Decision.DEFER) {
            assertThat(assessment.findings().get(0).deferUntil()).isEqualTo(DsxCases.daysAgo(days).plusDays(14));
            assertThat(assessment.nextSessionEarliest()).isNull();
        } else {
            assertThat(assessment.findings()).allSatisfy(finding -> assertThat(finding.deferUntil()).isNull());
            assertThat(assessment.nextSessionEarliest()).isEqualTo(Cases.TODAY.plusDays(28));
        }
    }

    @Test
    void thirteenDaysDefersUntilTheFourteenthDay() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.previousMicroneedlingDate(DsxCases.daysAgo(13))).assess();

        assertThat(DsxCases.findings(assessment, TOO_SOON)).singleElement().satisfies(finding -> {
            assertThat(finding.deferUntil()).isEqualTo(Cases.TODAY.plusDays(1));
            assertThat(finding.summary()).contains("13 day(s) ago").contains(Cases.TODAY.plusDays(1).toString());
        });
    }

    @Test
    void noPreviousSessionStillGetsANextSessionDate() {
        Assessment assessment = DsxCases.clean().assess();

        assertThat(assessment.nextSessionEarliest()).isEqualTo(Cases.TODAY.plusDays(28));
        assertThat(assessment.firedRules()).contains("MN-A02-NEXT-SESSION");
    }

    @ParameterizedTest(name = "{0} days with a 7/21-day clinic: {1}")
    @CsvSource({"6, DEFER", "7, PROCEED_WITH_PRECAUTIONS", "20, PROCEED_WITH_PRECAUTIONS", "21, PROCEED"})
    void theIntervalsAreTheClinicsToSet(int days, Decision decision) {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.previousMicroneedlingDate(DsxCases.daysAgo(days))).assessWith(weekly);

        assertThat(assessment.decision()).isEqualTo(decision);
        if (decision == Decision.DEFER) {
            assertThat(assessment.findings().get(0).deferUntil()).isEqualTo(DsxCases.daysAgo(days).plusDays(7));
        } else {
            assertThat(assessment.nextSessionEarliest()).isEqualTo(Cases.TODAY.plusDays(21));
        }
    }

    @ParameterizedTest(name = "microneedled {0} days ago: {1}")
    @CsvSource({"13, DEFER", "14, PROCEED_WITH_PRECAUTIONS", "27, PROCEED_WITH_PRECAUTIONS", "28, PROCEED"})
    void aRecentMicroneedlingProcedureWithoutAreasIsCaseWide(int days, Decision decision) {
        Assessment assessment = DsxCases.clean().patient(p -> p.recentProcedures(
                RecentProcedure.of(ProcedureCode.MICRONEEDLING, DsxCases.daysAgo(days)))).assess();

        assertThat(assessment.decision()).isEqualTo(decision);
        assertThat(DsxCases.findings(assessment, PROCEDURE_TOO_SOON)).hasSize(decision == Decision.DEFER ? 1 : 0);
        assertThat(DsxCases.findings(assessment, PROCEDURE_SOONER))
                .hasSize(decision == Decision.PROCEED_WITH_PRECAUTIONS ? 1 : 0);
        assertThat(assessment.findings()).allSatisfy(finding -> {
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("patient.recentProcedures[0]: MICRONEEDLING on " + DsxCases.daysAgo(days));
        });
    }

    @Test
    void aLocalisedProcedureDefersOnlyTheSkinItNeedled() {
        Assessment assessment = DsxCases.clean()
                .areas(PlannedArea.of(Area.CHEEKS, "1.0"), PlannedArea.of(Area.FOREHEAD, "0.5"))
                .patient(p -> p.recentProcedures(
                        RecentProcedure.of(ProcedureCode.MICRONEEDLING, DsxCases.daysAgo(10), Area.CHEEKS)))
                .assess();

        assertThat(DsxCases.findings(assessment, PROCEDURE_TOO_SOON)).singleElement().satisfies(finding -> {
            assertThat(finding.area()).isEqualTo(Area.CHEEKS);
            assertThat(finding.deferUntil()).isEqualTo(DsxCases.daysAgo(10).plusDays(14));
        });
        assertThat(assessment.areaDecisions())
                .containsEntry(Area.CHEEKS, Decision.DEFER)
                .containsEntry(Area.FOREHEAD, Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @Test
    void aProcedureElsewhereDoesNotMatter() {
        Assessment assessment = DsxCases.clean().patient(p -> p.recentProcedures(
                RecentProcedure.of(ProcedureCode.MICRONEEDLING, DsxCases.daysAgo(5), Area.NECK))).assess();

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void theSameSessionGivenTwiceIsOneFinding() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.previousMicroneedlingDate(DsxCases.daysAgo(10)))
                .patient(p -> p.recentProcedures(
                        RecentProcedure.of(ProcedureCode.MICRONEEDLING, DsxCases.daysAgo(10), Area.CHEEKS)))
                .assess();

        assertThat(assessment.findings()).extracting(finding -> finding.ruleId()).containsExactly(TOO_SOON);
    }

    @Test
    void aMoreRecentProcedureThanThePreviousSessionStillCounts() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.previousMicroneedlingDate(DsxCases.daysAgo(40)))
                .patient(p -> p.recentProcedures(
                        RecentProcedure.of(ProcedureCode.MICRONEEDLING, DsxCases.daysAgo(3))))
                .assess();

        assertThat(assessment.findings()).extracting(finding -> finding.ruleId()).containsExactly(PROCEDURE_TOO_SOON);
        assertThat(assessment.findings().get(0).deferUntil()).isEqualTo(DsxCases.daysAgo(3).plusDays(14));
    }
}
