package org.needlesafe.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.configuration.Threshold;

class ClinicSettingsTest {
    @TempDir
    Path folder;

    @Test
    void readsTheClinicsNameAndPhoneBesideTheThresholds() throws IOException {
        Path file = Files.writeString(folder.resolve("clinic.conf"), """
                # the clinic
                clinicName = Sunrise Skin Clinic
                clinicPhone = +1 (555) 010-2030
                clearanceValidDays = 60
                """);

        ClinicSettings settings = ClinicSettings.read(file);

        assertThat(settings.contact()).isEqualTo(new ClinicContact("Sunrise Skin Clinic", "+1 (555) 010-2030"));
        assertThat(settings.thresholds().value(Threshold.CLEARANCE_VALID_DAYS)).isEqualByComparingTo("60");
    }

    @Test
    void bothAreOptional() throws IOException {
        Path file = Files.writeString(folder.resolve("clinic.conf"), "clearanceValidDays = 60\n");

        assertThat(ClinicSettings.read(file).contact()).isEqualTo(ClinicContact.UNKNOWN);
        assertThat(ClinicSettings.defaults().thresholds()).isEqualTo(ClinicConfiguration.defaults());
    }

    @Test
    void aBadValueOrAnUnknownKeyIsNamedWithItsLine() throws IOException {
        Path file = Files.writeString(folder.resolve("clinic.conf"), """
                clinicName = Sunrise
                clinicPhone = call us
                periorbitalMaxDepthMm = 9
                clinicFax = 555
                """);

        assertThatThrownBy(() -> ClinicSettings.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ":2: clinicPhone: must be a phone number")
                .hasMessageContaining(file + ":3: periorbitalMaxDepthMm: must be <= 3.5 mm, was "
                        + new BigDecimal("9"))
                .hasMessageContaining(file + ":4: clinicFax: unknown setting");
    }
}
