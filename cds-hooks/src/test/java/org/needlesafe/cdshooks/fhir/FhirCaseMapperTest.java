package org.needlesafe.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Setting;

/** FHIR R4 to TreatmentCase: what each resource becomes, and what stays unknown. */
class FhirCaseMapperTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final FhirCaseMapper MAPPER = new FhirCaseMapper(FhirMappings.builtIn(), 7);

    /** A record with every list reviewed and empty, and a dermatologist user. */
    private static final class Record {
        Patient patient = patient();
        final List<Condition> conditions = new ArrayList<>();
        final List<MedicationRequest> requests = new ArrayList<>();
        final List<MedicationStatement> statements = new ArrayList<>();
        final List<Procedure> procedures = new ArrayList<>();
        final List<AllergyIntolerance> allergies = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Practitioner practitioner = practitioner("http://nucc.org/provider-taxonomy", "207N00000X");
        final List<PractitionerRole> roles = new ArrayList<>();
        final List<QuestionnaireResponse> checklists = new ArrayList<>();
        final List<Resource> included = new ArrayList<>();

        PatientRecord build() {
            return new PatientRecord(patient, conditions, requests, statements, procedures, allergies, observations,
                    practitioner, roles, checklists, included);
        }
    }

    private static Patient patient() {
        Patient patient = new Patient();
        patient.setBirthDateElement(new DateType("1990-11-26"));
        return patient;
    }

    private static Practitioner practitioner(String system, String code) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("u1");
        practitioner.addQualification().setCode(new CodeableConcept(new Coding(system, code, null)));
        return practitioner;
    }

    private static ServiceRequest order() {
        ServiceRequest order = new ServiceRequest();
        order.setId("mn1");
        order.setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING", null)));
        order.addExtension(NeedlesafeFhir.DEVICE, new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", null));
        order.addBodySite(site("60819002", "1.0"));
        return order;
    }

    private static CodeableConcept site(String code, String depth) {
        CodeableConcept site = new CodeableConcept(new Coding(SNOMED, code, null));
        site.addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(new BigDecimal(depth)).setCode("mm"));
        return site;
    }

    private static MappedCase map(ServiceRequest order, Record record, Resource... draftOrders) {
        Bundle bundle = new Bundle();
        bundle.addEntry().setResource(order);
        for (Resource resource : draftOrders) {
            bundle.addEntry().setResource(resource);
        }
        return MAPPER.map(order, bundle, record.build(), TODAY, "US-CA");
    }

    private static TreatmentCase treatment(Record record) {
        MappedCase mapped = map(order(), record);
        assertThat(mapped.problems()).isEmpty();
        return mapped.treatment();
    }

    private static Condition condition(String system, String code, String clinical, String verification) {
        Condition condition = new Condition();
        condition.setCode(new CodeableConcept(new Coding(system, code, "a condition")));
        if (clinical != null) {
            condition.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, null)));
        }
        if (verification != null) {
            condition.setVerificationStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, null)));
        }
        return condition;
    }

    @Test
    void theAgeIsTheAgeOnTheAssessmentDay() {
        assertThat(treatment(new Record()).patient().ageYears()).isEqualTo(35);
    }

    @Test
    void aPatientWithoutABirthDateCannotBeAssessed() {
        Record record = new Record();
        record.patient = new Patient();

        assertThat(map(order(), record).problems())
                .containsExactly(new Problem("Patient.birthDate", "required (the patient's age)"));
    }

    @ParameterizedTest
    @CsvSource({"active, ACTIVE", "recurrence, ACTIVE", "relapse, ACTIVE", "remission, CONTROLLED",
            "inactive, HISTORY", "resolved, HISTORY"})
    void clinicalStatusBecomesTheConditionStatus(String clinical, ConditionStatus expected) {
        Record record = new Record();
        record.conditions.add(condition(SNOMED, "1475003", clinical, "confirmed"));

        assertThat(treatment(record).patient().conditions()).singleElement()
                .satisfies(condition -> {
                    assertThat(condition.code()).isEqualTo(ConditionCode.HERPES_SIMPLEX);
                    assertThat(condition.status()).isEqualTo(expected);
                });
    }

    @Test
    void aConditionWithoutClinicalStatusCountsAsActive() {
        Record record = new Record();
        record.conditions.add(condition(SNOMED, "9014002", null, null));

        assertThat(treatment(record).patient().conditions().get(0).status()).isEqualTo(ConditionStatus.ACTIVE);
    }

    @ParameterizedTest
    @CsvSource({"refuted", "entered-in-error"})
    void refutedOrMistakenConditionsAreDropped(String verification) {
        Record record = new Record();
        record.conditions.add(condition(SNOMED, "1475003", "active", verification));

        assertThat(treatment(record).patient().conditions()).isEmpty();
    }

    @Test
    void aProvisionalDiagnosisStillCounts() {
        Record record = new Record();
        record.conditions.add(condition(SNOMED, "1475003", "active", "provisional"));

        assertThat(treatment(record).patient().conditions()).hasSize(1);
    }

    @Test
    void bodySitesBecomeAreasAndTheFaceIsEveryFacialArea() {
        Record record = new Record();
        Condition face = condition(SNOMED, "9014002", "active", null);
        face.addBodySite(new CodeableConcept(new Coding(SNOMED, "89545001", null)));
        Condition unknownSite = condition(SNOMED, "56727007", "active", null);
        unknownSite.addBodySite(new CodeableConcept(new Coding(SNOMED, "52795006", null)));
        unknownSite.addBodySite(new CodeableConcept(new Coding(SNOMED, "999", "somewhere")));
        record.conditions.add(face);
        record.conditions.add(unknownSite);

        var conditions = treatment(record).patient().conditions();

        assertThat(conditions.get(0).areas()).containsExactlyInAnyOrder(Area.FOREHEAD, Area.EYELID, Area.PERIORBITAL,
                Area.NOSE, Area.CHEEKS, Area.PERIORAL, Area.CHIN);
        assertThat(conditions.get(1).areas()).as("a site no table knows could be anywhere: whole case").isEmpty();
    }

    @Test
    void unrecognisedCodesAreListedNotGuessed() {
        Record record = new Record();
        record.conditions.add(condition(SNOMED, "38341003", "active", null));

        MappedCase mapped = map(order(), record);

        assertThat(mapped.treatment().patient().conditions()).isEmpty();
        assertThat(mapped.notChecked()).containsExactly(new NotChecked(NotChecked.Kind.ACTIVE_CONDITION, "Condition: a condition"));
    }

    private static MedicationRequest request(String rxnorm, MedicationRequest.MedicationRequestStatus status) {
        MedicationRequest request = new MedicationRequest();
        request.setStatus(status);
        request.setMedication(new CodeableConcept(new Coding(RXNORM, rxnorm, null)));
        return request;
    }

    @Test
    void anActiveAnticoagulantPrescriptionIsCurrent() {
        Record record = new Record();
        record.requests.add(request("11289", MedicationRequest.MedicationRequestStatus.ACTIVE));

        assertThat(treatment(record).patient().medications()).singleElement().satisfies(medication -> {
            assertThat(medication.code()).isEqualTo(MedicationCode.ANTICOAGULANT);
            assertThat(medication.status()).isEqualTo(MedicationStatus.CURRENT);
        });
    }

    @Test
    void aStoppedPrescriptionKeepsItsLastDayAndAnUnknownOneStaysUnknown() {
        Record record = new Record();
        MedicationRequest isotretinoin = request("6064", MedicationRequest.MedicationRequestStatus.COMPLETED);
        isotretinoin.addDosageInstruction().getTiming().getRepeat()
                .setBounds(new Period().setStartElement(new DateTimeType("2026-01-01"))
                        .setEndElement(new DateTimeType("2026-07-15")));
        record.requests.add(isotretinoin);
        record.requests.add(request("32968", MedicationRequest.MedicationRequestStatus.STOPPED));

        var medications = treatment(record).patient().medications();

        assertThat(medications).extracting(m -> m.code() + " " + m.status() + " " + m.lastTakenDate())
                .containsExactlyInAnyOrder("ISOTRETINOIN STOPPED 2026-07-15", "ANTIPLATELET STOPPED null");
    }

    @Test
    void cancelledAndDraftPrescriptionsAreNotTaken() {
        Record record = new Record();
        record.requests.add(request("11289", MedicationRequest.MedicationRequestStatus.CANCELLED));
        record.requests.add(request("11289", MedicationRequest.MedicationRequestStatus.DRAFT));

        assertThat(treatment(record).patient().medications()).isEmpty();
    }

    @Test
    void aspirinIsAnAntiplateletWhenPrescribedAndASupplementWhenSelfMedicated() {
        Record prescribed = new Record();
        prescribed.requests.add(request("1191", MedicationRequest.MedicationRequestStatus.ACTIVE));
        Record self = new Record();
        MedicationStatement statement = new MedicationStatement();
        statement.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(new CodeableConcept(new Coding(RXNORM, "1191", null)));
        self.statements.add(statement);
        Record ibuprofenPrescribed = new Record();
        ibuprofenPrescribed.requests.add(request("5640", MedicationRequest.MedicationRequestStatus.ACTIVE));

        assertThat(treatment(prescribed).patient().medications().get(0).code()).isEqualTo(MedicationCode.ANTIPLATELET);
        assertThat(treatment(self).patient().medications().get(0).code()).isEqualTo(MedicationCode.NSAID_OR_SUPPLEMENT);
        assertThat(treatment(ibuprofenPrescribed).patient().medications())
                .as("a prescribed NSAID is never advised to pause").isEmpty();
    }

    @Test
    void aMedicationReferenceIsResolvedToItsCode() {
        Record record = new Record();
        Medication apixaban = new Medication();
        apixaban.setId("med1");
        apixaban.setCode(new CodeableConcept(new Coding(RXNORM, "1364430", null)));
        MedicationRequest request = new MedicationRequest();
        request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setMedication(new Reference("#med1"));
        request.addContained(apixaban);
        record.requests.add(request);

        assertThat(treatment(record).patient().medications().get(0).code()).isEqualTo(MedicationCode.ANTICOAGULANT);
    }

    @Test
    void currentWinsOverStoppedForTheSameMedicine() {
        Record record = new Record();
        record.requests.add(request("11289", MedicationRequest.MedicationRequestStatus.STOPPED));
        record.requests.add(request("1364430", MedicationRequest.MedicationRequestStatus.ACTIVE));

        assertThat(treatment(record).patient().medications()).singleElement()
                .satisfies(medication -> assertThat(medication.status()).isEqualTo(MedicationStatus.CURRENT));
    }

    private static Procedure procedure(String code, String performed) {
        Procedure procedure = new Procedure();
        procedure.setId("pr1");
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        procedure.setCode(new CodeableConcept(new Coding(SNOMED, code, null)));
        if (performed != null) {
            procedure.setPerformed(new DateTimeType(performed));
        }
        return procedure;
    }

    @Test
    void recentProceduresAreDatedAndFutureOnesIgnored() {
        Record record = new Record();
        record.procedures.add(procedure("404909007", "2026-11-15T10:30:00Z"));
        record.procedures.add(procedure("108290001", "2026-12-01"));
        Procedure microneedling = procedure("x", "2026-10-20");
        microneedling.setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING", null)));
        record.procedures.add(microneedling);

        TreatmentCase treatment = treatment(record);

        assertThat(treatment.patient().recentProcedures()).extracting(RecentProcedure::code, RecentProcedure::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProcedureCode.NEUROTOXIN, LocalDate.of(2026, 11, 15)),
                        org.assertj.core.groups.Tuple.tuple(ProcedureCode.MICRONEEDLING, LocalDate.of(2026, 10, 20)));
        assertThat(treatment.plan().previousMicroneedlingDate()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aPartialDateReadsAsItsLastDay() {
        Record record = new Record();
        record.procedures.add(procedure("404909007", "2026-10"));

        assertThat(treatment(record).patient().recentProcedures().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aRecognisedProcedureWithoutADateIsAProblem() {
        Record record = new Record();
        record.procedures.add(procedure("404909007", null));

        assertThat(map(order(), record).problems()).singleElement().asString()
                .startsWith("Procedure/pr1.performed[x]: required to time a neurotoxin injection (");
    }

    @Test
    void activeAllergiesAreMappedAndResolvedOnesIgnored() {
        Record record = new Record();
        AllergyIntolerance lidocaine = new AllergyIntolerance();
        lidocaine.setCode(new CodeableConcept(new Coding(RXNORM, "6387", null)));
        AllergyIntolerance resolved = new AllergyIntolerance();
        resolved.setCode(new CodeableConcept(new Coding(RXNORM, "2358", null)));
        resolved.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "resolved", null)));
        record.allergies.add(lidocaine);
        record.allergies.add(resolved);

        assertThat(treatment(record).patient().allergies()).containsExactly(Allergy.TOPICAL_ANESTHETIC);
    }

    private static Observation observation(String loinc, LocalDate when, org.hl7.fhir.r4.model.Type value) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
        observation.setEffective(new DateTimeType(when.toString()));
        observation.setValue(value);
        return observation;
    }

    private static CodeableConcept answer(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    @Test
    void pregnancyAndBreastfeedingComeFromTheNewestRecentObservation() {
        Record record = new Record();
        record.observations.add(observation("82810-3", TODAY.minusDays(3), answer(SNOMED, "77386006")));
        record.observations.add(observation("82810-3", TODAY.minusDays(1), answer(SNOMED, "60001007")));
        record.observations.add(observation("63895-7", TODAY, new BooleanType(true)));

        var patient = treatment(record).patient();

        assertThat(patient.pregnant()).isFalse();
        assertThat(patient.breastfeeding()).isTrue();
    }

    @Test
    void anOldUnknownOrMissingObservationLeavesTheAnswerUnknown() {
        Record old = new Record();
        old.observations.add(observation("82810-3", TODAY.minusDays(8), answer(SNOMED, "60001007")));
        old.observations.add(observation("63895-7", TODAY, answer("http://loinc.org", "LA4489-6")));
        Record notSent = new Record();
        notSent.observations = null;

        assertThat(treatment(old).patient().pregnant()).isNull();
        assertThat(treatment(old).patient().breastfeeding()).isNull();
        assertThat(treatment(notSent).patient().pregnant()).isNull();
    }

    @Test
    void theMostQualifiedCredentialWinsAndExpiredQualificationsDoNotCount() {
        Record record = new Record();
        record.practitioner = practitioner("http://terminology.hl7.org/CodeSystem/v2-0360|2.7", "RN");
        record.practitioner.addQualification()
                .setCode(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0360|2.7", "MD", null)))
                .setPeriod(new Period().setEndElement(new DateTimeType("2020-01-01")));
        PractitionerRole role = new PractitionerRole();
        role.addSpecialty(new CodeableConcept(new Coding("http://nucc.org/provider-taxonomy", "363L00000X", null)));
        record.roles.add(role);

        assertThat(treatment(record).practitioner().credential()).isEqualTo(Credential.NURSE_PRACTITIONER);
    }

    @Test
    void thePerformerNamedOnTheOrderIsWhoIsChecked() {
        ServiceRequest order = order();
        Practitioner esthetician = practitioner(NeedlesafeFhir.codeSystem("credential"), "MASTER_ESTHETICIAN");
        esthetician.setId("e1");
        order.addPerformer(new Reference("Practitioner/e1"));

        MappedCase mapped = map(order, new Record(), esthetician);

        assertThat(mapped.treatment().practitioner().credential()).isEqualTo(Credential.MASTER_ESTHETICIAN);
    }

    @Test
    void noRecognisedCredentialIsAProblem() {
        Record record = new Record();
        record.practitioner = practitioner("http://example.org/local", "X");

        assertThat(map(order(), record).problems()).singleElement().asString().contains("no recognised credential");
    }

    @Test
    void theChecklistAnswersTheSetUpAndTheScreeningQuestions() {
        QuestionnaireResponse checklist = checklist();
        QuestionnaireResponse.QuestionnaireResponseItemComponent group = checklist.addItem().setLinkId("group");
        group.addItem().setLinkId(Checklist.SETTING).addAnswer().setValue(new StringType("MEDICAL_CLINIC"));
        checklist.addItem().setLinkId(Checklist.SKIN_ANTISEPSIS).addAnswer()
                .setValue(new Coding(NeedlesafeFhir.codeSystem("skin-antisepsis"), "ALCOHOL", null));
        checklist.addItem().setLinkId(Checklist.FITZPATRICK_TYPE).addAnswer().setValue(new StringType("IV"));
        checklist.addItem().setLinkId(Checklist.GLOVES).addAnswer().setValue(new BooleanType(false));
        checklist.addItem().setLinkId(Checklist.YEARS_EXPERIENCE).addAnswer().setValue(new IntegerType(3));
        QuestionnaireResponse.QuestionnaireResponseItemComponent implants = checklist.addItem()
                .setLinkId(Checklist.IMPLANTS);
        implants.addAnswer().setValue(new Coding(NeedlesafeFhir.codeSystem("implant"), "GOLD_THREADS", null));

        MappedCase mapped = map(order(), new Record(), checklist);

        TreatmentCase treatment = mapped.treatment();
        assertThat(treatment.setup().setting()).isEqualTo(Setting.MEDICAL_CLINIC);
        assertThat(treatment.setup().skinAntisepsis()).isEqualTo(Antisepsis.ALCOHOL);
        assertThat(treatment.setup().gloves()).isFalse();
        assertThat(treatment.setup().packagingIntact()).as("unanswered stays unknown").isNull();
        assertThat(treatment.patient().fitzpatrickType()).isEqualTo(FitzpatrickType.IV);
        assertThat(treatment.patient().implants()).extracting(i -> i.code()).containsExactly(ImplantCode.GOLD_THREADS);
        assertThat(treatment.practitioner().yearsExperience()).isEqualTo(3);
        assertThat(treatment.practitioner().microneedlingTraining()).isNull();
    }

    @Test
    void withoutAChecklistEveryAnswerIsUnknown() {
        TreatmentCase treatment = treatment(new Record());

        assertThat(treatment.setup().gloves()).isNull();
        assertThat(treatment.patient().fitzpatrickType()).isNull();
        assertThat(treatment.patient().implants()).isNull();
    }

    @Test
    void aChecklistFromTheRecordCountsOnlyOnTheDayItWasFilledIn() {
        Record yesterday = new Record();
        QuestionnaireResponse old = checklist();
        old.setAuthoredElement(new DateTimeType(TODAY.minusDays(1).toString()));
        old.addItem().setLinkId(Checklist.GLOVES).addAnswer().setValue(new BooleanType(true));
        yesterday.checklists.add(old);
        Record today = new Record();
        QuestionnaireResponse fresh = old.copy();
        fresh.setAuthoredElement(new DateTimeType(TODAY.toString()));
        today.checklists.add(fresh);

        assertThat(treatment(yesterday).setup().gloves()).isNull();
        assertThat(treatment(today).setup().gloves()).isTrue();
    }

    @Test
    void aWrongAnswerTypeOrCodeIsAProblem() {
        QuestionnaireResponse checklist = checklist();
        checklist.addItem().setLinkId(Checklist.GLOVES).addAnswer().setValue(new StringType("yes"));
        checklist.addItem().setLinkId(Checklist.NEEDLES).addAnswer().setValue(new StringType("SOMETIMES_CLEAN"));

        assertThat(map(order(), new Record(), checklist).problems()).hasSize(2)
                .anyMatch(problem -> problem.toString().contains("'gloves': expected a boolean answer"))
                .anyMatch(problem -> problem.toString().contains("'needles': expected a code of"));
    }

    private static QuestionnaireResponse checklist() {
        QuestionnaireResponse checklist = new QuestionnaireResponse();
        checklist.setQuestionnaire(NeedlesafeFhir.CHECKLIST + "|1.0");
        checklist.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        checklist.setAuthoredElement(new DateTimeType(TODAY.toString()));
        return checklist;
    }

    @Test
    void thePlanComesFromTheOrderAndItsExtensions() {
        ServiceRequest order = order();
        order.addBodySite(site("52795006", "0.5"));
        order.addExtension(NeedlesafeFhir.DEVICE_CLEARED, new BooleanType(true));
        order.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(true));
        Extension topical = new Extension(NeedlesafeFhir.TOPICAL);
        topical.addExtension(NeedlesafeFhir.TOPICAL_PRODUCT, new Coding(NeedlesafeFhir.codeSystem("topical-product"),
                "VITAMIN_C_SERUM", null));
        topical.addExtension(NeedlesafeFhir.TOPICAL_STERILE, new BooleanType(false));
        order.addExtension(topical);
        order.addReasonCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("indication"), "ACNE_SCARS", null)));
        order.addExtension(NeedlesafeFhir.JURISDICTION, new StringType("US-UT"));
        Extension clearance = new Extension(NeedlesafeFhir.CLEARANCE);
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_KB, new StringType("C-08"));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_BY, new org.hl7.fhir.r4.model.CodeType("PRESCRIBER"));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_DATE, new DateType("2026-11-20"));
        order.addExtension(clearance);

        MappedCase mapped = map(order, new Record());

        assertThat(mapped.problems()).isEmpty();
        TreatmentCase treatment = mapped.treatment();
        assertThat(treatment.jurisdiction()).isEqualTo("US-UT");
        assertThat(treatment.plan().device()).isEqualTo(Device.PEN);
        assertThat(treatment.plan().deviceCleared()).isTrue();
        assertThat(treatment.plan().topicalAnesthetic()).isTrue();
        assertThat(treatment.plan().indication()).hasToString("ACNE_SCARS");
        assertThat(treatment.plan().areas()).containsExactly(new PlannedArea(Area.CHEEKS, new BigDecimal("1.0")),
                new PlannedArea(Area.FOREHEAD, new BigDecimal("0.5")));
        assertThat(treatment.plan().topicals()).containsExactly(new Topical(TopicalProduct.VITAMIN_C_SERUM, false));
        assertThat(treatment.clearances()).containsExactly(new Clearance("C-08", ClearingRole.PRESCRIBER,
                LocalDate.of(2026, 11, 20)));
        assertThat(mapped.areaSites()).containsEntry(Area.CHEEKS, 0).containsEntry(Area.FOREHEAD, 1);
    }

    @Test
    void anOrderWithoutWhatThePlanNeedsNamesEachProblem() {
        ServiceRequest order = order();
        order.getExtension().clear();
        order.getBodySite().clear();
        CodeableConcept centimetres = new CodeableConcept(new Coding(SNOMED, "52795006", null));
        centimetres.addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(0.1).setCode("cm"));
        order.addBodySite(centimetres);
        order.addBodySite(new CodeableConcept(new Coding(SNOMED, "52795006", null)));
        order.addExtension(NeedlesafeFhir.DEVICE, new org.hl7.fhir.r4.model.CodeType("LASER"));

        assertThat(map(order, new Record()).problems()).containsExactlyInAnyOrder(
                new Problem("ServiceRequest/mn1.bodySite[0].extension[needle-depth]",
                        "expected a Quantity in millimetres (code 'mm')"),
                new Problem("ServiceRequest/mn1.bodySite[1].extension[needle-depth]", "required (the needle depth)"),
                new Problem("ServiceRequest/mn1.bodySite[1]", "forehead is already planned by bodySite[0]"),
                new Problem("ServiceRequest/mn1.extension[device]",
                        "expected a code of " + NeedlesafeFhir.codeSystem("device")));
    }

    @Test
    void microneedlingOrdersAreFoundByTheirCode() {
        ServiceRequest other = new ServiceRequest();
        other.setCode(new CodeableConcept(new Coding("http://loinc.org", "4548-4", null)));

        assertThat(MAPPER.microneedling(order())).isTrue();
        assertThat(MAPPER.microneedling(other)).isFalse();
    }
}
