package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.cdshooks.security.TrustedClient;

/** The service configuration file. */
class ServiceConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySettingAndResolvesPathsAgainstTheFile() throws IOException {
        Files.writeString(dir.resolve("ehr-jwks.json"), new Tokens().publicKeys().toString());
        Path file = write("""
                baseUrl = https://cds.example.org/
                jurisdiction = US-UT
                timeZone = America/Denver
                clockSkewSeconds = 30
                maxRequestBytes = 2048
                observationMaxAgeDays = 3
                stoppedOrderMaxAgeDays = 400
                notCheckedActiveEntries = list
                client.epic.iss = https://ehr.example.org
                client.epic.jku = https://ehr.example.org/jwks.json
                client.epic.jwks = ehr-jwks.json
                client.epic.fhirServers = https://ehr.example.org/fhir/
                mappings.conditions = local-conditions.tsv
                auditFile = audit/cds.jsonl
                missingInformationIndicator = critical
                checklistUrl = https://apps.example.org/checklist
                checklistLinkType = smart
                """);

        ServiceConfiguration configuration = ServiceConfiguration.fromFile(file);

        assertThat(configuration.auditFile()).isEqualTo(dir.resolve("audit/cds.jsonl"));
        assertThat(configuration.missingInformationCritical()).isTrue();
        assertThat(configuration.checklistUrl()).isEqualTo("https://apps.example.org/checklist");
        assertThat(configuration.checklistLinkType()).isEqualTo("smart");

        assertThat(configuration.baseUrl()).hasToString("https://cds.example.org");
        assertThat(configuration.jurisdiction()).isEqualTo("US-UT");
        assertThat(configuration.timeZone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(configuration.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(configuration.maxRequestBytes()).isEqualTo(2048);
        assertThat(configuration.observationMaxAgeDays()).isEqualTo(3);
        assertThat(configuration.stoppedOrderMaxAgeDays()).isEqualTo(400);
        assertThat(configuration.notCheckedIsPrecaution()).isFalse();
        assertThat(configuration.clients()).singleElement().satisfies(client -> {
            assertThat(client.name()).isEqualTo("epic");
            assertThat(client.issuer()).isEqualTo("https://ehr.example.org");
            assertThat(client.jkuAllowed()).containsExactly("https://ehr.example.org/jwks.json");
            assertThat(client.keys().getKeys()).hasSize(2).allMatch(key -> !key.isPrivate());
            assertThat(client.fhirServers()).containsExactly("https://ehr.example.org/fhir");
        });
        assertThat(configuration.mappings()).containsEntry("conditions", dir.resolve("local-conditions.tsv"));
    }

    @Test
    void theDefaultsFitRealRecordsAndNeverHideWhatWasNotRead() {
        ServiceConfiguration configuration = ServiceConfiguration.builder().baseUrl("https://cds.example.org").build();

        assertThat(configuration.maxRequestBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(configuration.stoppedOrderMaxAgeDays()).isEqualTo(365);
        assertThat(configuration.notCheckedIsPrecaution()).isTrue();
    }

    @Test
    void aStoppedOrderAgeShorterThanTheIsotretinoinWindowOrAnUnknownNotCheckedModeIsRefused() throws IOException {
        Path file = write("""
                baseUrl = https://cds.example.org/
                stoppedOrderMaxAgeDays = 30
                notCheckedActiveEntries = ignore
                """);

        assertThatThrownBy(() -> ServiceConfiguration.fromFile(file))
                .hasMessageContaining("stoppedOrderMaxAgeDays")
                .hasMessageContaining("notCheckedActiveEntries")
                .hasMessageContaining("expected 'precaution' or 'list', was 'ignore'");
    }

    @Test
    void theSampleConfigurationIsValid() {
        ServiceConfiguration configuration = ServiceConfiguration.fromFile(Path.of("samples/cds-hooks.properties"));

        assertThat(configuration.jurisdiction()).isEqualTo("US-UT");
        assertThat(configuration.auditFile()).isNotNull();
        assertThat(configuration.clients()).singleElement()
                .satisfies(client -> assertThat(client.fhirServers()).containsExactly("https://ehr.clinic.example.org/fhir/R4"));
    }

    @Test
    void badSettingsAreNamedWithTheirLine() throws IOException {
        Path file = write("""
                baseUrl = http://cds.example.org
                colour = blue
                clockSkewSeconds = a minute
                client.epic.jku = https://ehr.example.org/jwks.json
                client.other.jku = http://ehr.example.org/jwks.json
                client.other.iss = x
                missingInformationIndicator = info
                checklistLinkType = popup
                """);

        assertThatThrownBy(() -> ServiceConfiguration.fromFile(file))
                .hasMessageContaining(":1: baseUrl: baseUrl must be an https URL")
                .hasMessageContaining(":2: colour: unknown setting")
                .hasMessageContaining(":3: clockSkewSeconds: must be a whole number from 0 to 300")
                .hasMessageContaining("client.epic: iss is required")
                .hasMessageContaining("client.other: jku http://ehr.example.org/jwks.json: must be an https URL")
                .hasMessageContaining(":7: missingInformationIndicator: must be 'warning' or 'critical'")
                .hasMessageContaining(":8: checklistLinkType: must be 'absolute' or 'smart'");
    }

    @Test
    void aServiceWithoutAnAuditTrailDoesNotStart() {
        ServiceConfiguration configuration = ServiceConfiguration.builder().baseUrl("https://cds.example.org")
                .client(new TrustedClient("ehr", "https://ehr.example.org",
                        Set.of("https://ehr.example.org/jwks.json"), null, List.of()))
                .build();

        assertThatThrownBy(() -> CdsHooksServer.builder(configuration).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("auditFile: required");
    }

    @Test
    void plainHttpIsOnlyForThisMachine() {
        assertThat(ServiceConfiguration.builder().baseUrl("http://127.0.0.1:8080").build().baseUrl())
                .hasToString("http://127.0.0.1:8080");
        assertThat(ServiceConfiguration.builder().baseUrl("http://localhost:8080").build().baseUrl()).isNotNull();
        assertThatThrownBy(() -> ServiceConfiguration.builder().baseUrl("http://10.0.0.5:8080"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTrustedClientsOnlyTheDevelopmentModeRuns() {
        ServiceConfiguration configuration = ServiceConfiguration.builder().baseUrl("https://cds.example.org").build();

        assertThatThrownBy(() -> CdsHooksServer.builder(configuration).advisor(TestService.ADVISOR).build())
                .hasMessageContaining("no trusted client configured");
    }

    @Test
    void anUnknownDefaultJurisdictionFailsTheStartUp() {
        ServiceConfiguration configuration = ServiceConfiguration.builder().jurisdiction("US-ZZ").build();

        assertThatThrownBy(() -> CdsHooksServer.builder(configuration).insecureDevMode(true).build())
                .hasMessageContaining("jurisdiction: no profile 'US-ZZ'");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("cds-hooks.properties");
        Files.writeString(file, text);
        return file;
    }
}
