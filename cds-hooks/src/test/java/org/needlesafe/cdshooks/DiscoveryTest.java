package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.TestService.Response;

/** {@code GET /cds-services}: the two services and what they ask the EHR to prefetch. */
class DiscoveryTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void listsAnOrderSelectAndAnOrderSignService() {
        Response response = service.get("/cds-services");

        assertThat(response.status()).isEqualTo(200);
        JsonNode services = response.json().get("services");
        List<String> hooks = new ArrayList<>();
        services.forEach(described -> {
            hooks.add(described.get("hook").asText());
            assertThat(described.get("id").asText()).startsWith("needlesafe-microneedling-");
            assertThat(described.get("title").asText()).isNotBlank();
            assertThat(described.get("description").asText()).isNotBlank();
        });
        assertThat(hooks).containsExactly("order-select", "order-sign");
    }

    @Test
    void prefetchTemplatesUseTheSpecificationsTokens() {
        JsonNode prefetch = service.get("/cds-services").json().get("services").get(1).get("prefetch");

        assertThat(prefetch.get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(prefetch.get("conditions").asText()).isEqualTo("Condition?patient={{context.patientId}}");
        assertThat(prefetch.get("medicationRequests").asText()).contains("MedicationRequest?patient=");
        assertThat(prefetch.get("medicationStatements").asText()).contains("MedicationStatement?patient=");
        assertThat(prefetch.get("procedures").asText()).contains("Procedure?patient=");
        assertThat(prefetch.get("observations").asText()).contains("82810-3", "63895-7");
        assertThat(prefetch.get("practitioner").asText()).isEqualTo("Practitioner/{{userPractitionerId}}");
        assertThat(prefetch.get("practitionerRoles").asText())
                .isEqualTo("PractitionerRole?practitioner={{userPractitionerId}}");
        assertThat(prefetch.get("practitionerRole").asText()).isEqualTo("PractitionerRole/{{userPractitionerRoleId}}");
        prefetch.forEach(template -> assertThat(template.asText()).matches(".*\\{\\{(context\\.patientId|"
                + "userPractitionerId|userPractitionerRoleId)}}.*"));
    }
}
