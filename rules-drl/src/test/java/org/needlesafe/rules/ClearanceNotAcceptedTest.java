package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.text.DisplayNames;

/**
 * A clearance for a finding's item that cannot lower it leaves the finding as it is, and the finding says that the
 * clearance was not accepted and why (KB section 9): a role the rule does not name, older than clearanceValidDays, or
 * a finding that is never clearable. A clearance for another item, or one that could change nothing, says nothing.
 */
class ClearanceNotAcceptedTest {

    @ParameterizedTest
    @CsvSource({
        // clearance kb, by,          days ago, reason (or - for accepted)
        "C-08, PRESCRIBER,    90, -",
        "C-08, PRESCRIBER,    91, it is older than 90 days (clearanceValidDays)",
        "C-08, PHYSICIAN,     10, only a clearance by a prescriber lowers this finding",
        "C-08, DERMATOLOGIST, 10, only a clearance by a prescriber lowers this finding",
    })
    void anAnticoagulantClearance(String kb, ClearingRole by, int daysAgo, String reason) {
        Finding finding = single(scenario().by(Credential.NURSE_PRACTITIONER)
                .medications(Medication.current(MedicationCode.ANTICOAGULANT))
                .clearance(kb, by, daysAgo(daysAgo)).findings("MN-C08-ANTICOAGULANT"));

        if (reason.equals("-")) {
            assertThat(finding.cleared()).isNotNull();
            assertThat(finding.rationale()).doesNotContain("not accepted");
            return;
        }
        assertThat(finding.cleared()).isNull();
        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.rationale()).endsWith("The clearance for C-08 by a " + DisplayNames.english().of(by) + " dated " + daysAgo(daysAgo)
                + " was not accepted: " + reason + ".");
        assertThat(finding.basis()).contains("clearances[0]: C-08 by " + by + " on " + daysAgo(daysAgo)
                + ", not accepted");
    }

    @ParameterizedTest
    @CsvSource({"DERMATOLOGIST", "PHYSICIAN"})
    void aFindingThatIsNeverClearableSaysSo(ClearingRole by) {
        Finding finding = single(scenario()
                .conditions(condition(ConditionCode.SUSPICIOUS_LESION, ConditionStatus.ACTIVE))
                .clearance("C-01", by, daysAgo(3))
                .clearance("C-11", by, daysAgo(2)).findings("MN-C11-SUSPICIOUS-LESION"));

        assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(finding.rationale()).endsWith("The clearance for C-11 by a " + DisplayNames.english().of(by) + " dated " + daysAgo(2)
                + " was not accepted: this finding is never clearable.");
        assertThat(finding.basis()).containsOnlyOnce("clearances[1]: C-11 by " + by + " on " + daysAgo(2)
                + ", not accepted");
        assertThat(finding.basis()).noneMatch(line -> line.startsWith("clearances[0]"));
    }

    @ParameterizedTest
    @CsvSource({"C-15", "C-14"})
    void aClearanceThatCouldChangeNothingSaysNothing(String kb) {
        // A precaution that is never clearable loses nothing by a clearance; a clearance for another item is not its.
        Finding finding = single(scenario().fitzpatrick(FitzpatrickType.V)
                .clearance(kb, ClearingRole.DERMATOLOGIST, daysAgo(3)).findings("MN-C15-DARKER-SKIN"));

        assertThat(finding.rationale()).doesNotContain("not accepted");
        assertThat(finding.basis()).noneMatch(line -> line.startsWith("clearances"));
    }
}
