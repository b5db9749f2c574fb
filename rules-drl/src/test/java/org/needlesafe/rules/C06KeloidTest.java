package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;
import org.needlesafe.practitioner.Credential;

/** C-06: a keloid or hypertrophic scarring tendency: a physician proceeds with care, anyone else refers. */
class C06KeloidTest {
    private static final String NON_PHYSICIAN = "MN-C06-KELOID-NON-PHYSICIAN";
    private static final String PHYSICIAN = "MN-C06-KELOID-PHYSICIAN";

    @ParameterizedTest
    @CsvSource({
        "KELOID_TENDENCY,       ACTIVE,     NURSE_PRACTITIONER,  NON_PHYSICIAN",
        "KELOID_TENDENCY,       HISTORY,    MASTER_ESTHETICIAN,  NON_PHYSICIAN",
        "HYPERTROPHIC_SCARRING, CONTROLLED, PHYSICIAN_ASSISTANT, NON_PHYSICIAN",
        "HYPERTROPHIC_SCARRING, HISTORY,    REGISTERED_NURSE,    NON_PHYSICIAN",
        "KELOID_TENDENCY,       ACTIVE,     DERMATOLOGIST,       PHYSICIAN",
        "HYPERTROPHIC_SCARRING, HISTORY,    PHYSICIAN,           PHYSICIAN",
    })
    void theDecisionDependsOnWhoTreats(ConditionCode code, ConditionStatus status, Credential credential,
                                       String expected) {
        // The scar is on the hands; the tendency is the patient's, so the finding is case-wide.
        ContraindicationCases.Scenario scenario = scenario().by(credential)
                .conditions(condition(code, status, Area.HANDS));

        Finding nonPhysician = expected.equals("NON_PHYSICIAN") ? single(scenario.findings(NON_PHYSICIAN)) : null;
        Finding physician = expected.equals("PHYSICIAN") ? single(scenario.findings(PHYSICIAN)) : null;

        if (nonPhysician != null) {
            assertThat(scenario.findings(PHYSICIAN)).isEmpty();
            assertThat(nonPhysician.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(nonPhysician.referTo()).isEqualTo(Referral.DERMATOLOGIST);
            assertThat(nonPhysician.caseWide()).isTrue();
            assertThat(nonPhysician.basis()).contains("practitioner.credential: " + credential);
        } else {
            assertThat(scenario.findings(NON_PHYSICIAN)).isEmpty();
            assertThat(physician.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(physician.summary()).contains("test area");
            assertThat(physician.caseWide()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "DERMATOLOGIST, C-06, 10, true",
        "PHYSICIAN,     C-06, 89, true",
        "PHYSICIAN,     C-06, 90, true",
        "PHYSICIAN,     C-06, 91, false",
        "PRESCRIBER,    C-06, 10, false",
        "DERMATOLOGIST, C-14, 10, false",
    })
    void aPhysicianOrDermatologistClearsIt(ClearingRole by, String kb, int daysAgo, boolean cleared) {
        Finding finding = single(scenario().by(Credential.NURSE_PRACTITIONER)
                .conditions(condition(ConditionCode.KELOID_TENDENCY, ConditionStatus.ACTIVE))
                .clearance(kb, by, daysAgo(daysAgo)).findings(NON_PHYSICIAN));

        if (cleared) {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.cleared()).isEqualTo(new Cleared(by, daysAgo(daysAgo), Decision.DO_NOT_PROCEED));
        } else {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.cleared()).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"RECENT_SCAR", "ACNE_INFLAMMATORY"})
    void otherScarsAreNotATendency(ConditionCode code) {
        ContraindicationCases.Scenario scenario = scenario().by(Credential.NURSE_PRACTITIONER)
                .conditions(condition(code, ConditionStatus.HISTORY, Area.CHEEKS));
        assertThat(scenario.findings(NON_PHYSICIAN)).isEmpty();
    }
}
