package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
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
import org.needlesafe.cdshooks.fhir.PatientRecord;
import org.needlesafe.cdshooks.security.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the patient's record for a call: the prefetched data, and for each template the EHR did not satisfy, a
 * read from its FHIR server when the call carries {@code fhirServer} and {@code fhirAuthorization} for a server the
 * configuration allows. When required data is still missing the call is answered {@code 412 Precondition Failed}, as
 * CDS Hooks 2.0 says.
 */
final class RecordLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLoader.class);

    private final FhirFetcher fetcher;
    private final ObjectMapper json;

    RecordLoader(FhirContext fhir, ObjectMapper json) {
        this.fetcher = new FhirFetcher(fhir);
        this.json = json;
    }

    /**
     * @param fhirServers the FHIR servers this client may have the service read from; {@code null} in the insecure
     *                    development mode, where only servers on this machine are read
     */
    PatientRecord load(HookRequest request, List<String> fhirServers) {
        Map<String, Resource> found = new LinkedHashMap<>();
        request.prefetch().forEach((key, value) -> {
            if (CdsService.PREFETCH.containsKey(key)) {
                found.put(key, value.isNull() ? null : parse(key, value));
            }
        });
        Set<String> missing = new TreeSet<>(CdsService.PREFETCH.keySet());
        missing.removeAll(found.keySet());
        if (!missing.isEmpty() && fetchable(request, fhirServers)) {
            fetch(request, missing, found);
        }
        missing.removeAll(found.keySet());
        missing.retainAll(CdsService.REQUIRED);
        if (!missing.isEmpty()) {
            throw new ApiException(412, "required FHIR data is missing: prefetch " + String.join(", ", missing)
                    + " not provided, and the service cannot read it (it needs fhirServer and fhirAuthorization for"
                    + " a FHIR server it is configured to use)");
        }
        List<Resource> included = new ArrayList<>();
        return new PatientRecord(
                single(found, "patient", Patient.class),
                list(found, "conditions", Condition.class, included),
                list(found, "medicationRequests", MedicationRequest.class, included),
                list(found, "medicationStatements", MedicationStatement.class, included),
                list(found, "procedures", Procedure.class, included),
                list(found, "allergies", AllergyIntolerance.class, included),
                found.containsKey("observations") ? list(found, "observations", Observation.class, included) : null,
                single(found, "practitioner", Practitioner.class),
                list(found, "practitionerRoles", PractitionerRole.class, included),
                list(found, "checklist", QuestionnaireResponse.class, included),
                included);
    }

    private Resource parse(String key, JsonNode value) {
        try {
            return (Resource) fetcher.parser().parseResource(json.writeValueAsString(value));
        } catch (DataFormatException | ClassCastException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("prefetch." + key + ": not a FHIR R4 resource");
        }
    }

    private static boolean fetchable(HookRequest request, List<String> fhirServers) {
        if (request.fhirServer() == null || request.accessToken() == null) {
            return false;
        }
        URI server;
        try {
            server = URI.create(ServiceConfiguration.stripSlash(request.fhirServer()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!Urls.secureOrLoopback(server)) {
            return false;
        }
        return fhirServers == null ? Urls.loopback(server.getHost())
                : fhirServers.contains(server.toString());
    }

    private void fetch(HookRequest request, Set<String> missing, Map<String, Resource> found) {
        String base = ServiceConfiguration.stripSlash(request.fhirServer());
        String practitionerId = null;
        boolean practitionerResolved = false;
        for (String key : missing) {
            String template = CdsService.PREFETCH.get(key);
            if (template.contains("{{userPractitionerId}}") && !practitionerResolved) {
                practitionerId = practitionerId(request, base);
                practitionerResolved = true;
            }
            if (template.contains("{{userPractitionerId}}") && practitionerId == null) {
                continue;
            }
            String relative = template.replace("{{context.patientId}}", request.patientId())
                    .replace("{{userPractitionerId}}", String.valueOf(practitionerId));
            try {
                found.put(key, fetcher.get(base, relative, request.accessToken()));
            } catch (FhirFetcher.FetchFailed e) {
                LOG.info("FHIR read for prefetch key {} failed: {}", key, e.getMessage());
            }
        }
    }

    /** The user's Practitioner id: from context.userId, or the practitioner of the user's PractitionerRole. */
    private String practitionerId(HookRequest request, String base) {
        String[] user = request.userId().split("/");
        if (user[0].equals("Practitioner")) {
            return user[1];
        }
        try {
            if (fetcher.get(base, request.userId(), request.accessToken()) instanceof PractitionerRole role
                    && role.hasPractitioner() && role.getPractitioner().getReference() != null) {
                String[] reference = role.getPractitioner().getReference().split("/");
                String id = reference[reference.length - 1];
                return HookRequest.FHIR_ID.matcher(id).matches() ? id : null;
            }
        } catch (FhirFetcher.FetchFailed e) {
            LOG.info("FHIR read of the user's PractitionerRole failed: {}", e.getMessage());
        }
        return null;
    }

    private static <T extends Resource> T single(Map<String, Resource> found, String key, Class<T> type) {
        Resource resource = found.get(key);
        if (resource instanceof Bundle bundle) {
            resource = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(type::isInstance).findFirst().orElse(null);
        }
        if (resource != null && !type.isInstance(resource)) {
            throw ApiException.badRequest("prefetch." + key + ": expected a " + type.getSimpleName());
        }
        return type.cast(resource);
    }

    private static <T extends Resource> List<T> list(Map<String, Resource> found, String key, Class<T> type,
                                                     List<Resource> included) {
        Resource resource = found.get(key);
        List<T> list = new ArrayList<>();
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource item = entry.getResource();
                if (type.isInstance(item)) {
                    list.add(type.cast(item));
                } else if (item != null) {
                    included.add(item);
                }
            }
        } else if (type.isInstance(resource)) {
            list.add(type.cast(resource));
        } else if (resource != null) {
            throw ApiException.badRequest("prefetch." + key + ": expected a Bundle of " + type.getSimpleName());
        }
        return list;
    }
}
