package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.medication;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.plan.Device;
import org.needlesafe.practitioner.Credential;

/**
 * C-07 isotretinoin: taking it now rules out a SkinPen-type pen and refers other devices to a physician; within the
 * washout (isotretinoinWashoutMonths, 6) a physician proceeds after a documented discussion and anyone else defers.
 */
class C07IsotretinoinTest {
    private static final String LABEL = "MN-C07-ISOTRETINOIN-LABEL";
    private static final String CURRENT = "MN-C07-ISOTRETINOIN-CURRENT";
    private static final String CURRENT_PHYSICIAN = "MN-C07-ISOTRETINOIN-CURRENT-PHYSICIAN";
    private static final String WASHOUT_PHYSICIAN = "MN-C07-ISOTRETINOIN-WASHOUT-PHYSICIAN";
    private static final String WASHOUT = "MN-C07-ISOTRETINOIN-WASHOUT";
    private static final List<String> RULES = List.of(LABEL, CURRENT, CURRENT_PHYSICIAN, WASHOUT_PHYSICIAN, WASHOUT);

    private static Medication isotretinoin(String lastDose) {
        return medication(MedicationCode.ISOTRETINOIN, lastDose);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // last dose, device,           credential,          rule fired,        decision,       referTo,   deferUntil
        "current,     PEN,              DERMATOLOGIST,       LABEL,             DO_NOT_PROCEED, null,      null",
        "current,     PEN,              NURSE_PRACTITIONER,  LABEL,             DO_NOT_PROCEED, null,      null",
        "current,     ROLLER,           REGISTERED_NURSE,    CURRENT,           DEFER,          PHYSICIAN, null",
        "current,     STAMP,            NURSE_PRACTITIONER,  CURRENT,           DEFER,          PHYSICIAN, null",
        "current,     ROLLER,           DERMATOLOGIST,       CURRENT_PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null, null",
        "current,     RF_MICRONEEDLING, PHYSICIAN,           CURRENT_PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null, null",
        "6m-1d,       PEN,              NURSE_PRACTITIONER,  WASHOUT,           DEFER,          PHYSICIAN, 1",
        "6m-1d,       PEN,              DERMATOLOGIST,       WASHOUT_PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null, null",
        "1m,          ROLLER,           MASTER_ESTHETICIAN,  WASHOUT,           DEFER,          PHYSICIAN, 151",
        "unknown,     PEN,              REGISTERED_NURSE,    WASHOUT,           DEFER,          PHYSICIAN, 181",
        "unknown,     PEN,              PHYSICIAN,           WASHOUT_PHYSICIAN, PROCEED_WITH_PRECAUTIONS, null, null",
        "6m,          PEN,              NURSE_PRACTITIONER,  null,              null,           null,      null",
        "6m,          PEN,              DERMATOLOGIST,       null,              null,           null,      null",
        "6m+1d,       PEN,              NURSE_PRACTITIONER,  null,              null,           null,      null",
    })
    void oneFindingPerSituation(String lastDose, Device device, Credential credential, String rule,
                                Decision decision, Referral referTo, Integer deferDays) {
        Assessment assessment = scenario().by(credential).device(device).medications(isotretinoin(lastDose)).assess();
        Map<String, List<Finding>> byRule = assessment.findings().stream()
                .filter(finding -> RULES.contains(finding.ruleId()))
                .collect(Collectors.groupingBy(Finding::ruleId));

        if (rule == null) {
            assertThat(byRule).isEmpty();
            return;
        }
        String ruleId = "MN-C07-ISOTRETINOIN-" + rule.replace('_', '-');
        assertThat(byRule).containsOnlyKeys(ruleId);
        assertThat(byRule.get(ruleId)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(decision);
            assertThat(finding.referTo()).isEqualTo(referTo);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.deferUntil()).isEqualTo(deferDays == null ? null : TODAY.plusDays(deferDays));
        });
    }

    @ParameterizedTest
    @CsvSource({
        // last dose, device, rule,              role,          cleared
        "current,     PEN,    LABEL,             DERMATOLOGIST, false",
        "current,     ROLLER, CURRENT,           PHYSICIAN,     true",
        "current,     ROLLER, CURRENT,           PRESCRIBER,    false",
        "2m,          PEN,    WASHOUT,           DERMATOLOGIST, true",
        "2m,          PEN,    WASHOUT,           PRESCRIBER,    false",
    })
    void aPhysicianClearsAllButTheLabelContraindication(String lastDose, Device device, String rule,
                                                       ClearingRole role, boolean cleared) {
        Finding finding = scenario().by(Credential.NURSE_PRACTITIONER).device(device)
                .medications(isotretinoin(lastDose)).clearance("C-07", role, daysAgo(5))
                .findings("MN-C07-ISOTRETINOIN-" + rule).get(0);

        assertThat(finding.cleared() != null).isEqualTo(cleared);
        assertThat(finding.decision() == Decision.PROCEED_WITH_PRECAUTIONS).isEqualTo(cleared);
    }

    @ParameterizedTest
    @CsvSource({"3m-1d, 1", "3m, 0", "4m, 0"})
    void theWashoutFollowsTheConfiguration(String lastDose, int expected) {
        // isotretinoinWashoutMonths = 3 in the altered clinic.
        ContraindicationCases.Scenario scenario = scenario().by(Credential.NURSE_PRACTITIONER)
                .medications(isotretinoin(lastDose));
        assertThat(scenario.findings(ALTERED, WASHOUT)).hasSize(expected);
        assertThat(scenario.findings(WASHOUT)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"current, PEN", "current, ROLLER", "1m, PEN"})
    void theRationaleGivesBothSidesOfTheEvidence(String lastDose, Device device) {
        Finding finding = scenario().by(Credential.NURSE_PRACTITIONER).device(device)
                .medications(isotretinoin(lastDose)).assess().findings().stream()
                .filter(f -> RULES.contains(f.ruleId())).findFirst().orElseThrow();

        assertThat(finding.rationale()).contains("package insert", "ACS(I) 2017", "2024");
    }
}
