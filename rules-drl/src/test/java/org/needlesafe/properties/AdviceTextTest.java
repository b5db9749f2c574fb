package org.needlesafe.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector the finding-text property relies on: it must catch the advice and pass the referrals. */
class AdviceTextTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Stop the anticoagulant 5 days before treatment",
            "Ask the patient to discontinue isotretinoin and come back in 6 months",
            "Pause the prescribed antiplatelet for a week",
            "Hold warfarin for 3 days",
            "The patient should stop taking their medication before the session",
            "Withhold the immunosuppressant until healed",
            "Defer. Patient must come off the blood thinner first.",
            "PAUSE ANTICOAGULANTS BEFORE NEEDLING"})
    void adviceToStopAPrescribedMedicineIsCaught(String text) {
        assertThat(Contract.stopAdvice(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Do not stop the anticoagulant: refer to the prescriber, who decides",
            "Never stop a prescribed medicine for a cosmetic treatment; ask the prescriber",
            "Patients should not stop or pause prescribed anticoagulants",
            "Pause over-the-counter NSAIDs and supplements for 7 days",
            "Pause self-medicated aspirin or fish oil for 7 days",
            "Isotretinoin was stopped 2 months ago: defer until 6 months after the last dose",
            "Since stopping isotretinoin, wait for the washout",
            "Defer until the prescriber approves treatment on the anticoagulant",
            "Hold pressure on bleeding points; the patient takes a prescribed anticoagulant. Expect more bleeding"})
    void referralsAndSelfMedicationPass(String text) {
        assertThat(Contract.stopAdvice(text)).isNull();
    }
}
