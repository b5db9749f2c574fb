package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.plan.Device;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Setting;

/**
 * Rules whose boundary is a single yes/no or code fact: each row is the firing case and its nearest miss, side by
 * side, so the fact that flips the rule is the only difference.
 */
class BoundaryPairsTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("MN-C08-ANTICOAGULANT",
                        c -> withMedication(c, Medication.current(MedicationCode.ANTICOAGULANT)),
                        c -> withMedication(c, Medication.stopped(MedicationCode.ANTICOAGULANT,
                                Cases.TODAY.minusDays(30)))),
                pair("MN-D01-DEVICE-CLEARANCE-UNKNOWN",
                        c -> c.toBuilder().plan(Cases.plan().deviceCleared(null).build()).build(),
                        c -> c.toBuilder().plan(Cases.plan().deviceCleared(true).build()).build()),
                pair("MN-D01-DEVICE-NOT-CLEARED",
                        c -> c.toBuilder().plan(Cases.plan().deviceCleared(false).build()).build(),
                        c -> c.toBuilder().plan(Cases.plan().deviceCleared(true).build()).build()),
                pair("MN-D01-HOME-DEVICE",
                        c -> c.toBuilder().plan(Cases.plan().device(Device.HOME_ROLLER).build()).build(),
                        c -> c.toBuilder().plan(Cases.plan().device(Device.ROLLER).build()).build()),
                pair("MN-D06-NO-TRAINING",
                        c -> c.toBuilder().practitioner(new Practitioner(Credential.DERMATOLOGIST, false, false, 10))
                                .build(),
                        c -> c.toBuilder().practitioner(new Practitioner(Credential.DERMATOLOGIST, true, false, 10))
                                .build()),
                pair("MN-Q01-BDD-SCREEN-POSITIVE",
                        c -> c.toBuilder().patient(Cases.patient().conditions(
                                Condition.of(ConditionCode.BDD_SCREEN_POSITIVE, ConditionStatus.ACTIVE)).build()).build(),
                        c -> c.toBuilder().patient(Cases.patient().conditions(
                                Condition.of(ConditionCode.MELASMA, ConditionStatus.CONTROLLED)).build()).build()),
                pair("MN-S04-UNLICENSED-SETTING",
                        c -> c.toBuilder().setup(Cases.setup().setting(Setting.UNLICENSED_PREMISES).build()).build(),
                        c -> c.toBuilder().setup(Cases.setup().setting(Setting.LICENSED_PREMISES).build()).build()));
    }

    private static Arguments pair(String ruleId, UnaryOperator<TreatmentCase> fires,
                                  UnaryOperator<TreatmentCase> nearMiss) {
        return Arguments.of(ruleId, fires, nearMiss);
    }

    private static TreatmentCase withMedication(TreatmentCase treatment, Medication medication) {
        return treatment.toBuilder().patient(Cases.patient().medications(medication).build()).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theRuleFiresOnItsFactAndNotOnTheNearestMiss(String ruleId, UnaryOperator<TreatmentCase> fires,
                                                     UnaryOperator<TreatmentCase> nearMiss) {
        assertThat(Cases.assess(fires.apply(Cases.clean())).firedRules()).contains(ruleId);
        assertThat(Cases.assess(nearMiss.apply(Cases.clean())).firedRules()).doesNotContain(ruleId);
    }
}
