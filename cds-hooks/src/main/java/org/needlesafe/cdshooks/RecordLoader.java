package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
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
 * configuration allows. A prefetch key holding an OperationOutcome (the EHR's prefetch failed) counts as not
 * provided. A search Bundle with a {@code next} page is completed from the server where allowed; a Bundle that cannot
 * be completed, or that carries an error OperationOutcome, leaves its list unknown (incomplete), never "none". When
 * required data is still missing the call is answered {@code 412 Precondition Failed}, as CDS Hooks 2.0 says.
 */
final class RecordLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLoader.class);

    private final FhirFetcher fetcher;

    RecordLoader(FhirContext fhir) {
        this.fetcher = new FhirFetcher(fhir);
    }

    /** What was gathered for one call: resources by prefetch key, and why each missing or partial key is so. */
    private static final class Gathered {
        final Map<String, Resource> found = new LinkedHashMap<>();
        final Map<String, String> notProvided = new TreeMap<>();
        final Map<String, String> readFailed = new TreeMap<>();
        final Map<String, String> incomplete = new TreeMap<>();
    }

    /**
     * @param fhirServers the FHIR servers this client may have the service read from; {@code null} in the insecure
     *                    development mode, where only servers on this machine are read
     */
    PatientRecord load(HookRequest request, List<String> fhirServers) {
        boolean fetchable = fetchable(request, fhirServers);
        String base = fetchable ? ServiceConfiguration.stripSlash(request.fhirServer()) : null;
        Gathered gathered = new Gathered();
        request.prefetch().forEach((key, value) -> {
            if (!CdsService.PREFETCH.containsKey(key)) {
                return;
            }
            Resource resource = value.isNull() ? null : parse(key, value);
            if (resource instanceof OperationOutcome) {
                gathered.notProvided.put(key, "the EHR reported that its prefetch failed (OperationOutcome)");
                return;
            }
            if (resource instanceof Bundle bundle && bundle.getLink(Bundle.LINK_NEXT) != null) {
                nextPages(key, bundle, base, request.accessToken(), gathered);
            }
            gathered.found.put(key, resource);
        });
        Set<String> missing = new TreeSet<>(CdsService.PREFETCH.keySet());
        missing.removeAll(gathered.found.keySet());
        if (!missing.isEmpty() && fetchable) {
            fetch(request, base, missing, gathered);
        }
        gathered.found.forEach((key, resource) -> {
            String error = errorEntry(resource);
            if (error != null) {
                gathered.incomplete.putIfAbsent(key, error);
            }
        });
        missing.removeAll(gathered.found.keySet());
        missing.retainAll(CdsService.required(request.userId()));
        if (gathered.found.containsKey("practitioner")) {
            missing.remove("practitionerRole");
        }
        if (!missing.isEmpty()) {
            throw new ApiException(412, preconditionFailed(missing, gathered, fetchable));
        }
        return record(request, gathered);
    }

    private PatientRecord record(HookRequest request, Gathered gathered) {
        Map<String, Resource> found = gathered.found;
        List<Resource> included = new ArrayList<>();
        List<PractitionerRole> roles = new ArrayList<>(list(found, "practitionerRoles", PractitionerRole.class, included));
        List<PractitionerRole> userRoles = list(found, "practitionerRole", PractitionerRole.class, included);
        roles.addAll(userRoles);
        Practitioner practitioner = single(found, "practitioner", Practitioner.class);
        if (practitioner == null) {
            practitioner = rolePractitioner(userRoles, included);
        }
        Map<String, String> incomplete = new LinkedHashMap<>(gathered.incomplete);
        if (!found.containsKey("observations") && gathered.notProvided.containsKey("observations")) {
            incomplete.put("observations", gathered.notProvided.get("observations"));
        }
        return new PatientRecord(
                single(found, "patient", Patient.class),
                list(found, "conditions", Condition.class, included),
                list(found, "medicationRequests", MedicationRequest.class, included),
                list(found, "medicationStatements", MedicationStatement.class, included),
                list(found, "procedures", Procedure.class, included),
                list(found, "allergies", AllergyIntolerance.class, included),
                found.containsKey("observations") ? list(found, "observations", Observation.class, included) : null,
                practitioner,
                roles,
                list(found, "checklist", QuestionnaireResponse.class, included),
                included,
                incomplete);
    }

    private static String preconditionFailed(Set<String> missing, Gathered gathered, boolean fetchable) {
        List<String> reasons = new ArrayList<>();
        for (String key : missing) {
            String why = gathered.readFailed.containsKey(key)
                    ? "the service's read of it from fhirServer failed (" + gathered.readFailed.get(key) + ")"
                    : gathered.notProvided.getOrDefault(key, "not provided");
            reasons.add("prefetch " + key + ": " + why);
        }
        return "required FHIR data is missing: " + String.join("; ", reasons)
                + (fetchable ? "" : "; the service cannot read it itself (it needs fhirServer and"
                + " fhirAuthorization for a FHIR server it is configured to use)");
    }

    /** Completes a prefetched search Bundle from the server, or marks its list incomplete. */
    private void nextPages(String key, Bundle bundle, String base, String token, Gathered gathered) {
        if (base == null) {
            gathered.incomplete.put(key, "the EHR sent the first page of a paged search, and the service cannot read"
                    + " the others (no fhirServer it may read)");
            return;
        }
        try {
            fetcher.readNextPages(bundle, base, token);
        } catch (FhirFetcher.FetchFailed e) {
            LOG.info("FHIR read of the next pages of prefetch key {} failed: {}", key, e.getMessage());
            gathered.incomplete.put(key, "the next pages of a paged search could not be read (" + e.getMessage() + ")");
        }
    }

    /** Why a search Bundle is not whole (an error OperationOutcome entry), or {@code null}. */
    private static String errorEntry(Resource resource) {
        if (!(resource instanceof Bundle bundle)) {
            return null;
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof OperationOutcome outcome && outcome.getIssue().stream()
                    .anyMatch(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                            || issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)) {
                return "the search reported an error (an OperationOutcome entry), so the list may be partial";
            }
        }
        return null;
    }

    private Resource parse(String key, JsonNode value) {
        try {
            return (Resource) FhirJson.parse(fetcher.parser(), value);
        } catch (DataFormatException | ClassCastException e) {
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
        if (!Urls.secureOrLoopback(server) || server.getHost() == null) {
            return false;
        }
        return fhirServers == null ? Urls.loopback(server.getHost())
                : fhirServers.contains(server.toString());
    }

    private void fetch(HookRequest request, String base, Set<String> missing, Gathered gathered) {
        String[] user = request.userId().split("/");
        String roleId = user[0].equals("PractitionerRole") ? user[1] : null;
        // The user's role comes first: a PractitionerRole user's practitioner is found through it.
        if (roleId != null && missing.contains("practitionerRole")) {
            read(request, base, "practitionerRole", roleId, null, gathered);
        }
        String practitionerId = user[0].equals("Practitioner") ? user[1] : rolePractitionerId(gathered);
        for (String key : missing) {
            if (!key.equals("practitionerRole")) {
                read(request, base, key, roleId, practitionerId, gathered);
            }
        }
    }

    private void read(HookRequest request, String base, String key, String roleId, String practitionerId,
                      Gathered gathered) {
        String template = CdsService.PREFETCH.get(key);
        if ((template.contains("{{userPractitionerId}}") && practitionerId == null)
                || (template.contains("{{userPractitionerRoleId}}") && roleId == null)) {
            return;
        }
        String relative = template.replace("{{context.patientId}}", request.patientId())
                .replace("{{userPractitionerId}}", String.valueOf(practitionerId))
                .replace("{{userPractitionerRoleId}}", String.valueOf(roleId));
        try {
            Resource resource = fetcher.get(base, relative, request.accessToken());
            if (resource instanceof OperationOutcome) {
                gathered.readFailed.put(key, "the server answered an OperationOutcome");
                return;
            }
            gathered.found.put(key, resource);
            gathered.notProvided.remove(key);
        } catch (FhirFetcher.FetchFailed e) {
            LOG.info("FHIR read for prefetch key {} failed: {}", key, e.getMessage());
            gathered.readFailed.put(key, e.getMessage());
        }
    }

    /** The id of the practitioner of the user's PractitionerRole, when it names one. */
    private static String rolePractitionerId(Gathered gathered) {
        for (PractitionerRole role : list(gathered.found, "practitionerRole", PractitionerRole.class, new ArrayList<>())) {
            if (role.hasPractitioner() && role.getPractitioner().getReference() != null) {
                String[] reference = role.getPractitioner().getReference().split("/");
                String id = reference[reference.length - 1];
                if (HookRequest.FHIR_ID.matcher(id).matches()) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The Practitioner of the user's role, from the same Bundle ({@code _include}). */
    private static Practitioner rolePractitioner(List<PractitionerRole> roles, List<Resource> included) {
        for (PractitionerRole role : roles) {
            String reference = role.getPractitioner().getReference();
            if (reference == null) {
                continue;
            }
            for (Resource resource : included) {
                if (resource instanceof Practitioner practitioner
                        && reference.endsWith("Practitioner/" + practitioner.getIdElement().getIdPart())) {
                    return practitioner;
                }
            }
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
                } else if (item != null && !(item instanceof OperationOutcome)) {
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
