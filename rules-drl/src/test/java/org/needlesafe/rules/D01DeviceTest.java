package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.plan.Device;
import org.needlesafe.setup.Needles;

/** D-01: FDA device status and the authorised age. */
class D01DeviceTest {
    private static final String UNDER_AGE = "MN-D01-UNDER-AUTHORISED-AGE";
    private static final String HOME = "MN-D01-HOME-DEVICE";
    private static final String NOT_CLEARED = "MN-D01-DEVICE-NOT-CLEARED";
    private static final String UNKNOWN = "MN-D01-DEVICE-CLEARANCE-UNKNOWN";

    @ParameterizedTest(name = "age {0}: fires {1}")
    @CsvSource({"17, true", "21, true", "22, false", "23, false", "60, false"})
    void underTheAuthorisedAgeIsOffLabelNotForbidden(int age, boolean fires) {
        Assessment assessment = DsxCases.clean().patient(p -> p.ageYears(age)).assess();

        List<Finding> findings = DsxCases.findings(assessment, UNDER_AGE);
        if (!fires) {
            assertThat(findings).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.category()).isEqualTo(Category.PLAN);
            assertThat(finding.caseWide()).isTrue();
            assertThat(KbItem.ids(finding.kb())).containsExactly("D-01");
            assertThat(finding.basis()).contains("patient.ageYears: " + age);
            assertThat(finding.rationale()).contains("22").contains("Case-wide");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
    }

    @Test
    void aHomeRollerIsNotForProfessionalTreatment() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.device(Device.HOME_ROLLER))
                .setup(s -> s.needles(Needles.SINGLE_USE_STERILE_ROLLER))
                .assess();

        assertThat(DsxCases.findings(assessment, HOME)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("plan.device: HOME_ROLLER");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = "HOME_ROLLER", mode = EnumSource.Mode.EXCLUDE)
    void professionalDevicesAreNotHomeDevices(Device device) {
        assertThat(DsxCases.clean().plan(p -> p.device(device)).findings(HOME)).isEmpty();
    }

    @Test
    void anUnclearedDeviceIsRefused() {
        Assessment assessment = DsxCases.clean().plan(p -> p.deviceCleared(false)).assess();

        assertThat(DsxCases.findings(assessment, NOT_CLEARED)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.basis()).contains("plan.deviceCleared: false", "plan.device: PEN");
        });
        assertThat(DsxCases.findings(assessment, UNKNOWN)).isEmpty();
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void anUnknownClearanceIsConfirmedNotRefused() {
        Assessment assessment = DsxCases.clean().plan(p -> p.deviceCleared(null)).assess();

        assertThat(DsxCases.findings(assessment, UNKNOWN)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.summary()).contains("Confirm the device's clearance");
            assertThat(finding.basis()).contains("plan.deviceCleared: unknown");
        });
        assertThat(DsxCases.findings(assessment, NOT_CLEARED)).isEmpty();
        assertThat(assessment.missingInformation()).isEmpty();
        assertThat(assessment.decision()).isEqualTo(Decision.PROCEED_WITH_PRECAUTIONS);
    }

    @Test
    void aClearedDeviceRaisesNothing() {
        Assessment assessment = DsxCases.clean().plan(p -> p.deviceCleared(true)).assess();

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void aHomeRollerOfUnknownClearanceIsRefusedWithoutAskingAboutItsClearance() {
        Assessment assessment = DsxCases.clean()
                .plan(p -> p.device(Device.HOME_ROLLER).deviceCleared(null))
                .setup(s -> s.needles(Needles.SINGLE_USE_STERILE_ROLLER))
                .assess();

        assertThat(DsxCases.findings(assessment, HOME)).hasSize(1);
        assertThat(DsxCases.findings(assessment, UNKNOWN)).isEmpty();
    }
}
