package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.KbItem;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.setup.SterileSetup;

/** The public API as an embedder calls it. */
class SafetyAdvisorTest {

    @Test
    void aCleanCaseProceedsWithEveryContractFieldFilled() {
        Assessment assessment = Cases.assess(Cases.clean());

        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
        assertThat(assessment.formatVersion()).isEqualTo("1");
        assertThat(assessment.caseId()).isEqualTo("clean");
        assertThat(assessment.rulesetVersion()).isEqualTo(Cases.ADVISOR.rulesetVersion());
        assertThat(assessment.jurisdictionProfile().id()).isEqualTo("US-CA");
        assertThat(assessment.configuration()).containsKeys("periorbitalMaxDepthMm", "clearanceValidDays");
        assertThat(assessment.areaDecisions()).containsEntry(Area.CHEEKS, Decision.PROCEED);
        assertThat(assessment.missingInformation()).isEmpty();
        assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.decision()).isEqualTo(Decision.PROCEED));
    }

    @Test
    void anUnknownScreeningAnswerIsNeverReadAsNo() {
        TreatmentCase unknownPregnancy = Cases.clean().toBuilder()
                .patient(Cases.patient().pregnant(null).build()).build();

        Assessment assessment = Cases.assess(unknownPregnancy);

        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
        assertThat(assessment.missingInformation()).containsExactly("patient.pregnant");
        assertThat(assessment.findings()).anySatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MN-SCREEN-UNKNOWN-ANSWER");
            assertThat(KbItem.ids(finding.kb())).containsExactly("C-09");
            assertThat(finding.basis()).containsExactly("patient.pregnant: unknown");
        });
        assertThat(assessment.expectedSideEffects()).isEmpty();
        assertThat(assessment.aftercare()).isEmpty();
    }

    @Test
    void aListThatWasNotReviewedIsUnknownButAnEmptyListIsAnswered() {
        Patient notReviewed = Cases.patient().allergies((List<org.needlesafe.patient.Allergy>) null).build();

        assertThat(Cases.assess(Cases.clean().toBuilder().patient(notReviewed).build()).missingInformation())
                .containsExactly("patient.allergies");
        assertThat(Cases.assess(Cases.clean()).missingInformation()).isEmpty();
    }

    @Test
    void anUnknownSterileSetupFactHoldsTheCaseAtDeferOrWorse() {
        TreatmentCase unknownGloves = Cases.clean().toBuilder().setup(Cases.setup().gloves(null).build()).build();
        TreatmentCase emptySetup = Cases.clean().toBuilder().setup(SterileSetup.builder().build()).build();

        assertThat(Cases.assess(unknownGloves).decision()).isEqualTo(Decision.DEFER);
        assertThat(Cases.assess(emptySetup).decision()).isIn(Decision.DEFER, Decision.DO_NOT_PROCEED);
        assertThat(Cases.assess(emptySetup).missingInformation()).contains("setup.setting", "setup.needles",
                "setup.packagingIntact", "setup.skinAntisepsis", "setup.gloves", "setup.sharpsContainer",
                "setup.deviceBarrierSleeve");
    }

    @Test
    void anInvalidCaseThrowsOneExceptionWithEveryProblem() {
        TreatmentCase invalid = Cases.clean().toBuilder()
                .jurisdiction("XX")
                .plan(Cases.plan().areas(PlannedArea.of(Area.CHEEKS, "4.0")).build())
                .build();

        assertThatThrownBy(() -> Cases.ADVISOR.assess(invalid))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("jurisdiction", "unknown profile 'XX' (loaded: AU-NSW, DEFAULT, GB-ENG, GB-SCT,"
                                + " US-AZ, US-CA, US-FL, US-NC, US-TX, US-UT)"),
                        new Problem("plan.areas[0].depthMm", "must be > 0 and <= 3.5")))
                .hasMessageContaining("plan.areas[0].depthMm: must be > 0 and <= 3.5");
    }

    @Test
    void aClearanceOfAnUnclearableFindingChangesNothing() {
        TreatmentCase coldSore = Cases.clean().toBuilder()
                .patient(Cases.patient().conditions(Condition.in(ConditionCode.HERPES_SIMPLEX,
                        ConditionStatus.ACTIVE, Area.PERIORAL)).build())
                .clearances(new Clearance("C-01", ClearingRole.PHYSICIAN, Cases.TODAY))
                .build();

        Assessment assessment = Cases.assess(coldSore);

        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
        assertThat(assessment.findings()).allSatisfy(finding -> assertThat(finding.cleared()).isNull());
    }

    @Test
    void aClearanceLowersAClearableFindingAndKeepsItVisible() {
        TreatmentCase breastfeeding = Cases.clean().toBuilder()
                .patient(Cases.patient().breastfeeding(true).build())
                .clearances(new Clearance("C-09", ClearingRole.PHYSICIAN, Cases.TODAY.minusDays(90)))
                .build();
        TreatmentCase expired = breastfeeding.toBuilder()
                .clearances(new Clearance("C-09", ClearingRole.PHYSICIAN, Cases.TODAY.minusDays(91))).build();
        TreatmentCase wrongRole = breastfeeding.toBuilder()
                .clearances(new Clearance("C-09", ClearingRole.PRESCRIBER, Cases.TODAY)).build();

        Assessment cleared = Cases.assess(breastfeeding);

        assertThat(cleared.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MN-C09-BREASTFEEDING");
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.cleared().by()).isEqualTo(ClearingRole.PHYSICIAN);
            assertThat(finding.cleared().uncleared()).isEqualTo(Decision.DEFER);
            assertThat(finding.summary()).isEqualTo(Cases.ADVISOR.rules().stream()
                    .filter(rule -> rule.id().equals("MN-C09-BREASTFEEDING")).findFirst().orElseThrow()
                    .clearedSummary());
            assertThat(finding.deferUntil()).isNull();
        });
        assertThat(cleared.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
        assertThat(Cases.assess(expired).decision()).isEqualTo(Decision.DEFER);
        assertThat(Cases.assess(wrongRole).decision()).isEqualTo(Decision.DEFER);
    }

    @Test
    void twoThreadsSharingOneAdvisorAgreeWithTheSequentialResults() throws Exception {
        List<TreatmentCase> cases = List.of(
                Cases.clean(),
                Cases.clean().toBuilder().patient(Cases.patient().pregnant(true).build()).build(),
                Cases.clean().toBuilder().setup(Cases.setup().gloves(false).build()).build(),
                Cases.clean().toBuilder().patient(Cases.patient().conditions(
                        Condition.in(ConditionCode.WARTS, ConditionStatus.ACTIVE, Area.HANDS)).build())
                        .plan(Cases.plan().areas(PlannedArea.of(Area.CHEEKS, "1.0"), PlannedArea.of(Area.HANDS, "1.0"))
                                .build()).build());
        List<Assessment> sequential = cases.stream().map(Cases::assess).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Assessment>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                Callable<List<Assessment>> work = () -> {
                    List<Assessment> results = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        results.add(Cases.ADVISOR.assess(cases.get(i % cases.size())));
                    }
                    return results;
                };
                futures.add(pool.submit(work));
            }
            for (Future<List<Assessment>> future : futures) {
                List<Assessment> results = future.get();
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(sequential.get(i % cases.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sideEffectsAndAftercareDescribeTheModifiedPlanAsItWouldGoAhead() {
        TreatmentCase eyelidAndDeepCheeks = Cases.clean().toBuilder()
                .practitioner(new org.needlesafe.practitioner.Practitioner(
                        org.needlesafe.practitioner.Credential.REGISTERED_NURSE, true, true, 5))
                .plan(Cases.plan().areas(PlannedArea.of(Area.EYELID, "0.5"), PlannedArea.of(Area.CHEEKS, "2.0"))
                        .build())
                .build();

        Assessment assessment = Cases.assess(eyelidAndDeepCheeks);

        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
        assertThat(assessment.areaDecisions()).containsEntry(Area.EYELID, Decision.DO_NOT_PROCEED);
        // The eyelid is left out and the cheeks go ahead at 1.5 mm: no eye bruising, the 4-5 day downtime band.
        assertThat(assessment.expectedSideEffects()).extracting(org.needlesafe.SideEffect::code)
                .doesNotContain("PERIOCULAR_BRUISING", "TRAM_TRACK_SCARRING");
        assertThat(assessment.expectedSideEffects()).filteredOn(effect -> effect.code().equals("ERYTHEMA_OEDEMA"))
                .singleElement().satisfies(effect -> assertThat(effect.typicalDuration()).isEqualTo("about 4-5 days"));
        assertThat(assessment.aftercare()).isNotEmpty();
    }
}
