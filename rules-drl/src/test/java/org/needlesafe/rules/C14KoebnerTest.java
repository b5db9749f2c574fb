package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.condition;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;

/** C-14: vitiligo, psoriasis or lichen planus (active or controlled) goes to a dermatologist, case-wide. */
class C14KoebnerTest {
    private static final String RULE = "MN-C14-KOEBNER";

    @ParameterizedTest
    @CsvSource({
        "VITILIGO,      ACTIVE,     1",
        "VITILIGO,      CONTROLLED, 1",
        "PSORIASIS,     ACTIVE,     1",
        "LICHEN_PLANUS, CONTROLLED, 1",
        "VITILIGO,      HISTORY,    0",
        "LICHEN_PLANUS, HISTORY,    0",
        "ECZEMA,        ACTIVE,     0",
    })
    void aKoebnerProneDiseaseIsCaseWideWhereverItIs(ConditionCode code, ConditionStatus status, int expected) {
        // The disease is on the hands; only the cheeks are planned: Koebnerisation appears where the skin is injured.
        List<Finding> findings = scenario().conditions(condition(code, status, Area.HANDS)).findings(RULE);

        assertThat(findings).hasSize(expected).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.referTo()).isEqualTo(Referral.DERMATOLOGIST);
            assertThat(finding.caseWide()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({"DERMATOLOGIST, true", "PHYSICIAN, false", "PRESCRIBER, false"})
    void onlyADermatologistClearsIt(ClearingRole by, boolean cleared) {
        Finding finding = single(scenario().conditions(condition(ConditionCode.VITILIGO, ConditionStatus.CONTROLLED))
                .clearance("C-14", by, daysAgo(30)).findings(RULE));

        assertThat(finding.cleared() != null).isEqualTo(cleared);
        assertThat(finding.decision())
                .isEqualTo(cleared ? Decision.PROCEED_WITH_PRECAUTIONS : Decision.DO_NOT_PROCEED);
    }
}
