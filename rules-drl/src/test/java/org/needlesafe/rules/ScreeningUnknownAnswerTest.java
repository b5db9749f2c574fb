package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Needles;

/** and the contract's fail-safe: an unknown required answer is never read as "no". */
class ScreeningUnknownAnswerTest {
    private static final String SCREEN = "MN-SCREEN-UNKNOWN-ANSWER";

    private static Arguments unknown(String path, UnaryOperator<DsxCases.Variant> change) {
        return Arguments.of(path, change);
    }

    static Stream<Arguments> everyRequiredAnswer() {
        return Stream.of(
                unknown("patient.pregnant", v -> v.patient(p -> p.pregnant(null))),
                unknown("patient.breastfeeding", v -> v.patient(p -> p.breastfeeding(null))),
                unknown("patient.fitzpatrickType", v -> v.patient(p -> p.fitzpatrickType(null))),
                unknown("patient.conditions", v -> v.patient(p -> p.conditions((List<Condition>) null))),
                unknown("patient.medications", v -> v.patient(p -> p.medications((List<Medication>) null))),
                unknown("patient.allergies", v -> v.patient(p -> p.allergies((List<Allergy>) null))),
                unknown("patient.recentProcedures", v -> v.patient(p -> p.recentProcedures((List<RecentProcedure>) null))),
                unknown("patient.implants", v -> v.plan(p -> p.device(Device.RF_MICRONEEDLING))
                        .patient(p -> p.implants((List<Implant>) null))),
                unknown("patient.medications[0].lastTakenDate", v -> v.patient(p -> p.medications(
                        Medication.stopped(MedicationCode.TOPICAL_RETINOID, null)))),
                unknown("practitioner.microneedlingTraining", v -> v.practitioner(
                        new Practitioner(Credential.DERMATOLOGIST, null, false, 10))),
                unknown("setup.setting", v -> v.setup(s -> s.setting(null))),
                unknown("setup.needles", v -> v.setup(s -> s.needles(null))),
                unknown("setup.packagingIntact", v -> v.setup(s -> s.packagingIntact(null))),
                unknown("setup.skinAntisepsis", v -> v.setup(s -> s.skinAntisepsis(null))),
                unknown("setup.gloves", v -> v.setup(s -> s.gloves(null))),
                unknown("setup.sharpsContainer", v -> v.setup(s -> s.sharpsContainer(null))),
                unknown("setup.deviceBarrierSleeve", v -> v.setup(s -> s.deviceBarrierSleeve(null))),
                unknown("setup.deviceBarrierSleeve", v -> v.plan(p -> p.device(Device.RF_MICRONEEDLING))
                        .setup(s -> s.deviceBarrierSleeve(null))),
                unknown("setup.bloodHandlingCompliant", v -> v.plan(p -> p.topicals(
                        new Topical(TopicalProduct.PRP, true))).setup(s -> s.bloodHandlingCompliant(null))),
                unknown("plan.topicals[1].sterileForProcedure", v -> v.plan(p -> p.topicals(
                        new Topical(TopicalProduct.HYALURONIC_ACID, true),
                        new Topical(TopicalProduct.PEPTIDE_SERUM, null)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequiredAnswer")
    void anUnknownRequiredAnswerHoldsTheCase(String path, UnaryOperator<DsxCases.Variant> change) {
        Assessment assessment = change.apply(DsxCases.clean()).assess();

        assertThat(assessment.missingInformation()).containsExactly(path);
        assertThat(DsxCases.findings(assessment, SCREEN)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.category()).isEqualTo(Category.SCREENING);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).containsExactly(path + ": unknown");
            assertThat(finding.summary()).startsWith("Confirm ");
            assertThat(finding.kb()).isNotEmpty();
        });
        assertThat(assessment.decision()).isIn(Decision.DEFER, Decision.DO_NOT_PROCEED);
        assertThat(assessment.aftercare()).isEmpty();
        assertThat(assessment.expectedSideEffects()).isEmpty();
        assertThat(assessment.nextSessionEarliest()).isNull();
    }

    static Stream<Arguments> answersOnlyAskedWhenTheyMatter() {
        return Stream.of(
                unknown("patient.implants", v -> v.patient(p -> p.implants((List<Implant>) null))),
                unknown("setup.deviceBarrierSleeve", v -> v.plan(p -> p.device(Device.ROLLER))
                        .setup(s -> s.needles(Needles.SINGLE_USE_STERILE_ROLLER).deviceBarrierSleeve(null))),
                unknown("setup.deviceBarrierSleeve", v -> v.plan(p -> p.device(Device.STAMP))
                        .setup(s -> s.deviceBarrierSleeve(null))),
                unknown("setup.bloodHandlingCompliant", v -> v.setup(s -> s.bloodHandlingCompliant(null))),
                unknown("patient.medications[0].lastTakenDate", v -> v.patient(p -> p.medications(
                        Medication.current(MedicationCode.TOPICAL_RETINOID)))));
    }

    @ParameterizedTest(name = "{0} is not asked here")
    @MethodSource("answersOnlyAskedWhenTheyMatter")
    void someAnswersAreRequiredOnlyWhenTheyMatter(String path, UnaryOperator<DsxCases.Variant> change) {
        Assessment assessment = change.apply(DsxCases.clean()).assess();

        assertThat(assessment.missingInformation()).doesNotContain(path);
        assertThat(DsxCases.findings(assessment, SCREEN)).isEmpty();
    }

    @Test
    void anEmptyListIsAnAnswer() {
        Assessment assessment = DsxCases.clean().patient(p -> p.noneReported())
                .plan(p -> p.device(Device.RF_MICRONEEDLING).topicals(List.of())).assess();

        assertThat(assessment.missingInformation()).isEmpty();
        assertThat(DsxCases.findings(assessment, SCREEN)).isEmpty();
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
    }

    @Test
    void everyUnknownAnswerIsItsOwnFinding() {
        Assessment assessment = DsxCases.clean()
                .patient(p -> p.pregnant(null).breastfeeding(null).fitzpatrickType(null))
                .setup(s -> s.gloves(null)).assess();

        assertThat(assessment.missingInformation()).containsExactlyInAnyOrder("patient.pregnant",
                "patient.breastfeeding", "patient.fitzpatrickType", "setup.gloves");
        assertThat(DsxCases.findings(assessment, SCREEN)).hasSize(4)
                .allSatisfy(finding -> assertThat(finding.decision()).isEqualTo(Decision.DEFER));
        assertThat(DsxCases.findings(assessment, SCREEN))
                .filteredOn(finding -> finding.basis().contains("patient.fitzpatrickType: unknown"))
                .singleElement().satisfies(finding -> assertThat(KbItem.ids(finding.kb())).contains("Q-02"));
    }
}
