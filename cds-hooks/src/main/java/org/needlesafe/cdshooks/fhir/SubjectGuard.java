package org.needlesafe.cdshooks.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Problem;

/**
 * The wrong-patient guard: every resource that describes a patient must describe the patient of the call
 * ({@code context.patientId}). A resource whose subject names another patient (or another kind of subject) stops the
 * check: its data never reaches the rules. A reference that names no {@code Type/id} (an identifier only, a
 * contained or {@code urn:} reference) cannot be compared and is accepted: it came from the EHR's search for this
 * patient.
 */
public final class SubjectGuard {
    private SubjectGuard() {
    }

    /** Each resource of the record about another subject, with the element that says so; empty when none. */
    public static List<Problem> problems(PatientRecord record, String patientId) {
        List<Problem> problems = new ArrayList<>();
        if (record.patient() != null && record.patient().getIdElement().hasIdPart()
                && !patientId.equals(record.patient().getIdElement().getIdPart())) {
            problems.add(FhirProblem.of("Patient/" + record.patient().getIdElement().getIdPart(),
                    "subject.otherPatient"));
        }
        check(problems, record.conditions(), Condition::getSubject, "subject", patientId);
        check(problems, record.medicationRequests(), MedicationRequest::getSubject, "subject", patientId);
        check(problems, record.medicationStatements(), MedicationStatement::getSubject, "subject", patientId);
        check(problems, record.procedures(), Procedure::getSubject, "subject", patientId);
        check(problems, record.allergies(), AllergyIntolerance::getPatient, "patient", patientId);
        if (record.observations() != null) {
            check(problems, record.observations(), Observation::getSubject, "subject", patientId);
        }
        check(problems, record.checklists(), QuestionnaireResponse::getSubject, "subject", patientId);
        return problems;
    }

    /** The order, and any checklist in the draft orders, about another subject; empty when none. */
    public static List<Problem> problems(ServiceRequest order, Bundle draftOrders, String patientId) {
        List<Problem> problems = new ArrayList<>();
        check(problems, List.of(order), ServiceRequest::getSubject, "subject", patientId);
        List<QuestionnaireResponse> checklists = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
            if (entry.getResource() instanceof QuestionnaireResponse response) {
                checklists.add(response);
            }
        }
        check(problems, checklists, QuestionnaireResponse::getSubject, "subject", patientId);
        return problems;
    }

    private static <T extends Resource> void check(List<Problem> problems, List<T> resources,
                                                   Function<T, Reference> subject, String element, String patientId) {
        for (T resource : resources) {
            Reference reference = subject.apply(resource);
            if (reference != null && other(reference.getReference(), patientId)) {
                problems.add(FhirProblem.of(resource.fhirType() + "/" + resource.getIdElement().getIdPart() + "." + element,
                        "subject.otherSubject"));
            }
        }
    }

    /** Whether a {@code [base/]Type/id[/_history/v]} reference names something other than this patient. */
    static boolean other(String reference, String patientId) {
        if (reference == null || reference.startsWith("#") || reference.startsWith("urn:")) {
            return false;
        }
        String[] parts = reference.split("/");
        int type = parts.length >= 4 && parts[parts.length - 2].equals("_history") ? parts.length - 4
                : parts.length - 2;
        if (type < 0) {
            return false;
        }
        return !parts[type].equals("Patient") || !parts[type + 1].equals(patientId);
    }
}
