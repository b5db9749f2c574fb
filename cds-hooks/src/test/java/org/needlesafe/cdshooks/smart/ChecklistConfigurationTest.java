package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.cdshooks.ServiceConfiguration;

/** The {@code smart.<name>.*} settings: which EHRs may launch the checklist app. */
class ChecklistConfigurationTest {

    @Test
    void theSampleConfigurationNamesOneEhr() {
        ServiceConfiguration configuration = ServiceConfiguration.fromFile(Path.of("samples/cds-hooks.properties"));
        assertThat(configuration.checklistIssuers()).containsExactly(
                new SmartIssuer("ehr", "https://ehr.clinic.example.org/fhir/R4", "needlesafe-checklist"));
    }

    @Test
    void aBadBlockIsRefusedWithItsKeyNamed(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("service.properties");
        Files.writeString(file, "baseUrl = https://cds.example.org\nsmart.ehr.iss = http://ehr.example.org/fhir\n"
                + "smart.ehr.clientId = app\nsmart.other.iss = https://other.example.org/fhir\nsmart.x.secret = s\n");
        assertThatThrownBy(() -> ServiceConfiguration.fromFile(file))
                .hasMessageContaining("smart.ehr.iss: must be an https URL")
                .hasMessageContaining("smart.other: needs iss and clientId")
                .hasMessageContaining("smart.x.secret")
                .hasMessageContaining("expected smart.<name>.(iss|clientId)");
    }
}
