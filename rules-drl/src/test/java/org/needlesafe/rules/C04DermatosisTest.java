package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.scenario;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-04: eczema, psoriasis, dermatitis or rosacea in flare defers its areas; quiescent or past asks for a review. */
class C04DermatosisTest {
    private static final String FLARE = "MN-C04-DERMATOSIS-FLARE";
    private static final String QUIESCENT = "MN-C04-DERMATOSIS-QUIESCENT";

    @ParameterizedTest
    @CsvSource({
        // code,     status,     where,  planned,      flare,  quiescent
        "ECZEMA,     ACTIVE,     CHEEKS, CHEEKS NECK,  CHEEKS, -",
        "PSORIASIS,  ACTIVE,     NECK,   CHEEKS NECK,  NECK,   -",
        "DERMATITIS, ACTIVE,     ,       CHEEKS NECK,  *,      -",
        "ROSACEA,    ACTIVE,     NOSE,   CHEEKS,       -,      -",
        "ROSACEA,    CONTROLLED, CHEEKS, CHEEKS NECK,  -,      CHEEKS",
        "ECZEMA,     HISTORY,    ,       CHEEKS,       -,      *",
        "PSORIASIS,  HISTORY,    HANDS,  CHEEKS HANDS, -,      HANDS",
        "DERMATITIS, CONTROLLED, HANDS,  CHEEKS,       -,      -",
    })
    void flareDefersAndQuiescenceAsksForAReview(ConditionCode code, ConditionStatus status, Area where,
                                                String planned, String flare, String quiescent) {
        Condition dermatosis = condition(code, status, where);
        ContraindicationCases.Scenario scenario = scenario().areas(areas(planned)).conditions(dermatosis);

        List<Finding> flares = scenario.findings(FLARE);
        List<Finding> reviews = scenario.findings(QUIESCENT);

        assertScope(flares, flare);
        assertScope(reviews, quiescent);
        assertThat(flares).allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
        assertThat(reviews).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(finding.summary()).contains("medical review");
        });
    }
}
