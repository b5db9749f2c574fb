package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.practitioner.Credential;

/**
 * C-16: RF microneedling is ruled out with an implanted electronic device, and over gold threads or metal; mechanical
 * needling over gold threads or metal needs a physician.
 */
class C16ImplantTest {

    @ParameterizedTest
    @CsvSource({
        // device,         implant,                     where,  planned,     credential,         rule,                  scope
        "RF_MICRONEEDLING, IMPLANTED_ELECTRONIC_DEVICE, ,       CHEEKS,      DERMATOLOGIST,      RF-ELECTRONIC-IMPLANT, *",
        "RF_MICRONEEDLING, IMPLANTED_ELECTRONIC_DEVICE, DECOLLETAGE, CHEEKS, DERMATOLOGIST,      RF-ELECTRONIC-IMPLANT, *",
        "RF_MICRONEEDLING, GOLD_THREADS,                CHEEKS, CHEEKS NECK, DERMATOLOGIST,      RF-METAL-IN-AREA,      CHEEKS",
        "RF_MICRONEEDLING, METAL_IMPLANT_IN_AREA,       ,       CHEEKS NECK, PHYSICIAN,          RF-METAL-IN-AREA,      *",
        "RF_MICRONEEDLING, GOLD_THREADS,                NECK,   CHEEKS,      DERMATOLOGIST,      -,                     -",
        "PEN,              IMPLANTED_ELECTRONIC_DEVICE, ,       CHEEKS,      NURSE_PRACTITIONER, -,                     -",
        "PEN,              GOLD_THREADS,                CHEEKS, CHEEKS NECK, NURSE_PRACTITIONER, METAL-IN-AREA,         CHEEKS",
        "ROLLER,           METAL_IMPLANT_IN_AREA,       ,       CHEEKS,      MASTER_ESTHETICIAN, METAL-IN-AREA,         *",
        "STAMP,            GOLD_THREADS,                CHEEKS, CHEEKS NECK, DERMATOLOGIST,      METAL-IN-AREA-PHYSICIAN, CHEEKS",
        "PEN,              METAL_IMPLANT_IN_AREA,       NECK,   CHEEKS,      NURSE_PRACTITIONER, -,                     -",
    })
    void theDeviceAndWhoTreatsDecide(Device device, ImplantCode code, Area where, String planned, Credential credential,
                                     String rule, String scope) {
        Implant implant = where == null ? Implant.of(code) : Implant.of(code, where);
        Map<String, List<Finding>> byRule = scenario().device(device).by(credential).areas(areas(planned))
                .implants(implant).assess().findings().stream()
                .filter(finding -> finding.kb().contains(KbItem.of("C-16")))
                .collect(Collectors.groupingBy(Finding::ruleId));

        if (rule.equals("-")) {
            assertThat(byRule).isEmpty();
            return;
        }
        String ruleId = "MN-C16-" + rule;
        assertThat(byRule).containsOnlyKeys(ruleId);
        assertScope(byRule.get(ruleId), scope);
        Decision expected = switch (rule) {
            case "METAL-IN-AREA" -> Decision.DEFER;
            case "METAL-IN-AREA-PHYSICIAN" -> Decision.PROCEED_WITH_PRECAUTIONS;
            default -> Decision.DO_NOT_PROCEED;
        };
        assertThat(byRule.get(ruleId)).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(expected);
            assertThat(finding.rationale()).contains("weak evidence");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "PEN,              MN-C16-METAL-IN-AREA,    PHYSICIAN,     true",
        "PEN,              MN-C16-METAL-IN-AREA,    DERMATOLOGIST, true",
        "PEN,              MN-C16-METAL-IN-AREA,    PRESCRIBER,    false",
        "RF_MICRONEEDLING, MN-C16-RF-METAL-IN-AREA, DERMATOLOGIST, false",
    })
    void aPhysicianClearsMechanicalNeedlingButNotRf(Device device, String rule, ClearingRole by, boolean cleared) {
        Finding finding = single(scenario().device(device).by(Credential.NURSE_PRACTITIONER)
                .implants(Implant.of(ImplantCode.GOLD_THREADS, Area.CHEEKS))
                .clearance("C-16", by, daysAgo(1)).findings(rule));

        assertThat(finding.cleared() != null).isEqualTo(cleared);
    }
}
