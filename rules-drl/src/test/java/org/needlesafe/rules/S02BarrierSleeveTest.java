package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.plan.Device;
import org.needlesafe.setup.Needles;

/** S-02: a disposable barrier sleeve on pens and RF handpieces. */
class S02BarrierSleeveTest {

    @ParameterizedTest(name = "{0}, sleeve {1}: defers {2}")
    @CsvSource({
            "PEN, false, true",
            "RF_MICRONEEDLING, false, true",
            "PEN, true, false",
            "RF_MICRONEEDLING, true, false",
            "ROLLER, false, false",
            "STAMP, false, false"})
    void penAndRfBodiesNeedASleeve(Device device, boolean sleeve, boolean fires) {
        Assessment assessment = DsxCases.clean().plan(p -> p.device(device))
                .setup(s -> s.deviceBarrierSleeve(sleeve)
                        .needles(device.needsBarrierSleeve() ? Needles.SINGLE_USE_STERILE_CARTRIDGE
                                : Needles.SINGLE_USE_STERILE_ROLLER))
                .assess();

        S01NeedlesTest.assertSterility(assessment, "MN-S02-NO-BARRIER-SLEEVE", fires, Decision.DEFER,
                "setup.deviceBarrierSleeve: false");
        if (fires) {
            assertThat(assessment.findings().get(0).basis()).contains("plan.device: " + device);
            assertThat(assessment.findings().get(0).summary()).contains("disposable barrier sleeve");
        }
    }
}
