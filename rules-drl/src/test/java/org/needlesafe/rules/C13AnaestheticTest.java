package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;

/**
 * C-13: with a topical anaesthetic planned or not known to be left out, an allergy or a DP4 risk factor removes the
 * anaesthetic from the plan; a large area (more than anestheticMaxAreas areas, or more than anestheticMaxBodyAreas off the face) is a precaution.
 */
class C13AnaestheticTest {
    private static final String ALLERGY = "MN-C13-ANESTHETIC-ALLERGY";
    private static final String CONDITION = "MN-C13-ANESTHETIC-RISK-CONDITION";
    private static final String ANTIARRHYTHMIC = "MN-C13-ANESTHETIC-ANTIARRHYTHMIC";
    private static final String LARGE = "MN-C13-ANESTHETIC-LARGE-AREA";

    static Stream<Arguments> risks() {
        return Stream.of(
                Arguments.of(scenario().allergies(Allergy.TOPICAL_ANESTHETIC), ALLERGY, true),
                Arguments.of(scenario().allergies(Allergy.PABA_OR_SULFONAMIDE), ALLERGY, true),
                Arguments.of(scenario().allergies(Allergy.CHLORHEXIDINE), ALLERGY, false),
                Arguments.of(scenario().conditions(condition(ConditionCode.PSEUDOCHOLINESTERASE_DEFICIENCY,
                        ConditionStatus.ACTIVE)), CONDITION, true),
                Arguments.of(scenario().conditions(condition(ConditionCode.PSEUDOCHOLINESTERASE_DEFICIENCY,
                        ConditionStatus.HISTORY)), CONDITION, true),
                Arguments.of(scenario().conditions(condition(ConditionCode.METHEMOGLOBINEMIA,
                        ConditionStatus.HISTORY)), CONDITION, true),
                Arguments.of(scenario().conditions(condition(ConditionCode.HEPATIC_DISEASE,
                        ConditionStatus.CONTROLLED)), CONDITION, true),
                Arguments.of(scenario().conditions(condition(ConditionCode.HEPATIC_DISEASE,
                        ConditionStatus.HISTORY)), CONDITION, false),
                Arguments.of(scenario().medications(Medication.current(MedicationCode.ANTIARRHYTHMIC)),
                        ANTIARRHYTHMIC, true),
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.ANTIARRHYTHMIC, daysAgo(1))),
                        ANTIARRHYTHMIC, false),
                // A last dose today or not known counts as taken today (contract).
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.ANTIARRHYTHMIC, daysAgo(0))),
                        ANTIARRHYTHMIC, true),
                Arguments.of(scenario().medications(Medication.stopped(MedicationCode.ANTIARRHYTHMIC, null)),
                        ANTIARRHYTHMIC, true));
    }

    @ParameterizedTest
    @MethodSource("risks")
    void aRiskRemovesAPlannedOrUnknownAnaestheticButNeedsNothingWithout(ContraindicationCases.Scenario scenario,
                                                                       String rule, boolean fires) {
        // An unknown answer is never read as "no": an anaesthetic not known to be left out counts as planned.
        for (Boolean planned : new Boolean[] {true, null}) {
            List<Finding> findings = scenario.anaesthetic(planned).findings(rule);

            if (!fires) {
                assertThat(findings).isEmpty();
                continue;
            }
            Finding finding = single(findings);
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.planChange()).isEqualTo(PlanChange.withoutAnesthetic());
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("plan.topicalAnesthetic: " + (planned == null ? "unknown" : "true"));
        }
        assertThat(scenario.anaesthetic(false).findings(rule)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "unknown", value = {
        // planned areas,                                         anaesthetic, default clinic, altered clinic
        "CHEEKS,                                                  true,  0, 0",
        "CHEEKS FOREHEAD,                                         true,  0, 0",
        "CHEEKS FOREHEAD NOSE,                                    true,  0, 1",
        "FOREHEAD PERIORBITAL NOSE CHEEKS PERIORAL CHIN,          true,  0, 1",
        "FOREHEAD PERIORBITAL NOSE CHEEKS PERIORAL CHIN EYELID,   true,  1, 1",
        "FOREHEAD PERIORBITAL NOSE CHEEKS PERIORAL CHIN NECK,     true,  1, 1",
        "NECK,                                                    true,  0, 1",
        "ABDOMEN BODY_OTHER,                                      true,  1, 1",
        "CHEEKS NECK DECOLLETAGE,                                 true,  1, 1",
        "ABDOMEN BODY_OTHER,                                      false, 0, 0",
        "ABDOMEN BODY_OTHER,                                      unknown, 0, 0",
    })
    void aLargeAreaIsAPrecaution(String planned, Boolean anaesthetic, int defaults, int altered) {
        // Default: more than 6 areas, or more than 1 off the face. Altered clinic: more than 2, or any off the face.
        // Only an anaesthetic that is planned: the precaution is about how it is used.
        ContraindicationCases.Scenario scenario = scenario().areas(areas(planned)).anaesthetic(anaesthetic);

        assertThat(scenario.findings(LARGE)).hasSize(defaults).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.rationale()).contains("FDA (2009)", "4% lidocaine");
        });
        assertThat(scenario.findings(ALTERED, LARGE)).hasSize(altered);
    }
}
