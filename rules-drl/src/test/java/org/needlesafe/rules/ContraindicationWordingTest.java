package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.monthsAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.RuleDescription;
import org.needlesafe.Scope;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * What the C rules write, over cases that fire every one of them: never advice to stop a prescribed medicine, always
 * the scope sentence written from the rule's scope, and the findings' shape matches the rule's catalogue row.
 */
class ContraindicationWordingTest {
    /** Advice to stop, in any form; checked only in sentences that name a prescribed medicine. */
    private static final Pattern STOPPING = Pattern.compile(
            "\\b(stop|stopp|discontinu|paus|interrupt|withh[oe]ld|hold off|come off|cease|suspend|skip)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESCRIBED = Pattern.compile(
            "anticoagul|antiplatelet|blood thinner|warfarin|isotretinoin|immunosuppress|chemotherapy|antiarrhythmic",
            Pattern.CASE_INSENSITIVE);

    private static final List<Finding> FINDINGS = new ArrayList<>();

    @BeforeAll
    static void fireEveryCRule() {
        List<ContraindicationCases.Scenario> scenarios = List.of(
                scenario().areas(Area.CHEEKS, Area.HANDS).conditions(
                        condition(ConditionCode.HERPES_SIMPLEX, ConditionStatus.ACTIVE, Area.CHEEKS),
                        condition(ConditionCode.WARTS, ConditionStatus.ACTIVE, Area.HANDS),
                        condition(ConditionCode.ACNE_INFLAMMATORY, ConditionStatus.ACTIVE),
                        condition(ConditionCode.ECZEMA, ConditionStatus.ACTIVE),
                        condition(ConditionCode.ROSACEA, ConditionStatus.HISTORY),
                        condition(ConditionCode.SUNBURN, ConditionStatus.ACTIVE, daysAgo(2), Area.CHEEKS),
                        condition(ConditionCode.RECENT_TAN, ConditionStatus.ACTIVE),
                        condition(ConditionCode.SKIN_CANCER, ConditionStatus.ACTIVE, Area.HANDS),
                        condition(ConditionCode.VITILIGO, ConditionStatus.CONTROLLED),
                        condition(ConditionCode.PIH_HISTORY, ConditionStatus.HISTORY),
                        condition(ConditionCode.MELASMA, ConditionStatus.CONTROLLED),
                        condition(ConditionCode.TATTOO, ConditionStatus.ACTIVE, Area.HANDS),
                        condition(ConditionCode.TATTOO, ConditionStatus.ACTIVE),
                        condition(ConditionCode.RECENT_SCAR, ConditionStatus.ACTIVE, monthsAgo(1), Area.CHEEKS),
                        condition(ConditionCode.BLEEDING_DISORDER, ConditionStatus.ACTIVE),
                        condition(ConditionCode.DIABETES, ConditionStatus.ACTIVE),
                        condition(ConditionCode.IMMUNOSUPPRESSION, ConditionStatus.ACTIVE),
                        condition(ConditionCode.KELOID_TENDENCY, ConditionStatus.ACTIVE))
                        .fitzpatrick(FitzpatrickType.V),
                scenario().conditions(condition(ConditionCode.HERPES_SIMPLEX, ConditionStatus.HISTORY),
                        condition(ConditionCode.DIABETES, ConditionStatus.CONTROLLED),
                        condition(ConditionCode.KELOID_TENDENCY, ConditionStatus.ACTIVE),
                        condition(ConditionCode.METHEMOGLOBINEMIA, ConditionStatus.HISTORY),
                        condition(ConditionCode.PSORIASIS, ConditionStatus.CONTROLLED),
                        condition(ConditionCode.LICHEN_PLANUS, ConditionStatus.HISTORY))
                        .by(Credential.NURSE_PRACTITIONER).anaesthetic(true)
                        .areas(Area.CHEEKS, Area.NECK, Area.DECOLLETAGE)
                        .allergies(Allergy.TOPICAL_ANESTHETIC, Allergy.STAINLESS_STEEL_OR_NICKEL)
                        .medications(Medication.current(MedicationCode.ISOTRETINOIN),
                                Medication.current(MedicationCode.ANTICOAGULANT),
                                Medication.current(MedicationCode.ANTIPLATELET),
                                Medication.current(MedicationCode.NSAID_OR_SUPPLEMENT),
                                Medication.current(MedicationCode.CHEMOTHERAPY),
                                Medication.current(MedicationCode.ANTIARRHYTHMIC),
                                Medication.current(MedicationCode.TOPICAL_RETINOID))
                        .implants(Implant.of(ImplantCode.GOLD_THREADS, Area.CHEEKS))
                        .procedures(RecentProcedure.of(ProcedureCode.NEUROTOXIN, daysAgo(3), Area.CHEEKS),
                                RecentProcedure.of(ProcedureCode.IPL, daysAgo(3)),
                                RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_DEEP, monthsAgo(1)),
                                RecentProcedure.of(ProcedureCode.SURGERY, monthsAgo(1), Area.NOSE),
                                RecentProcedure.of(ProcedureCode.RADIOTHERAPY, daysAgo(20))),
                scenario().device(Device.ROLLER).by(Credential.PHYSICIAN)
                        .medications(Medication.current(MedicationCode.ISOTRETINOIN))
                        .allergies(Allergy.STAINLESS_STEEL_OR_NICKEL)
                        .implants(Implant.of(ImplantCode.METAL_IMPLANT_IN_AREA))
                        .procedures(RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_DEEP, monthsAgo(1))),
                scenario().device(Device.ROLLER).by(Credential.NURSE_PRACTITIONER)
                        .medications(Medication.current(MedicationCode.ISOTRETINOIN))
                        .allergies(Allergy.STAINLESS_STEEL_OR_NICKEL),
                scenario().by(Credential.DERMATOLOGIST)
                        .medications(Medication.stopped(MedicationCode.ISOTRETINOIN, monthsAgo(2))),
                scenario().by(Credential.MASTER_ESTHETICIAN)
                        .medications(Medication.stopped(MedicationCode.ISOTRETINOIN, monthsAgo(2)),
                                Medication.current(MedicationCode.ANTICOAGULANT),
                                Medication.stopped(MedicationCode.ANTIPLATELET, daysAgo(2)))
                        .clearance("C-08", ClearingRole.PRESCRIBER, daysAgo(20)),
                scenario().device(Device.RF_MICRONEEDLING)
                        .implants(Implant.of(ImplantCode.IMPLANTED_ELECTRONIC_DEVICE),
                                Implant.of(ImplantCode.GOLD_THREADS, Area.CHEEKS))
                        .conditions(condition(ConditionCode.SUNBURN, ConditionStatus.HISTORY, daysAgo(3), Area.CHEEKS)));
        scenarios.forEach(scenario -> FINDINGS.addAll(scenario.assess().findings().stream()
                .filter(finding -> finding.ruleId().startsWith("MN-C")).toList()));
        FINDINGS.addAll(Cases.assess(Cases.clean().toBuilder()
                .patient(Cases.patient().pregnant(true).breastfeeding(true).build())
                .plan(Cases.plan().topicalAnesthetic(true).build()).build()).findings().stream()
                .filter(finding -> finding.ruleId().startsWith("MN-C")).toList());
    }

    @Test
    void theCasesFireEveryCRule() {
        Set<String> fired = FINDINGS.stream().map(Finding::ruleId).collect(Collectors.toSet());
        Set<String> all = Cases.ADVISOR.rules().stream().map(RuleDescription::id)
                .filter(id -> id.startsWith("MN-C")).collect(Collectors.toSet());

        assertThat(fired).containsAll(all);
    }

    @Test
    void noFindingAdvisesStoppingAPrescribedMedicine() {
        assertThat(FINDINGS).allSatisfy(finding -> {
            for (String text : List.of(finding.summary(), finding.rationale())) {
                assertThat(advisesStopping(text)).as("%s: '%s'", finding.ruleId(), text).isFalse();
            }
        });
    }

    @Test
    void theCheckCatchesAdviceToStop() {
        assertThat(advisesStopping("Ask the patient to pause the anticoagulant for 3 days.")).isTrue();
        assertThat(advisesStopping("Defer: the patient takes an anticoagulant. Do not stop here.")).isFalse();
    }

    /** Whether a sentence of the text names a prescribed medicine and advises stopping (in any form). */
    static boolean advisesStopping(String text) {
        for (String sentence : text.split("(?<=[.;:])\\s+")) {
            if (STOPPING.matcher(sentence).find() && PRESCRIBED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyRationaleSaysTheScopeSentenceWrittenFromTheRulesScope() {
        Map<String, RuleDescription> rules = Cases.ADVISOR.rules().stream()
                .collect(Collectors.toMap(RuleDescription::id, rule -> rule));
        assertThat(FINDINGS).allSatisfy(finding -> assertThat(finding.rationale()).as(finding.ruleId())
                .contains(Words.english().render(Message.keyed("scope." + rules.get(finding.ruleId()).scope()))));
    }

    @Test
    void findingsMatchTheirCatalogueRow() {
        Map<String, RuleDescription> rules = Cases.ADVISOR.rules().stream()
                .collect(Collectors.toMap(RuleDescription::id, rule -> rule));
        assertThat(FINDINGS).allSatisfy(finding -> {
            RuleDescription rule = rules.get(finding.ruleId());
            if (finding.area() == null) {
                assertThat(rule.scope()).as(finding.ruleId()).isIn(Scope.CASE, Scope.CASE_OR_AREA);
            } else {
                assertThat(rule.scope()).as(finding.ruleId()).isIn(Scope.AREA, Scope.CASE_OR_AREA);
            }
            if (finding.decision() == Decision.MODIFY_PLAN) {
                assertThat(finding.planChange()).as(finding.ruleId()).isNotNull();
            }
            assertThat(finding.cleared() == null ? finding.decision() : finding.cleared().uncleared())
                    .isEqualTo(rule.decision());
            assertThat(finding.summary()).isNotBlank();
            assertThat(finding.basis()).as(finding.ruleId()).isNotEmpty();
        });
    }
}
