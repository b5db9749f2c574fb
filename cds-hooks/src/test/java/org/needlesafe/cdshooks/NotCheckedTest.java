package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;

/** Over HTTP: what no table recognises is listed, ranked and counted, and never yields "no concern". */
class NotCheckedTest {
    private static final String LOCAL = "http://example.org/local-formulary";
    private static TestService service;
    private static TestService listOnly;

    @BeforeAll
    static void start() {
        service = TestService.start();
        listOnly = TestService.start(configuration -> configuration.notCheckedIsPrecaution(false));
    }

    @AfterAll
    static void stop() {
        service.close();
        listOnly.close();
    }

    private static JsonNode card(TestService to, Call call) {
        Response response = to.post(SIGN, call.json());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("cards").get(0);
    }

    private static MedicationRequest medication(MedicationRequest.MedicationRequestStatus status, String name) {
        MedicationRequest request = new MedicationRequest();
        request.setId("m" + Math.abs(name.hashCode()) + status.toCode());
        request.setStatus(status);
        request.setSubject(new Reference("Patient/p1"));
        request.setMedication(new CodeableConcept(new Coding(LOCAL, "L-" + Math.abs(name.hashCode()), name)));
        return request;
    }

    private static Procedure procedure(String display, String performed) {
        Procedure procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setSubject(new Reference("Patient/p1"));
        procedure.setCode(new CodeableConcept(new Coding(Fixtures.SNOMED, "710824005", display)));
        procedure.setPerformed(new DateTimeType(performed));
        return procedure;
    }

    @Test
    void anUnrecognisedActiveMedicationOrConditionMakesAPrecautionNamingWhatToReview() {
        org.hl7.fhir.r4.model.Condition condition = Fixtures.condition("999999", "active");
        condition.getCode().setText("Rare local diagnosis");
        Call call = Call.clean()
                .with("medicationRequests", medication(MedicationRequest.MedicationRequestStatus.ACTIVE, "lisinopril 10 MG Oral Tablet"),
                        medication(MedicationRequest.MedicationRequestStatus.STOPPED, "lisinopril 10 MG Oral Tablet"))
                .with("conditions", condition)
                .with("procedures", procedure("Medication review", "2026-11-01"),
                        procedure("Medication review", "2026-10-01"), procedure("Dental cleaning", "2015-01-01"));

        JsonNode card = card(service, call);
        String detail = card.get("detail").asText();

        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText())
                .isEqualTo("Microneedling order mn1: proceed with precautions — review 2 active record entries not checked");
        assertThat(card.get("overrideReasons")).isNotEmpty();
        assertThat(detail).contains("**Not checked** (5 entries", "Active medications (1): MedicationRequest:"
                + " lisinopril 10 MG Oral Tablet", "Active conditions (1): Condition: Rare local diagnosis",
                "Recent procedures (1): Procedure: Medication review ×2",
                "Stopped medications, inactive conditions and older procedures (2)");
        assertThat(detail.indexOf("Active medications")).isLessThan(detail.indexOf("Active conditions"));
        assertThat(detail.indexOf("Active conditions")).isLessThan(detail.indexOf("Recent procedures"));
        assertThat(detail).doesNotContain("Dental cleaning");
    }

    @Test
    void unrecognisedProceduresAloneAreListedButDoNotHoldTheCard() {
        Call call = Call.clean().with("procedures", procedure("Medication review", "2026-11-01"));

        JsonNode card = card(service, call);

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.get("detail").asText()).contains("Recent procedures (1)");
    }

    @Test
    void aClinicWithCompleteMappingsCanListThemWithoutThePrecaution() {
        Call call = Call.clean().with("medicationRequests",
                medication(MedicationRequest.MedicationRequestStatus.ACTIVE, "lisinopril 10 MG Oral Tablet"));

        JsonNode card = card(listOnly, call);

        assertThat(card.get("indicator").asText()).isEqualTo("info");
        assertThat(card.get("detail").asText()).contains("Active medications (1)");
    }

    @Test
    void aMedicationReadByNameIsAssessedAndTheCardSaysHowItWasRead() {
        Resource prasugrel = medication(MedicationRequest.MedicationRequestStatus.ACTIVE, "prasugrel 10 MG Oral Tablet [Effient]");
        Call call = Call.clean().with("medicationRequests", prasugrel);

        JsonNode card = card(service, call);

        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("detail").asText()).contains("· KB C-08", "**Recognised by name**",
                "prasugrel 10 MG Oral Tablet \\[Effient\\]' read as ANTIPLATELET by its name")
                .doesNotContain("**Not checked**");
    }
}
