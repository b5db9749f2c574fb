package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.monthsAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;

/**
 * C-10: uncontrolled diabetes, immunosuppression, current immunosuppressive treatment or chemotherapy, and
 * radiotherapy within radiotherapyWindowMonths (3) defer for medical clearance; controlled diabetes is a precaution.
 */
class C10HealingRiskTest {

    static Stream<Arguments> situations() {
        return Stream.of(
                // scenario, rule that fires (null: none of C-10), decision
                Arguments.of(scenario().conditions(condition(ConditionCode.DIABETES, ConditionStatus.ACTIVE)),
                        "MN-C10-UNCONTROLLED-DIABETES", Decision.DEFER),
                Arguments.of(scenario().conditions(condition(ConditionCode.DIABETES, ConditionStatus.CONTROLLED)),
                        "MN-C10-CONTROLLED-DIABETES", Decision.PROCEED_WITH_PRECAUTIONS),
                Arguments.of(scenario().conditions(condition(ConditionCode.DIABETES, ConditionStatus.HISTORY)),
                        null, null),
                Arguments.of(scenario().conditions(condition(ConditionCode.IMMUNOSUPPRESSION, ConditionStatus.ACTIVE)),
                        "MN-C10-IMMUNOSUPPRESSION", Decision.DEFER),
                Arguments.of(scenario().conditions(
                                condition(ConditionCode.IMMUNOSUPPRESSION, ConditionStatus.CONTROLLED)),
                        "MN-C10-IMMUNOSUPPRESSION", Decision.DEFER),
                Arguments.of(scenario().conditions(condition(ConditionCode.IMMUNOSUPPRESSION, ConditionStatus.HISTORY)),
                        null, null),
                Arguments.of(scenario().medications(Medication.current(MedicationCode.IMMUNOSUPPRESSANT)),
                        "MN-C10-IMMUNOSUPPRESSIVE-TREATMENT", Decision.DEFER),
                Arguments.of(scenario().medications(Medication.current(MedicationCode.CHEMOTHERAPY)),
                        "MN-C10-IMMUNOSUPPRESSIVE-TREATMENT", Decision.DEFER),
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.CHEMOTHERAPY, daysAgo(60))),
                        null, null),
                // A last dose today or not known counts as taken today (contract); yesterday is past.
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.IMMUNOSUPPRESSANT, null)),
                        "MN-C10-IMMUNOSUPPRESSIVE-TREATMENT", Decision.DEFER),
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.CHEMOTHERAPY, daysAgo(0))),
                        "MN-C10-IMMUNOSUPPRESSIVE-TREATMENT", Decision.DEFER),
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.IMMUNOSUPPRESSANT, daysAgo(1))),
                        null, null),
                Arguments.of(scenario().procedures(radiotherapy(monthsAgo(3).plusDays(1))),
                        "MN-C10-RADIOTHERAPY", Decision.DEFER),
                Arguments.of(scenario().procedures(radiotherapy(monthsAgo(3))), null, null),
                Arguments.of(scenario().procedures(radiotherapy(monthsAgo(3).minusDays(1))), null, null));
    }

    private static RecentProcedure radiotherapy(LocalDate date) {
        return RecentProcedure.of(ProcedureCode.RADIOTHERAPY, date, Area.NECK);
    }

    @ParameterizedTest
    @MethodSource("situations")
    void firesForTheHealingRisks(ContraindicationCases.Scenario scenario, String rule, Decision decision) {
        List<Finding> c10 = scenario.assess().findings().stream().filter(f -> f.kb().contains(KbItem.of("C-10")))
                .toList();

        if (rule == null) {
            assertThat(c10).isEmpty();
            return;
        }
        Finding finding = single(c10);
        assertThat(finding.ruleId()).isEqualTo(rule);
        assertThat(finding.decision()).isEqualTo(decision);
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.referTo()).isEqualTo(decision == Decision.DEFER ? Referral.PHYSICIAN : null);
    }

    @ParameterizedTest
    @CsvSource({"1, 2027-01-24", "0, 2027-02-24"})
    void radiotherapyDefersUntilTheWindowEnds(int monthsAgo, LocalDate deferUntil) {
        // Radiotherapy on the neck defers the cheeks too: the rule pack treats it as a systemic healing risk.
        Finding finding = single(scenario().procedures(radiotherapy(TODAY.minusMonths(monthsAgo).minusDays(1)))
                .findings("MN-C10-RADIOTHERAPY"));
        assertThat(finding.deferUntil()).isEqualTo(deferUntil);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0"})
    void theRadiotherapyWindowFollowsTheConfiguration(int monthsAgo, int expected) {
        // radiotherapyWindowMonths = 1 in the altered clinic.
        assertThat(scenario().procedures(radiotherapy(TODAY.minusMonths(monthsAgo).minusDays(1)))
                .findings(ALTERED, "MN-C10-RADIOTHERAPY")).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({"PHYSICIAN, true", "DERMATOLOGIST, true", "PRESCRIBER, false"})
    void medicalClearanceLowersItToPrecautions(ClearingRole by, boolean cleared) {
        ContraindicationCases.Scenario scenario = scenario()
                .conditions(condition(ConditionCode.DIABETES, ConditionStatus.ACTIVE),
                        condition(ConditionCode.IMMUNOSUPPRESSION, ConditionStatus.ACTIVE))
                .medications(Medication.current(MedicationCode.CHEMOTHERAPY))
                .procedures(radiotherapy(daysAgo(10)))
                .clearance("C-10", by, daysAgo(2));

        List<Finding> c10 = scenario.assess().findings().stream().filter(f -> f.kb().contains(KbItem.of("C-10")))
                .toList();

        assertThat(c10).hasSize(4).allSatisfy(finding -> {
            assertThat(finding.cleared() != null).isEqualTo(cleared);
            assertThat(finding.decision())
                    .isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DEFER);
        });
    }
}
