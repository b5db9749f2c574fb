package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.needlesafe.cdshooks.fhir.Checklist;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/**
 * FHIR R4 test data for one patient (p1) and one microneedling order, and the CDS Hooks calls that carry them. The
 * baseline is clean: a dermatologist's cheek treatment at 1.0 mm, every screening answer known, nothing wrong.
 */
final class Fixtures {
    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String CHEEK = "60819002";
    static final String FOREHEAD = "52795006";

    private Fixtures() {
    }

    // --- resources -----------------------------------------------------------------------------------------------

    /** A draft microneedling order with a pen, planned at the given sites (SNOMED code, depth in mm). */
    static ServiceRequest order(String id, String... sitesAndDepths) {
        ServiceRequest order = new ServiceRequest();
        order.setId(id);
        order.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        order.setSubject(new Reference("Patient/p1"));
        order.setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING",
                "Microneedling")));
        order.addExtension(NeedlesafeFhir.DEVICE, new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", "Pen"));
        order.addExtension(NeedlesafeFhir.DEVICE_CLEARED, new BooleanType(true));
        order.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(false));
        for (int i = 0; i < sitesAndDepths.length; i += 2) {
            order.addBodySite(site(sitesAndDepths[i], sitesAndDepths[i + 1]));
        }
        return order;
    }

    static ServiceRequest cheeks() {
        return order("mn1", CHEEK, "1.0");
    }

    static CodeableConcept site(String snomed, String depthMm) {
        CodeableConcept site = new CodeableConcept(new Coding(SNOMED, snomed, null));
        site.addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(new BigDecimal(depthMm)).setUnit("mm")
                .setSystem("http://unitsofmeasure.org").setCode("mm"));
        return site;
    }

    static Patient patient() {
        Patient patient = new Patient();
        patient.setId("p1");
        patient.setBirthDateElement(new DateType("1990-03-14"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        return patient;
    }

    static Practitioner practitioner(String system, String code) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("u1");
        practitioner.addQualification().setCode(new CodeableConcept(new Coding(system, code, null)));
        return practitioner;
    }

    static Practitioner dermatologist() {
        return practitioner("http://nucc.org/provider-taxonomy", "207N00000X");
    }

    static PractitionerRole role(String credential) {
        PractitionerRole role = new PractitionerRole();
        role.setId("r1");
        role.setPractitioner(new Reference("Practitioner/u1"));
        role.addCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("credential"), credential, null)));
        return role;
    }

    static Condition condition(String snomed, String clinicalStatus, String... bodySites) {
        Condition condition = new Condition();
        condition.setId("c-" + snomed + "-" + clinicalStatus);
        condition.setSubject(new Reference("Patient/p1"));
        condition.setCode(new CodeableConcept(new Coding(SNOMED, snomed, null)));
        if (clinicalStatus != null) {
            condition.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", clinicalStatus, null)));
        }
        for (String site : bodySites) {
            condition.addBodySite(new CodeableConcept(new Coding(SNOMED, site, null)));
        }
        return condition;
    }

    static Observation observation(String loinc, String answerSystem, String answerCode, LocalDate when) {
        Observation observation = new Observation();
        observation.setId("o-" + loinc + "-" + when);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(LOINC, loinc, null)));
        observation.setEffective(new DateTimeType(when.toString()));
        observation.setValue(new CodeableConcept(new Coding(answerSystem, answerCode, null)));
        return observation;
    }

    static Observation notPregnant() {
        return observation("82810-3", SNOMED, "60001007", TODAY);
    }

    static Observation notBreastfeeding() {
        return observation("63895-7", LOINC, "LA32-8", TODAY);
    }

    /** A completed pre-procedure checklist for the order with every answer safe. */
    static QuestionnaireResponse checklist(String orderId) {
        QuestionnaireResponse checklist = new QuestionnaireResponse();
        checklist.setId("qr-" + orderId);
        checklist.setQuestionnaire(NeedlesafeFhir.CHECKLIST);
        checklist.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        checklist.setAuthoredElement(new DateTimeType(TODAY.toString()));
        checklist.addBasedOn(new Reference("ServiceRequest/" + orderId));
        QuestionnaireResponse.QuestionnaireResponseItemComponent setup = checklist.addItem().setLinkId("set-up");
        answer(checklist, Checklist.FITZPATRICK_TYPE, code("fitzpatrick-type", "II"));
        answer(checklist, Checklist.IMPLANTS, code("implant", Checklist.NONE));
        answer(checklist, Checklist.MICRONEEDLING_TRAINING, new BooleanType(true));
        answer(checklist, Checklist.YEARS_EXPERIENCE, new IntegerType(10));
        answer(checklist, Checklist.SUPERVISING_PHYSICIAN, new BooleanType(false));
        setup.addItem().setLinkId(Checklist.SETTING).addAnswer().setValue(code("setting", "MEDICAL_CLINIC"));
        setup.addItem().setLinkId(Checklist.NEEDLES).addAnswer()
                .setValue(new StringType("SINGLE_USE_STERILE_CARTRIDGE"));
        setup.addItem().setLinkId(Checklist.PACKAGING_INTACT).addAnswer().setValue(new BooleanType(true));
        setup.addItem().setLinkId(Checklist.DEVICE_BARRIER_SLEEVE).addAnswer().setValue(new BooleanType(true));
        setup.addItem().setLinkId(Checklist.SKIN_ANTISEPSIS).addAnswer().setValue(code("skin-antisepsis", "CHLORHEXIDINE"));
        setup.addItem().setLinkId(Checklist.GLOVES).addAnswer().setValue(new BooleanType(true));
        setup.addItem().setLinkId(Checklist.SHARPS_CONTAINER).addAnswer().setValue(new BooleanType(true));
        return checklist;
    }

    static void answer(QuestionnaireResponse checklist, String linkId, Type value) {
        checklist.getItem().removeIf(item -> item.getLinkId().equals(linkId));
        checklist.addItem().setLinkId(linkId).addAnswer().setValue(value);
    }

    static Coding code(String codeSystem, String code) {
        return new Coding(NeedlesafeFhir.codeSystem(codeSystem), code, null);
    }

    static Extension clearance(String kb, String by, String date) {
        Extension clearance = new Extension(NeedlesafeFhir.CLEARANCE);
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_KB, new StringType(kb));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_BY, code("clearing-role", by));
        clearance.addExtension(NeedlesafeFhir.CLEARANCE_DATE, new DateType(date));
        return clearance;
    }

    static Bundle bundle(Bundle.BundleType type, List<? extends Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setType(type);
        resources.forEach(resource -> bundle.addEntry().setResource(resource)
                .setFullUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart()));
        return bundle;
    }

    static JsonNode json(Resource resource) {
        try {
            return JSON.readTree(FHIR.newJsonParser().encodeResourceToString(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- calls ---------------------------------------------------------------------------------------------------

    /** A CDS Hooks call for patient p1 by user Practitioner/u1, with a full, clean prefetch. */
    static final class Call {
        String hook = "order-sign";
        String hookInstance = UUID.randomUUID().toString();
        String userId = "Practitioner/u1";
        List<Resource> draftOrders = new ArrayList<>();
        List<String> selections = new ArrayList<>();
        final Map<String, Object> prefetch = new LinkedHashMap<>();
        String fhirServer;
        String accessToken;

        Call(Resource... orders) {
            draftOrders.addAll(List.of(orders));
            prefetch.put("patient", patient());
            prefetch.put("conditions", search());
            prefetch.put("medicationRequests", search());
            prefetch.put("medicationStatements", search());
            prefetch.put("procedures", search());
            prefetch.put("allergies", search());
            prefetch.put("observations", search(notPregnant(), notBreastfeeding()));
            prefetch.put("practitioner", dermatologist());
            prefetch.put("practitionerRoles", search());
        }

        /** The baseline: the cheek order and its checklist. */
        static Call clean() {
            return new Call(cheeks(), checklist("mn1"));
        }

        Call select(String... references) {
            hook = "order-select";
            selections.addAll(List.of(references));
            return this;
        }

        /** Replaces a search prefetch with these resources. */
        Call with(String key, Resource... resources) {
            prefetch.put(key, search(resources));
            return this;
        }

        Call set(String key, Resource resource) {
            prefetch.put(key, resource);
            return this;
        }

        /** The EHR did not satisfy this template: the key is absent. */
        Call without(String key) {
            prefetch.remove(key);
            return this;
        }

        /** The EHR has no data for this template: the key is JSON null. */
        Call none(String key) {
            prefetch.put(key, null);
            return this;
        }

        String json() {
            ObjectNode call = JSON.createObjectNode();
            call.put("hook", hook);
            call.put("hookInstance", hookInstance);
            if (fhirServer != null) {
                call.put("fhirServer", fhirServer);
            }
            if (accessToken != null) {
                ObjectNode authorization = call.putObject("fhirAuthorization");
                authorization.put("access_token", accessToken);
                authorization.put("token_type", "Bearer");
                authorization.put("expires_in", 300);
                authorization.put("scope", "patient/*.read");
                authorization.put("subject", "needlesafe");
            }
            ObjectNode context = call.putObject("context");
            context.put("userId", userId);
            context.put("patientId", "p1");
            if (!selections.isEmpty()) {
                ArrayNode selected = context.putArray("selections");
                selections.forEach(selected::add);
            }
            context.set("draftOrders", Fixtures.json(bundle(Bundle.BundleType.COLLECTION, draftOrders)));
            ObjectNode prefetched = call.putObject("prefetch");
            prefetch.forEach((key, value) -> prefetched.set(key, value == null ? JSON.nullNode()
                    : Fixtures.json((Resource) value)));
            return call.toString();
        }
    }

    static Bundle search(Resource... resources) {
        return bundle(Bundle.BundleType.SEARCHSET, List.of(resources));
    }
}
