package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.medication;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.text.DisplayNames;

/**
 * C-08: a bleeding disorder stops the treatment; a prescribed anticoagulant or antiplatelet, taken today or within
 * stoppedAntithromboticDays (7) of the last dose, waits for the prescriber; a self-medicated NSAID or supplement waits
 * supplementPauseDays (7) after the last dose.
 */
class C08BleedingTest {
    private static final String DISORDER = "MN-C08-BLEEDING-DISORDER";
    private static final String PRESCRIBED = "MN-C08-ANTICOAGULANT";
    private static final String RECENTLY_STOPPED = "MN-C08-ANTITHROMBOTIC-RECENTLY-STOPPED";
    private static final String SUPPLEMENT = "MN-C08-SUPPLEMENT";

    @ParameterizedTest
    @CsvSource({"ACTIVE, 1", "CONTROLLED, 1", "HISTORY, 0"})
    void aBleedingDisorderStopsTheTreatment(ConditionStatus status, int expected) {
        List<Finding> findings = scenario().conditions(condition(ConditionCode.BLEEDING_DISORDER, status))
                .findings(DISORDER);

        assertThat(findings).hasSize(expected).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(finding.caseWide()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(ClearingRole.class)
    void aBleedingDisorderIsNotClearable(ClearingRole role) {
        Finding finding = single(scenario()
                .conditions(condition(ConditionCode.BLEEDING_DISORDER, ConditionStatus.ACTIVE))
                .clearance("C-08", role, daysAgo(1)).findings(DISORDER));

        assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(finding.cleared()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"ANTICOAGULANT", "ANTIPLATELET"})
    void aPrescribedBloodThinnerWaitsForThePrescriber(MedicationCode code) {
        Finding finding = single(scenario().medications(Medication.current(code)).findings(PRESCRIBED));

        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.referTo()).isEqualTo(Referral.PRESCRIBER);
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.summary()).contains("prescriber", "expect more bleeding");
        assertThat(finding.basis()).containsExactly("patient.medications[0]: " + code + " CURRENT");
    }

    @ParameterizedTest
    @CsvSource({"ANTICOAGULANT", "ANTIPLATELET"})
    void aStoppedPrescribedBloodThinnerIsNotThisRule(MedicationCode code) {
        assertThat(scenario().medications(Medication.stopped(code, daysAgo(30))).findings(PRESCRIBED)).isEmpty();
        assertThat(scenario().medications(Medication.stopped(code, daysAgo(1))).findings(PRESCRIBED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "unknown", value = {
        // code,        days since the last dose
        "ANTICOAGULANT, unknown",
        "ANTIPLATELET,  unknown",
        "ANTICOAGULANT, 0",
    })
    void oneStoppedTodayOrOnAnUnknownDayCountsAsTakenToday(MedicationCode code, Integer daysAgo) {
        Medication stopped = Medication.stopped(code, daysAgo == null ? null : daysAgo(daysAgo));

        Finding finding = single(scenario().medications(stopped).findings(PRESCRIBED));

        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.referTo()).isEqualTo(Referral.PRESCRIBER);
        assertThat(finding.basis()).containsExactly("patient.medications[0]: " + code + " STOPPED, last dose "
                + (daysAgo == null ? "unknown" : TODAY));
        assertThat(finding.rationale()).contains("counts as taken today");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // code,        last dose, rule,             deferUntil days from today
        "ANTICOAGULANT, current,   PRESCRIBED,       null",
        "ANTIPLATELET,  unknown,   PRESCRIBED,       null",
        "ANTICOAGULANT, 0,         PRESCRIBED,       null",
        "ANTICOAGULANT, 1,         RECENTLY_STOPPED, 6",
        "ANTIPLATELET,  2,         RECENTLY_STOPPED, 5",
        "ANTIPLATELET,  6,         RECENTLY_STOPPED, 1",
        "ANTICOAGULANT, 7,         null,             null",
        "ANTIPLATELET,  30,        null,             null",
    })
    void aRecentLastDoseOfAPrescribedBloodThinnerWaitsForThePrescriber(MedicationCode code, String lastDose,
                                                                        String rule, Integer deferDays) {
        Assessment assessment = scenario().medications(medication(code, lastDose)).assess();
        List<Finding> prescribed = assessment.findings().stream().filter(f -> f.ruleId().equals(PRESCRIBED)).toList();
        List<Finding> recent = assessment.findings().stream().filter(f -> f.ruleId().equals(RECENTLY_STOPPED))
                .toList();

        assertThat(prescribed).hasSize("PRESCRIBED".equals(rule) ? 1 : 0);
        assertThat(recent).hasSize("RECENTLY_STOPPED".equals(rule) ? 1 : 0);
        if (rule == null) {
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
        if (!"RECENTLY_STOPPED".equals(rule)) {
            return;
        }
        Finding finding = single(recent);
        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.referTo()).isEqualTo(Referral.PRESCRIBER);
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.deferUntil()).isEqualTo(TODAY.plusDays(deferDays));
        assertThat(finding.summary()).contains("prescribed " + DisplayNames.english().of(code), "the prescriber confirms whether and when"
                + " treatment is safe", "last dose", TODAY.plusDays(deferDays).toString());
        assertThat(finding.basis()).containsExactly("patient.medications[0]: " + code + " STOPPED, last dose "
                + ContraindicationCases.ago(lastDose));
    }

    @ParameterizedTest
    @CsvSource({
        // clearance kb, by,          cleared
        "C-08,           PRESCRIBER,    true",
        "C-08,           PHYSICIAN,     false",
        "C-08,           DERMATOLOGIST, false",
        "C-07,           PRESCRIBER,    false",
    })
    void theRecentLastDoseIsClearedByThePrescriberOnly(String kb, ClearingRole by, boolean cleared) {
        Assessment assessment = scenario().medications(Medication.stopped(MedicationCode.ANTIPLATELET, daysAgo(2)))
                .clearance(kb, by, daysAgo(1)).assess();
        Finding finding = single(assessment.findings().stream().filter(f -> f.ruleId().equals(RECENTLY_STOPPED))
                .toList());

        assertThat(finding.cleared() != null).isEqualTo(cleared);
        assertThat(finding.decision()).isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DEFER);
        assertThat(assessment.decision()).isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DEFER);
    }

    @ParameterizedTest
    @CsvSource({"2, 1", "3, 0"})
    void theWindowAfterThePrescribedLastDoseFollowsTheConfiguration(int daysAgo, int expected) {
        // stoppedAntithromboticDays = 3 in the altered clinic.
        assertThat(scenario().medications(Medication.stopped(MedicationCode.ANTICOAGULANT, daysAgo(daysAgo)))
                .findings(ALTERED, RECENTLY_STOPPED)).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // clearance kb, by,          days ago, cleared
        "C-08,           PRESCRIBER,    20,     true",
        "C-08,           PRESCRIBER,    0,      true",
        "C-08,           PRESCRIBER,    89,     true",
        "C-08,           PRESCRIBER,    90,     true",
        "C-08,           PRESCRIBER,    91,     false",
        "C-08,           PHYSICIAN,     20,     false",
        "C-08,           DERMATOLOGIST, 20,     false",
        "C-07,           PRESCRIBER,    20,     false",
    })
    void onlyARecentPrescriberClearanceForC08LowersIt(String kb, ClearingRole by, int daysAgo, boolean cleared) {
        Assessment assessment = scenario().medications(Medication.current(MedicationCode.ANTICOAGULANT))
                .clearance(kb, by, daysAgo(daysAgo)).assess();
        Finding finding = single(assessment.findings().stream().filter(f -> f.ruleId().equals(PRESCRIBED)).toList());

        if (cleared) {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.cleared()).isEqualTo(new Cleared(by, daysAgo(daysAgo), Decision.DEFER));
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
        } else {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.cleared()).isNull();
            assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
        }
    }

    @ParameterizedTest
    @CsvSource({"29, true", "30, true", "31, false"})
    void theClearanceWindowFollowsTheConfiguration(int daysAgo, boolean cleared) {
        // clearanceValidDays = 30 in the altered clinic.
        Finding finding = single(scenario().medications(Medication.current(MedicationCode.ANTIPLATELET))
                .clearance("C-08", ClearingRole.PRESCRIBER, daysAgo(daysAgo)).findings(ALTERED, PRESCRIBED));
        assertThat(finding.cleared() != null).isEqualTo(cleared);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // last dose days ago ("current" / "unknown"), deferUntil days from today
        "current, 7",
        "unknown, 7",
        "0,       7",
        "6,       1",
        "7,       null",
        "8,       null",
    })
    void aSelfMedicatedSupplementWaitsAfterTheLastDose(String lastDose, Integer deferDays) {
        Medication supplement = medication(MedicationCode.NSAID_OR_SUPPLEMENT, lastDose);

        List<Finding> findings = scenario().medications(supplement).findings(SUPPLEMENT);

        if (deferDays == null) {
            assertThat(findings).isEmpty();
            return;
        }
        Finding finding = single(findings);
        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.deferUntil()).isEqualTo(TODAY.plusDays(deferDays));
        assertThat(finding.summary()).contains("unless a prescriber advised it");
        assertThat(finding.referTo()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2, 1", "3, 0"})
    void theSupplementPauseFollowsTheConfiguration(int daysAgo, int expected) {
        // supplementPauseDays = 3 in the altered clinic.
        assertThat(scenario().medications(Medication.stopped(MedicationCode.NSAID_OR_SUPPLEMENT, daysAgo(daysAgo)))
                .findings(ALTERED, SUPPLEMENT)).hasSize(expected);
    }
}
