package org.needlesafe.cdshooks.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * The EHR's record of the patient and the ordering user, as prefetched or fetched. A list is the EHR's answer to the
 * search (empty when it has none); {@code observations} is {@code null} when the client did not send that search,
 * which leaves pregnancy and breastfeeding unknown.
 *
 * @param patient           the Patient, or {@code null} when the EHR has none
 * @param practitioner      the current user's Practitioner, or {@code null}
 * @param checklists        pre-procedure checklists found by the {@code checklist} search (maybe empty)
 * @param included          every other resource that came with the searches (e.g. Medication, included Practitioner)
 * @param incomplete        the lists the EHR did not send whole, by prefetch key ({@code conditions}, ...), with why
 *                          (a page that could not be read, an error entry): each is unknown, never "none"
 */
public record PatientRecord(
        Patient patient,
        List<Condition> conditions,
        List<MedicationRequest> medicationRequests,
        List<MedicationStatement> medicationStatements,
        List<Procedure> procedures,
        List<AllergyIntolerance> allergies,
        List<Observation> observations,
        Practitioner practitioner,
        List<PractitionerRole> practitionerRoles,
        List<QuestionnaireResponse> checklists,
        List<Resource> included,
        Map<String, String> incomplete) {

    /** A record the EHR sent whole. */
    public PatientRecord(Patient patient, List<Condition> conditions, List<MedicationRequest> medicationRequests,
                         List<MedicationStatement> medicationStatements, List<Procedure> procedures,
                         List<AllergyIntolerance> allergies, List<Observation> observations, Practitioner practitioner,
                         List<PractitionerRole> practitionerRoles, List<QuestionnaireResponse> checklists,
                         List<Resource> included) {
        this(patient, conditions, medicationRequests, medicationStatements, procedures, allergies, observations,
                practitioner, practitionerRoles, checklists, included, Map.of());
    }

    public PatientRecord {
        conditions = List.copyOf(conditions);
        medicationRequests = List.copyOf(medicationRequests);
        medicationStatements = List.copyOf(medicationStatements);
        procedures = List.copyOf(procedures);
        allergies = List.copyOf(allergies);
        observations = observations == null ? null : List.copyOf(observations);
        practitionerRoles = List.copyOf(practitionerRoles);
        checklists = List.copyOf(checklists);
        included = List.copyOf(included);
        incomplete = Map.copyOf(incomplete);
    }

    /** Whether the list of this prefetch key is known whole. */
    public boolean complete(String key) {
        return !incomplete.containsKey(key);
    }
}
