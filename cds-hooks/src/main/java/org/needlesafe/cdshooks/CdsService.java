package org.needlesafe.cdshooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.needlesafe.cdshooks.cards.CardModel;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/** The two CDS services: the same check when a microneedling order is selected and when it is signed. */
public enum CdsService {
    ORDER_SELECT("needlesafe-microneedling-order-select", "order-select",
            "needlesafe microneedling safety check (order select)",
            "Checks a selected microneedling order (ServiceRequest) against the needlesafe rule pack: patient"
                    + " contraindications, timing, depth and scope of practice, sterile set-up and topicals."
                    + " Evaluates the orders named in context.selections."),
    ORDER_SIGN("needlesafe-microneedling-order-sign", "order-sign",
            "needlesafe microneedling safety check (order sign)",
            "Checks every draft microneedling order (ServiceRequest) about to be signed against the needlesafe"
                    + " rule pack, and suggests the changed order when the plan must change.");

    /**
     * The prefetch templates (CDS Hooks 2.0 prefetch tokens) shared by both services. Conditions, medications,
     * procedures, allergies, the patient and the user (their Practitioner, or for a PractitionerRole user that role)
     * are required: a list the EHR did not send cannot be read as "none".
     */
    public static final Map<String, String> PREFETCH;
    private static final Set<String> REQUIRED_RECORD = Set.of("patient", "conditions", "medicationRequests",
            "medicationStatements", "procedures", "allergies");

    static {
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch.put("patient", "Patient/{{context.patientId}}");
        prefetch.put("conditions", "Condition?patient={{context.patientId}}");
        prefetch.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}");
        prefetch.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}");
        prefetch.put("procedures", "Procedure?patient={{context.patientId}}");
        prefetch.put("allergies", "AllergyIntolerance?patient={{context.patientId}}");
        prefetch.put("observations", "Observation?patient={{context.patientId}}"
                + "&code=http://loinc.org|82810-3,http://loinc.org|63895-7&_sort=-date&_count=20");
        prefetch.put("practitioner", "Practitioner/{{userPractitionerId}}");
        prefetch.put("practitionerRole",
                "PractitionerRole?_id={{userPractitionerRoleId}}&_include=PractitionerRole:practitioner");
        prefetch.put("practitionerRoles", "PractitionerRole?practitioner={{userPractitionerId}}");
        prefetch.put("checklist", "QuestionnaireResponse?subject={{context.patientId}}&questionnaire="
                + NeedlesafeFhir.CHECKLIST + "&_sort=-authored&_count=5");
        PREFETCH = Collections.unmodifiableMap(prefetch);
    }

    /** What the service needs for the user {@code context.userId}: a Practitioner or PractitionerRole reference. */
    public static Set<String> required(String userId) {
        Set<String> required = new java.util.HashSet<>(REQUIRED_RECORD);
        required.add(userId.startsWith("PractitionerRole/") ? "practitionerRole" : "practitioner");
        return required;
    }

    private final String id;
    private final String hook;
    private final String title;
    private final String description;

    CdsService(String id, String hook, String title, String description) {
        this.id = id;
        this.hook = hook;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String hook() {
        return hook;
    }

    public static Optional<CdsService> byId(String id) {
        for (CdsService service : values()) {
            if (service.id.equals(id)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    /** What an EHR needs to do to use the checklist app the cards link to (docs/CHECKLIST-APP.md). */
    static final String USAGE_REQUIREMENTS = "A card that reports missing information the pre-procedure checklist"
            + " can answer links (type smart) to the checklist app, a SMART App Launch 2.0 EHR-launch app served by"
            + " this service at /checklist/launch (redirect URI /checklist/callback), when the service is configured"
            + " for the EHR. The checklist is also published as the FHIR Questionnaire"
            + " /fhir/Questionnaire/pre-procedure-checklist for EHRs that render Questionnaires themselves.";

    CardModel.Service discovery() {
        return new CardModel.Service(hook, title, description, id, PREFETCH, USAGE_REQUIREMENTS);
    }
}
