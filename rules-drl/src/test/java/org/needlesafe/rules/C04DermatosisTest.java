package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;
import org.needlesafe.practitioner.Credential;

/**
 * C-04: eczema, psoriasis, dermatitis or rosacea in flare defers its areas. Quiescent or past asks for a medical review
 * first, and not before it: anyone but a physician defers until the review is on record (a clearance); a physician
 * treating is the review.
 */
class C04DermatosisTest {
    private static final String FLARE = "MN-C04-DERMATOSIS-FLARE";
    private static final String QUIESCENT = "MN-C04-DERMATOSIS-QUIESCENT";
    private static final String QUIESCENT_PHYSICIAN = "MN-C04-DERMATOSIS-QUIESCENT-PHYSICIAN";

    @ParameterizedTest
    @CsvSource({
        // code,     status,     where,  planned,      who treats,          flare,  quiescent, physician
        "ECZEMA,     ACTIVE,     CHEEKS, CHEEKS NECK,  MASTER_ESTHETICIAN,  CHEEKS, -,         -",
        "PSORIASIS,  ACTIVE,     NECK,   CHEEKS NECK,  DERMATOLOGIST,       NECK,   -,         -",
        "DERMATITIS, ACTIVE,     ,       CHEEKS NECK,  REGISTERED_NURSE,    *,      -,         -",
        "ROSACEA,    ACTIVE,     NOSE,   CHEEKS,       PHYSICIAN,           -,      -,         -",
        "ROSACEA,    CONTROLLED, CHEEKS, CHEEKS NECK,  MASTER_ESTHETICIAN,  -,      CHEEKS,    -",
        "ROSACEA,    CONTROLLED, CHEEKS, CHEEKS NECK,  PHYSICIAN,           -,      -,         CHEEKS",
        "ECZEMA,     HISTORY,    ,       CHEEKS,       NURSE_PRACTITIONER,  -,      *,         -",
        "ECZEMA,     HISTORY,    ,       CHEEKS,       DERMATOLOGIST,       -,      -,         *",
        "PSORIASIS,  HISTORY,    HANDS,  CHEEKS HANDS, REGISTERED_NURSE,    -,      HANDS,     -",
        "DERMATITIS, CONTROLLED, HANDS,  CHEEKS,       ESTHETICIAN,         -,      -,         -",
    })
    void flareDefersAndQuiescenceWaitsForAMedicalReview(ConditionCode code, ConditionStatus status, Area where,
                                                        String planned, Credential credential, String flare,
                                                        String quiescent, String physician) {
        Condition dermatosis = condition(code, status, where);
        ContraindicationCases.Scenario scenario = scenario().by(credential).areas(areas(planned))
                .conditions(dermatosis);

        List<Finding> flares = scenario.findings(FLARE);
        List<Finding> waits = scenario.findings(QUIESCENT);
        List<Finding> reviewed = scenario.findings(QUIESCENT_PHYSICIAN);

        assertScope(flares, flare);
        assertScope(waits, quiescent);
        assertScope(reviewed, physician);
        assertThat(flares).allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
        assertThat(waits).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(finding.summary()).contains("until a physician has reviewed");
            assertThat(finding.basis()).contains("practitioner.credential: " + credential);
        });
        assertThat(reviewed).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.referTo()).isNull();
            assertThat(finding.summary()).contains("Document your medical review");
            assertThat(finding.rationale()).contains("not deferred");
        });
    }

    @ParameterizedTest
    @CsvSource({
        // clearance by, kb,   case decision
        "PHYSICIAN,      C-04, PROCEED_WITH_PRECAUTIONS",
        "DERMATOLOGIST,  C-04, PROCEED_WITH_PRECAUTIONS",
        "PRESCRIBER,     C-04, DEFER",
        "PHYSICIAN,      C-10, DEFER",
    })
    void aPhysiciansReviewOnRecordLetsItGoAhead(ClearingRole by, String kb, Decision decision) {
        Assessment assessment = scenario().by(Credential.NURSE_PRACTITIONER)
                .conditions(condition(ConditionCode.ECZEMA, ConditionStatus.HISTORY))
                .clearance(kb, by, daysAgo(10)).assess();

        assertThat(assessment.decision()).isEqualTo(decision);
        Finding finding = single(assessment.findings().stream().filter(f -> f.ruleId().equals(QUIESCENT)).toList());
        assertThat(finding.cleared() != null).isEqualTo(decision == Decision.PROCEED_WITH_PRECAUTIONS);
    }

    @ParameterizedTest
    @CsvSource({
        // who treats,       clearance,     case decision
        "NURSE_PRACTITIONER, -,             DO_NOT_PROCEED",
        "NURSE_PRACTITIONER, DERMATOLOGIST, DEFER",
        "DERMATOLOGIST,      -,             PROCEED_WITH_PRECAUTIONS",
    })
    void pastPsoriasisIsAlsoKoebnerProneAndTheMoreRestrictiveWins(Credential credential, String clearance,
                                                                  Decision decision) {
        // A dermatologist's clearance for C-14 is not the medical review C-04 asks for: each item is cleared on its own.
        ContraindicationCases.Scenario scenario = scenario().by(credential)
                .conditions(condition(ConditionCode.PSORIASIS, ConditionStatus.HISTORY));
        if (!clearance.equals("-")) {
            scenario.clearance("C-14", ClearingRole.valueOf(clearance), daysAgo(10));
        }

        assertThat(scenario.assess().decision()).isEqualTo(decision);
    }
}
