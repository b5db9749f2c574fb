package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.setup.Antisepsis;

/** S-03: skin antisepsis and gloves, and an antiseptic the patient is allergic to. */
class S03AntisepsisAndGlovesTest {
    private static final String ANTISEPTIC_ALLERGY = "MN-S03-ANTISEPTIC-ALLERGY";

    @ParameterizedTest(name = "{0}: refused {1}")
    @CsvSource({"NONE, true", "ALCOHOL, false", "CHLORHEXIDINE, false", "POVIDONE_IODINE, false"})
    void anyAntisepticWillDoButNoneWillNot(Antisepsis antisepsis, boolean fires) {
        S01NeedlesTest.assertSterility(DsxCases.clean().setup(s -> s.skinAntisepsis(antisepsis)).assess(),
                "MN-S03-NO-ANTISEPSIS", fires, Decision.DO_NOT_PROCEED, "setup.skinAntisepsis: NONE");
    }

    @ParameterizedTest(name = "gloves {0}: refused {1}")
    @CsvSource({"false, true", "true, false"})
    void noGlovesIsRefused(boolean gloves, boolean fires) {
        S01NeedlesTest.assertSterility(DsxCases.clean().setup(s -> s.gloves(gloves)).assess(),
                "MN-S03-NO-GLOVES", fires, Decision.DO_NOT_PROCEED, "setup.gloves: false");
    }

    @ParameterizedTest(name = "allergy {0}, antiseptic {1}: defers {2}")
    @CsvSource({
        "CHLORHEXIDINE,      CHLORHEXIDINE,   true",
        "CHLORHEXIDINE,      ALCOHOL,         false",
        "CHLORHEXIDINE,      POVIDONE_IODINE, false",
        "TOPICAL_ANESTHETIC, CHLORHEXIDINE,   false",
    })
    void anAntisepticThePatientIsAllergicToWaitsForAnother(Allergy allergy, Antisepsis antisepsis, boolean fires) {
        Assessment assessment = DsxCases.clean().patient(p -> p.allergies(allergy))
                .setup(s -> s.skinAntisepsis(antisepsis)).assess();

        if (!fires) {
            assertThat(DsxCases.findings(assessment, ANTISEPTIC_ALLERGY)).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, ANTISEPTIC_ALLERGY)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.category()).isEqualTo(Category.CONTRAINDICATION);
            assertThat(KbItem.ids(finding.kb())).containsExactly("S-03");
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.summary()).contains("another antiseptic", "alcohol or povidone-iodine");
            assertThat(finding.rationale()).contains("same day", "Case-wide");
            assertThat(finding.basis()).containsExactly("patient.allergies[0]: CHLORHEXIDINE",
                    "setup.skinAntisepsis: CHLORHEXIDINE");
            assertThat(finding.deferUntil()).isNull();
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }

    @ParameterizedTest
    @EnumSource(ClearingRole.class)
    void anAllergyToTheAntisepticIsNotClearable(ClearingRole role) {
        Assessment assessment = DsxCases.clean().patient(p -> p.allergies(List.of(Allergy.CHLORHEXIDINE)))
                .clearance(new Clearance("S-03", role, DsxCases.daysAgo(1))).assess();

        assertThat(DsxCases.findings(assessment, ANTISEPTIC_ALLERGY)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.cleared()).isNull();
        });
    }
}
