package org.needlesafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.needlesafe.Decision;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.SexForClinicalUse;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;

class DisplayNamesTest {
    private static final DisplayNames NAMES = DisplayNames.english();

    @Test
    void everyCodeAClinicianCanReadHasADisplayName() {
        List<Class<? extends Enum<?>>> types = List.of(ConditionCode.class, ConditionStatus.class,
                MedicationCode.class, MedicationStatus.class, Allergy.class, ImplantCode.class, ProcedureCode.class,
                Area.class, Device.class, TopicalProduct.class, Indication.class, Credential.class, Setting.class,
                Needles.class, Antisepsis.class, Referral.class, ClearingRole.class, SexForClinicalUse.class,
                Decision.class);
        ResourceBundle bundle = ResourceBundle.getBundle("org.needlesafe.text.DisplayNames", Locale.ENGLISH);
        types.stream().flatMap(type -> Stream.of(type.getEnumConstants())).forEach(code -> {
            String key = code.getDeclaringClass().getSimpleName() + "." + code.name();
            assertThat(bundle.containsKey(key)).as(key).isTrue();
            assertThat(NAMES.of(code)).as(key).isNotBlank().doesNotContain("_");
        });
    }

    @Test
    void codesInTextAreWrittenAsWords() {
        assertThat(NAMES.render("Defer until the HERPES_SIMPLEX has healed"))
                .isEqualTo("Defer until the herpes simplex (cold sore) has healed");
        assertThat(NAMES.render("Reduce FOREHEAD to 0.75 mm: an ESTHETICIAN's scope under US-AZ"))
                .isEqualTo("Reduce forehead to 0.75 mm: an esthetician's scope under US-AZ");
    }

    @Test
    void wordsThatAreNotCodesAndAmbiguousCodesAreLeftAlone() {
        assertThat(NAMES.render("FDA clearance; the US-UT profile; Fitzpatrick IV")).isEqualTo(
                "FDA clearance; the US-UT profile; Fitzpatrick IV");
        assertThat(NAMES.render("credential NONE")).isEqualTo("credential NONE");
        assertThat(NAMES.of(Credential.NONE)).isEqualTo("practitioner without a listed credential");
    }
}
