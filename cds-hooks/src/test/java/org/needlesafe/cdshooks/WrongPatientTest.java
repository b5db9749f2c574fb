package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;

/** Data about another patient than {@code context.patientId} stops the check; it never feeds the rules. */
class WrongPatientTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static void assertStopped(JsonNode card, String resource) {
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText())
                .isEqualTo("Microneedling order mn1: safety check stopped — the record sent is for another patient");
        assertThat(card.get("detail").asText()).contains(resource).doesNotContain("MN-", "Decision:");
        assertThat(card.has("suggestions")).isFalse();
    }

    @Test
    void aPrefetchedPatientWhoIsSomeoneElseStopsTheCheck() {
        Patient other = Fixtures.patient();
        other.setId("p2");

        Response response = service.post(SIGN, Call.clean().set("patient", other).json());

        assertThat(response.status()).isEqualTo(200);
        assertStopped(response.json().get("cards").get(0), "Patient/p2: not the patient of this call");
        assertThat(service.audit.get(service.audit.size() - 1).details()).containsEntry("checkRun", "false");
    }

    @Test
    void aConditionOfAnotherPatientStopsTheCheck() {
        Condition theirs = Fixtures.condition("9014002", "remission");
        theirs.setSubject(new Reference("https://ehr.example.org/fhir/Patient/p2"));

        Response response = service.post(SIGN, Call.clean().with("conditions", theirs).json());

        assertStopped(response.json().get("cards").get(0),
                "Condition/c-9014002-remission.subject: refers to another subject than context.patientId");
    }

    @Test
    void anOrderForAnotherPatientIsStoppedAndTheOthersAreChecked() {
        ServiceRequest theirs = Fixtures.order("mn1", Fixtures.CHEEK, "1.0");
        theirs.setSubject(new Reference("Patient/p2"));
        ServiceRequest ours = Fixtures.order("mn2", Fixtures.CHEEK, "1.0");

        Response response = service.post(SIGN, new Call(theirs, ours, Fixtures.checklist("mn2")).json());

        assertThat(response.json().get("cards")).hasSize(2);
        assertStopped(response.json().get("cards").get(0), "ServiceRequest/mn1.subject");
        assertThat(response.json().get("cards").get(1).get("summary").asText())
                .startsWith("Microneedling order mn2: proceed");
    }

    @Test
    void theSamePatientByAnAbsoluteReferenceIsAccepted() {
        Condition ours = Fixtures.condition("9014002", "remission");
        ours.setSubject(new Reference("https://ehr.example.org/fhir/Patient/p1/_history/3"));

        JsonNode card = service.post(SIGN, Call.clean().with("conditions", ours).json()).json().get("cards").get(0);

        assertThat(card.get("indicator").asText()).isNotEqualTo("critical");
        assertThat(card.get("detail").asText()).contains("**Decision:");
    }
}
