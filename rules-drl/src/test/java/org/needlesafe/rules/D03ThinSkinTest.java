package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.setup.Needles;

/** D-03: the eyelid, the periorbital skin, the forehead and the nose. */
class D03ThinSkinTest {
    private static final String EYELID_DEVICE = "MN-D03-EYELID-LABELLED-DEVICE";
    private static final String EYELID_DEPTH = "MN-D03-EYELID-DEPTH";
    private static final String PERIORBITAL = "MN-D03-PERIORBITAL-DEPTH";
    private static final String FOREHEAD_NOSE = "MN-D03-FOREHEAD-NOSE-DEPTH";

    private static SafetyAdvisor stricter;

    @BeforeAll
    static void stricterClinic() {
        stricter = TestPack.builder().configuration(ClinicConfiguration.builder()
                .set(Threshold.PERIORBITAL_MAX_DEPTH_MM, "0.3")
                .set(Threshold.EYELID_MAX_DEPTH_MM, "0.2")
                .set(Threshold.FOREHEAD_NOSE_MAX_DEPTH_MM, "0.5").build()).build();
    }

    @AfterAll
    static void close() {
        stricter.close();
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"PEN", "RF_MICRONEEDLING"})
    void labelledDevicesStayOutsideTheOrbitalRimAtAnyDepth(Device device) {
        Assessment assessment = DsxCases.clean().plan(p -> p.device(device))
                .areas(PlannedArea.of(Area.EYELID, "0.25"), PlannedArea.of(Area.CHEEKS, "1.0")).assess();

        assertThat(DsxCases.findings(assessment, EYELID_DEVICE)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.category()).isEqualTo(Category.PLAN);
            assertThat(finding.area()).isEqualTo(Area.EYELID);
            assertThat(finding.planChange()).isEqualTo(PlanChange.removeArea(Area.EYELID));
            assertThat(finding.basis()).contains("plan.device: " + device, "plan.areas[0]: EYELID at 0.25 mm");
        });
        assertThat(DsxCases.findings(assessment, EYELID_DEPTH)).isEmpty();
    }

    @Test
    void eyelidRefusedAndCheeksClearRollUpToModifyPlan() {
        Assessment assessment = DsxCases.clean()
                .areas(PlannedArea.of(Area.EYELID, "0.25"), PlannedArea.of(Area.CHEEKS, "1.0")).assess();

        assertThat(assessment.areaDecisions())
                .containsEntry(Area.EYELID, Decision.DO_NOT_PROCEED)
                .containsEntry(Area.CHEEKS, Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    @Test
    void anEyelidOnlyPlanWithAPenCannotGoAhead() {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(Area.EYELID, "0.25")).assess();

        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(assessment.aftercare()).isEmpty();
        assertThat(assessment.expectedSideEffects()).isEmpty();
    }

    @ParameterizedTest(name = "eyelid at {1} mm with a {0}: fires {2}")
    @CsvSource({
        "ROLLER, 0.2,  false", "ROLLER, 0.25, false", "ROLLER, 0.26, true", "ROLLER, 0.5, true", "ROLLER, 1.0, true",
        "STAMP,  0.25, false", "STAMP,  0.3,  true"})
    void otherDevicesAreCappedOnTheEyelid(Device device, String depth, boolean fires) {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.device(device))
                .setup(s -> s.needles(Needles.SINGLE_USE_STERILE_ROLLER))
                .areas(PlannedArea.of(Area.EYELID, depth)).assess();

        assertThat(DsxCases.findings(assessment, EYELID_DEVICE)).isEmpty();
        assertCap(assessment, EYELID_DEPTH, Area.EYELID, fires, "0.25");
    }

    @ParameterizedTest(name = "eyelid at {0} mm, clinic limit 0.2 mm: fires {1}")
    @CsvSource({"0.2, false", "0.25, true"})
    void theEyelidLimitIsTheClinicsToSet(String depth, boolean fires) {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.device(Device.ROLLER))
                .setup(s -> s.needles(Needles.SINGLE_USE_STERILE_ROLLER))
                .areas(PlannedArea.of(Area.EYELID, depth)).assessWith(stricter);

        assertCap(assessment, EYELID_DEPTH, Area.EYELID, fires, "0.2");
        assertThat(assessment.configuration()).containsEntry("eyelidMaxDepthMm", new BigDecimal("0.2"));
    }

    @ParameterizedTest(name = "periorbital at {0} mm: fires {1}")
    @CsvSource({"0.25, false", "0.5, false", "0.51, true", "1.0, true"})
    void periorbitalIsCappedAtHalfAMillimetre(String depth, boolean fires) {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(Area.PERIORBITAL, depth)).assess();

        assertCap(assessment, PERIORBITAL, Area.PERIORBITAL, fires, "0.5");
    }

    @ParameterizedTest(name = "{0} at {1} mm: fires {2}")
    @CsvSource({
            "FOREHEAD, 0.5, false", "FOREHEAD, 0.75, false", "FOREHEAD, 0.76, true", "FOREHEAD, 1.5, true",
            "NOSE, 0.75, false", "NOSE, 0.76, true",
            "CHEEKS, 1.0, false", "CHIN, 1.0, false", "PERIORAL, 1.0, false"})
    void foreheadAndNoseAreCappedAtThreeQuarters(Area area, String depth, boolean fires) {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(area, depth)).assess();

        assertCap(assessment, FOREHEAD_NOSE, area, fires, "0.75");
    }

    @Test
    void theLimitsAreTheClinicsToSet() {
        Assessment assessment = DsxCases.clean()
                .areas(PlannedArea.of(Area.PERIORBITAL, "0.4"), PlannedArea.of(Area.NOSE, "0.6"))
                .assessWith(stricter);

        assertThat(DsxCases.findings(assessment, PERIORBITAL)).singleElement()
                .satisfies(finding -> assertThat(finding.planChange())
                        .isEqualTo(PlanChange.maxDepth(Area.PERIORBITAL, new BigDecimal("0.3"))));
        assertThat(DsxCases.findings(assessment, FOREHEAD_NOSE)).singleElement()
                .satisfies(finding -> assertThat(finding.planChange())
                        .isEqualTo(PlanChange.maxDepth(Area.NOSE, new BigDecimal("0.5"))));
        assertThat(assessment.configuration()).containsEntry("periorbitalMaxDepthMm", new BigDecimal("0.3"));
    }

    @Test
    void eachThinAreaIsScopedOnItsOwn() {
        Assessment assessment = DsxCases.clean().areas(PlannedArea.of(Area.FOREHEAD, "1.0"),
                PlannedArea.of(Area.PERIORBITAL, "0.5"), PlannedArea.of(Area.CHEEKS, "1.0")).assess();

        assertThat(assessment.areaDecisions())
                .containsEntry(Area.FOREHEAD, Decision.MODIFY_PLAN)
                .containsEntry(Area.PERIORBITAL, Decision.PROCEED)
                .containsEntry(Area.CHEEKS, Decision.PROCEED);
        assertThat(assessment.decision()).isEqualTo(Decision.MODIFY_PLAN);
    }

    private static void assertCap(Assessment assessment, String ruleId, Area area, boolean fires, String capMm) {
        if (!fires) {
            assertThat(DsxCases.findings(assessment, ruleId)).isEmpty();
            return;
        }
        assertThat(DsxCases.findings(assessment, ruleId)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.MODIFY_PLAN);
            assertThat(finding.area()).isEqualTo(area);
            assertThat(finding.planChange()).isEqualTo(PlanChange.maxDepth(area, new BigDecimal(capMm)));
            assertThat(KbItem.ids(finding.kb())).containsExactly("D-03");
        });
        assertThat(assessment.areaDecisions()).containsEntry(area, Decision.MODIFY_PLAN);
    }
}
