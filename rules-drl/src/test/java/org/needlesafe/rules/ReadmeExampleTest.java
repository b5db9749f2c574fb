package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

/**
 * A master esthetician's routine case in Utah, written with the practitioner's positional constructor, which stays
 * for compatibility. (The README's own example is compiled and run from README.md by the embedder tests.)
 */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRunsAndExplainsItsDecision() {
        SterileSetup setup = SterileSetup.builder().setting(Setting.LICENSED_PREMISES)
                .needles(Needles.SINGLE_USE_STERILE_CARTRIDGE).packagingIntact(true).deviceBarrierSleeve(true)
                .skinAntisepsis(Antisepsis.CHLORHEXIDINE).gloves(true).sharpsContainer(true).build();

        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            TreatmentCase treatment = TreatmentCase.builder()
                    .assessmentDate(LocalDate.of(2026, 11, 25)).jurisdiction("US-UT")
                    .patient(Patient.builder().ageYears(34).fitzpatrickType(FitzpatrickType.II).pregnant(false)
                            .breastfeeding(false).noneReported().build())
                    .practitioner(new Practitioner(Credential.MASTER_ESTHETICIAN, true, false, 4))
                    .setup(setup).plan(TreatmentPlan.builder().device(Device.PEN).deviceCleared(true)
                            .areas(PlannedArea.of(Area.CHEEKS, "1.0")).build())
                    .build();
            Assessment assessment = Cases.record(advisor.assess(treatment));

            assertThat(assessment.decision()).isIn(Decision.PROCEED, Decision.PROCEED_WITH_PRECAUTIONS);
            assertThat(assessment.missingInformation()).isEmpty();
            assertThat(assessment.findings()).allSatisfy(finding -> assertThat(finding.basis()).isNotEmpty());
        }
    }
}
