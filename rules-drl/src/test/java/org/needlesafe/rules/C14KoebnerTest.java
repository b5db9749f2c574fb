package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.text.DisplayNames;

/**
 * C-14: vitiligo, psoriasis or lichen planus, case-wide. Anyone but a dermatologist refers the patient to a
 * dermatologist, whether the disease is present or in the past (KB section 9), and only a dermatologist's clearance
 * lowers it, to precautions with a test patch; a dermatologist treating makes the call, with a test patch first.
 */
class C14KoebnerTest {
    private static final String PRESENT = "MN-C14-KOEBNER";
    private static final String HISTORY = "MN-C14-KOEBNER-HISTORY";
    private static final String DERMATOLOGIST = "MN-C14-KOEBNER-DERMATOLOGIST";
    private static final Map<String, String> RULES = Map.of("PRESENT", PRESENT, "HISTORY", HISTORY,
            "DERMATOLOGIST", DERMATOLOGIST);

    @ParameterizedTest
    @CsvSource({
        // code,        status,     who treats,          rule that fires
        "VITILIGO,      ACTIVE,     PHYSICIAN,           PRESENT",
        "VITILIGO,      CONTROLLED, NURSE_PRACTITIONER,  PRESENT",
        "PSORIASIS,     ACTIVE,     MASTER_ESTHETICIAN,  PRESENT",
        "LICHEN_PLANUS, CONTROLLED, PHYSICIAN,           PRESENT",
        "VITILIGO,      HISTORY,    PHYSICIAN,           HISTORY",
        "PSORIASIS,     HISTORY,    REGISTERED_NURSE,    HISTORY",
        "LICHEN_PLANUS, HISTORY,    NURSE_PRACTITIONER,  HISTORY",
        "VITILIGO,      CONTROLLED, DERMATOLOGIST,       DERMATOLOGIST",
        "PSORIASIS,     ACTIVE,     DERMATOLOGIST,       DERMATOLOGIST",
        "LICHEN_PLANUS, HISTORY,    DERMATOLOGIST,       DERMATOLOGIST",
        "ECZEMA,        ACTIVE,     PHYSICIAN,           -",
        "ECZEMA,        HISTORY,    DERMATOLOGIST,       -",
    })
    void aKoebnerProneDiseaseIsCaseWideAndWhoTreatsDecides(ConditionCode code, ConditionStatus status,
                                                           Credential credential, String expected) {
        // The disease is on the hands; only the cheeks are planned: Koebnerisation appears where the skin is injured.
        Assessment assessment = scenario().by(credential).conditions(condition(code, status, Area.HANDS)).assess();

        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            List<Finding> findings = assessment.findings().stream()
                    .filter(finding -> finding.ruleId().equals(rule.getValue())).toList();
            assertThat(findings).as(rule.getValue()).hasSize(rule.getKey().equals(expected) ? 1 : 0);
        }
        if (expected.equals("-")) {
            return;
        }
        Finding finding = single(assessment.findings().stream()
                .filter(f -> f.ruleId().equals(RULES.get(expected))).toList());
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.basis()).contains("practitioner.credential: " + credential);
        assertThat(finding.rationale()).contains("Esmat", "Case-wide");
        switch (expected) {
            case "PRESENT" -> {
                assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
                assertThat(finding.referTo()).isEqualTo(Referral.DERMATOLOGIST);
            }
            case "HISTORY" -> {
                assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
                assertThat(finding.referTo()).isEqualTo(Referral.DERMATOLOGIST);
                assertThat(finding.summary()).contains("without a dermatologist's decision",
                        "past " + DisplayNames.english().of(code));
                assertThat(finding.rationale()).contains("only a dermatologist's documented clearance", "test patch");
            }
            default -> {
                assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
                assertThat(finding.referTo()).isNull();
                assertThat(finding.summary()).contains("document your dermatologist's review", "test patch first");
                assertThat(finding.rationale()).contains("50%", "20%");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        // status,  clearance by,  kb,   cleared, uncleared decision
        "CONTROLLED, DERMATOLOGIST, C-14, true,  DO_NOT_PROCEED",
        "CONTROLLED, PHYSICIAN,     C-14, false, DO_NOT_PROCEED",
        "CONTROLLED, PRESCRIBER,    C-14, false, DO_NOT_PROCEED",
        "CONTROLLED, DERMATOLOGIST, C-04, false, DO_NOT_PROCEED",
        "HISTORY,    DERMATOLOGIST, C-14, true,  DO_NOT_PROCEED",
        "HISTORY,    PHYSICIAN,     C-14, false, DO_NOT_PROCEED",
        "HISTORY,    PRESCRIBER,    C-14, false, DO_NOT_PROCEED",
        "HISTORY,    DERMATOLOGIST, C-04, false, DO_NOT_PROCEED",
    })
    void onlyADermatologistClearsIt(ConditionStatus status, ClearingRole by, String kb, boolean cleared,
                                    Decision uncleared) {
        String rule = status == ConditionStatus.HISTORY ? HISTORY : PRESENT;
        Finding finding = single(scenario().by(Credential.PHYSICIAN)
                .conditions(condition(ConditionCode.VITILIGO, status))
                .clearance(kb, by, daysAgo(30)).findings(rule));

        if (cleared) {
            assertThat(finding.cleared()).isEqualTo(new Cleared(by, daysAgo(30), uncleared));
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.summary()).contains("test patch first");
        } else {
            assertThat(finding.cleared()).isNull();
            assertThat(finding.decision()).isEqualTo(uncleared);
        }
        if (!cleared && kb.equals("C-14")) {
            // A clearance from a role C-14 does not name leaves the finding, and the finding says so and why.
            assertThat(finding.rationale()).contains("The clearance for C-14 by a " + DisplayNames.english().of(by) + " dated "
                    + daysAgo(30) + " was not accepted: only a clearance by a dermatologist lowers this finding.");
            assertThat(finding.basis()).contains("clearances[0]: C-14 by " + by + " on " + daysAgo(30)
                    + ", not accepted");
        } else {
            assertThat(finding.rationale()).doesNotContain("not accepted");
        }
    }
}
