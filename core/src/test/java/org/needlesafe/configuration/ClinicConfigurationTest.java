package org.needlesafe.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheKnowledgeBase() {
        ClinicConfiguration defaults = ClinicConfiguration.defaults();

        assertThat(defaults.periorbitalMaxDepthMm()).isEqualByComparingTo("0.5");
        assertThat(defaults.isotretinoinWashoutMonths()).isEqualTo(6);
        assertThat(defaults.clearanceValidDays()).isEqualTo(90);
        assertThat(defaults.asMap()).hasSize(Threshold.values().length)
                .containsEntry("periorbitalMaxDepthMm", new BigDecimal("0.5"));
    }

    @Test
    void anOverrideChangesOnlyItsValue() {
        ClinicConfiguration config = ClinicConfiguration.builder()
                .set(Threshold.PERIORBITAL_MAX_DEPTH_MM, "0.3").build();

        assertThat(config.periorbitalMaxDepthMm()).isEqualByComparingTo("0.3");
        assertThat(config.foreheadNoseMaxDepthMm()).isEqualByComparingTo("0.75");
        assertThat(config).isNotEqualTo(ClinicConfiguration.defaults());
    }

    @Test
    void badValuesAreRejectedWithTheKey() {
        assertThatThrownBy(() -> ClinicConfiguration.builder().set("retinoidGapDays", "2.5"))
                .hasMessage("retinoidGapDays: must be a whole number, was 2.5");
        assertThatThrownBy(() -> ClinicConfiguration.builder().set("periorbitalMaxDepthMm", "four"))
                .hasMessage("periorbitalMaxDepthMm: must be a number, was 'four'");
        assertThatThrownBy(() -> ClinicConfiguration.builder().set("periorbitalMaxDepthMm", "-1"))
                .hasMessage("periorbitalMaxDepthMm: must be a number >= 0, was -1");
        assertThatThrownBy(() -> ClinicConfiguration.builder().set("noSuchThing", "1"))
                .hasMessageStartingWith("noSuchThing: unknown setting (known: isotretinoinWashoutMonths, ");
    }

    @Test
    void aFileOverridesDefaultsAndReportsEveryBadLineWithItsNumber() throws IOException {
        Path good = Files.writeString(dir.resolve("clinic.conf"), """
                # our clinic is stricter around the eyes
                periorbitalMaxDepthMm = 0.3
                isotretinoinWashoutMonths = 12
                """);
        Path bad = Files.writeString(dir.resolve("bad.conf"), """
                periorbitalMaxDepthMm = 0.3

                retinoidGapDays = soon
                bogus = 1
                """);

        ClinicConfiguration config = ClinicConfiguration.fromFile(good);

        assertThat(config.periorbitalMaxDepthMm()).isEqualByComparingTo("0.3");
        assertThat(config.isotretinoinWashoutMonths()).isEqualTo(12);
        assertThatThrownBy(() -> ClinicConfiguration.fromFile(bad))
                .hasMessageContaining(bad + ":3: retinoidGapDays: must be a number, was 'soon'")
                .hasMessageContaining(bad + ":4: bogus: unknown setting");
    }
}
