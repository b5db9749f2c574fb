package org.needlesafe.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.ProcedureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recognition by meaning: RxNorm products and names, ICD-10-CM prefixes, SNOMED CT value sets and names. */
class TerminologyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String LOCAL = "http://example.org/local-formulary";
    private static final FhirCaseMapper MAPPER = new FhirCaseMapper(FhirMappings.builtIn(), 7, 365);

    private final List<Condition> conditions = new ArrayList<>();
    private final List<MedicationRequest> requests = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();

    private MappedCase map() {
        ServiceRequest order = new ServiceRequest();
        order.setId("mn1");
        order.setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING", null)));
        order.addExtension(NeedlesafeFhir.DEVICE, new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", null));
        CodeableConcept cheek = new CodeableConcept(new Coding(SNOMED, "60819002", null));
        cheek.addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(BigDecimal.ONE).setCode("mm"));
        order.addBodySite(cheek);
        Patient patient = new Patient();
        patient.setBirthDateElement(new DateType("1980-01-01"));
        Practitioner user = new Practitioner();
        user.addQualification().setCode(new CodeableConcept(new Coding("http://nucc.org/provider-taxonomy",
                "207N00000X", null)));
        PatientRecord record = new PatientRecord(patient, conditions, requests, List.of(), procedures, List.of(),
                observations, user, List.of(), List.of(), List.of());
        Bundle draftOrders = new Bundle();
        draftOrders.addEntry().setResource(order);
        MappedCase mapped = MAPPER.map(order, draftOrders, record, TODAY, "DEFAULT");
        assertThat(mapped.problems()).isEmpty();
        return mapped;
    }

    private static MedicationRequest request(MedicationRequestStatus status, String system, String code, String name) {
        MedicationRequest request = new MedicationRequest();
        request.setStatus(status);
        request.setMedication(new CodeableConcept(new Coding(system, code, name)));
        return request;
    }

    private static Condition condition(String system, String code, String display, String clinical) {
        Condition condition = new Condition();
        condition.setCode(new CodeableConcept(new Coding(system, code, display)));
        condition.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, null)));
        return condition;
    }

    private List<MedicationCode> medicationCodes() {
        return map().treatment().patient().medications().stream().map(m -> m.code()).toList();
    }

    // --- medications ---------------------------------------------------------------------------------------------

    @Test
    void anRxNormProductCodeFromAPublishedValueSetIsReadByCode() {
        requests.add(request(MedicationRequestStatus.ACTIVE, RXNORM, "1114198", null));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().medications()).extracting(m -> m.code())
                .containsExactly(MedicationCode.ANTICOAGULANT);
        assertThat(mapped.readByName()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "prasugrel 10 MG Oral Tablet | ANTIPLATELET",
            "Clopidogrel 75 MG Oral Tablet [Plavix] | ANTIPLATELET",
            "warfarin sodium 5 MG Oral Tablet | ANTICOAGULANT",
            "0.4 ML enoxaparin sodium 100 MG/ML Prefilled Syringe | ANTICOAGULANT",
            "24 HR tacrolimus 1 MG Extended Release Oral Tablet | IMMUNOSUPPRESSANT",
            "oxaliplatin 5 MG/ML Injectable Solution | CHEMOTHERAPY",
            "adapalene 1 MG/ML Topical Gel | TOPICAL_RETINOID",
            "dronedarone 400 MG Oral Tablet [Multaq] | ANTIARRHYTHMIC",
            "{30 (aspirin 25 MG / dipyridamole 200 MG Extended Release Oral Capsule) } Pack | ANTIPLATELET"})
    void aProductNoTableKnowsIsReadByTheIngredientItsNameCarriesAndSaysSo(String name, MedicationCode expected) {
        requests.add(request(MedicationRequestStatus.ACTIVE, LOCAL, "X-1", name));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().medications()).extracting(m -> m.code()).containsExactly(expected);
        assertThat(mapped.readByName()).singleElement().asString().contains(name).contains("by its name");
        assertThat(mapped.notChecked()).isEmpty();
    }

    @Test
    void aNameWithoutAScreenedIngredientIsNotCheckedAndABrandAloneIsNotAnIngredient() {
        requests.add(request(MedicationRequestStatus.ACTIVE, RXNORM, "314076", "lisinopril 10 MG Oral Tablet"));
        requests.add(request(MedicationRequestStatus.ONHOLD, LOCAL, "Y", "Zolpidem 5 MG Oral Tablet [Aspirin-Free X]"));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().medications()).isEmpty();
        assertThat(mapped.notChecked()).extracting(NotChecked::kind)
                .containsOnly(NotChecked.Kind.ACTIVE_MEDICATION).hasSize(2);
    }

    @Test
    void aMedicationIsReadByItsIngredientCodes() {
        Medication product = new Medication();
        product.setId("m1");
        product.setCode(new CodeableConcept(new Coding(LOCAL, "house-blend", "House product")));
        product.addIngredient().setItem(new CodeableConcept(new Coding(RXNORM, "11289", "warfarin")));
        MedicationRequest request = new MedicationRequest();
        request.setStatus(MedicationRequestStatus.ACTIVE);
        request.setMedication(new Reference("#m1"));
        request.addContained(product);
        requests.add(request);

        assertThat(medicationCodes()).containsExactly(MedicationCode.ANTICOAGULANT);
    }

    @Test
    void aStoppedOrderWithoutAnEndLastsItsExpectedSupplyAndTooOldOrdersNoLongerCount() {
        MedicationRequest estimated = request(MedicationRequestStatus.STOPPED, RXNORM, "32968", null);
        estimated.setAuthoredOnElement(new DateTimeType("2026-09-01"));
        estimated.getDispenseRequest().setNumberOfRepeatsAllowed(1)
                .setExpectedSupplyDuration((Duration) new Duration().setValue(10).setCode("d"));
        requests.add(estimated);
        MedicationRequest unknown = request(MedicationRequestStatus.STOPPED, RXNORM, "6064", null);
        unknown.setAuthoredOnElement(new DateTimeType("2026-08-01"));
        requests.add(unknown);
        MedicationRequest ancient = request(MedicationRequestStatus.STOPPED, RXNORM, "11289", null);
        ancient.setAuthoredOnElement(new DateTimeType("2001-03-01"));
        requests.add(ancient);

        var medications = map().treatment().patient().medications();

        assertThat(medications).extracting(m -> m.code() + " " + m.status() + " " + m.lastTakenDate())
                .as("two fills of 10 days from 1 September; an order without an end stays unknown; one from 2001"
                        + " no longer counts")
                .containsExactlyInAnyOrder("ANTIPLATELET STOPPED 2026-09-21", "ISOTRETINOIN STOPPED null");
    }

    @Test
    void aStoppedOrderWhoseSupplyRunsPastTodayIsStillTaken() {
        MedicationRequest request = request(MedicationRequestStatus.STOPPED, RXNORM, "32968", null);
        request.setAuthoredOnElement(new DateTimeType("2026-11-01"));
        request.getDispenseRequest().setExpectedSupplyDuration((Duration) new Duration().setValue(1).setCode("mo"));
        requests.add(request);

        assertThat(map().treatment().patient().medications()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MedicationStatus.CURRENT));
    }

    // --- conditions ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "E11.22, DIABETES", "E1165, DIABETES", "O24.410, DIABETES", "C18.9, IMMUNOSUPPRESSION",
            "C50.911, IMMUNOSUPPRESSION", "C44.311, SKIN_CANCER", "C43.9, SKIN_CANCER", "B20, IMMUNOSUPPRESSION",
            "Z94.0, IMMUNOSUPPRESSION", "D68.51, BLEEDING_DISORDER", "D66, BLEEDING_DISORDER", "L40.0, PSORIASIS"})
    void icd10CmCodesAreReadByTheirPlaceInTheHierarchy(String code, ConditionCode expected) {
        conditions.add(condition(ICD10CM, code, "x", "active"));

        assertThat(map().treatment().patient().conditions()).extracting(c -> c.code()).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({"Z94.7", "Z79.4", "E78.5", "I10"})
    void icd10CmCodesOutsideTheMappedBranchesAreNotChecked(String code) {
        conditions.add(condition(ICD10CM, code, "x", "active"));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().conditions()).isEmpty();
        assertThat(mapped.notChecked()).extracting(NotChecked::kind).containsExactly(NotChecked.Kind.ACTIVE_CONDITION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "368581000119106 | Neuropathy due to type 2 diabetes mellitus | DIABETES",
            "254837009 | Malignant neoplasm of breast | IMMUNOSUPPRESSION",
            "109838007 | Overlapping malignant neoplasm of colon | IMMUNOSUPPRESSION",
            "372244006 | Malignant melanoma, stage III | SKIN_CANCER"})
    void snomedCodesAreReadThroughThePublishedValueSets(String code, String display, ConditionCode expected) {
        conditions.add(condition(SNOMED, code, display, "active"));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().conditions()).extracting(c -> c.code()).containsExactly(expected);
        assertThat(mapped.readByName()).isEmpty();
    }

    @Test
    void aDisorderDueToDiabetesIsReadByItsSnomedNameAndSaysSo() {
        conditions.add(condition(SNOMED, "127013003", "Disorder of kidney due to diabetes mellitus (disorder)", "active"));
        conditions.add(condition(SNOMED, "160303001", "Family history: Diabetes mellitus", "active"));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().conditions()).extracting(c -> c.code())
                .containsExactly(ConditionCode.DIABETES);
        assertThat(mapped.readByName()).singleElement().asString().contains("Disorder of kidney due to diabetes");
        assertThat(mapped.notChecked()).extracting(NotChecked::entry)
                .containsExactly("Condition: Family history: Diabetes mellitus");
    }

    @Test
    void anActivePregnancyConditionAnswersPregnantYesWhateverAnObservationSaid() {
        conditions.add(condition(SNOMED, "72892002", "Normal pregnancy", "active"));
        Observation notPregnant = new Observation();
        notPregnant.setStatus(Observation.ObservationStatus.FINAL);
        notPregnant.setCode(new CodeableConcept(new Coding("http://loinc.org", "82810-3", null)));
        notPregnant.setEffective(new DateTimeType("2026-11-25"));
        notPregnant.setValue(new CodeableConcept(new Coding(SNOMED, "60001007", null)));
        observations.add(notPregnant);

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().pregnant()).isTrue();
        assertThat(mapped.notChecked()).isEmpty();
    }

    @Test
    void aResolvedPregnancyOrAnIcdPregnancyCodeReadsAsTheCodeSays() {
        conditions.add(condition(SNOMED, "72892002", "Normal pregnancy", "resolved"));
        assertThat(map().treatment().patient().pregnant()).as("a past pregnancy says nothing about today").isNull();

        conditions.add(condition(ICD10CM, "Z34.02", "Supervision of normal first pregnancy", "active"));
        assertThat(map().treatment().patient().pregnant()).isTrue();
    }

    // --- procedures ----------------------------------------------------------------------------------------------

    @Test
    void aSpecificSurgeryIsASurgeryAndUnknownProceduresAreRankedByAge() {
        procedures.add(procedure("232717009", "Coronary artery bypass grafting", "2026-09-01"));
        procedures.add(procedure("710824005", "Assessment of health and social care needs", "2026-10-01"));
        procedures.add(procedure("710824005", "Assessment of health and social care needs", "2019-10-01"));

        MappedCase mapped = map();

        assertThat(mapped.treatment().patient().recentProcedures()).extracting(p -> p.code())
                .containsExactly(ProcedureCode.SURGERY);
        assertThat(mapped.notChecked()).extracting(NotChecked::kind)
                .containsExactly(NotChecked.Kind.RECENT_PROCEDURE, NotChecked.Kind.OLDER);
    }

    private static Procedure procedure(String code, String display, String performed) {
        Procedure procedure = new Procedure();
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(new CodeableConcept(new Coding(SNOMED, code, display)));
        procedure.setPerformed(new DateTimeType(performed));
        return procedure;
    }
}
