package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.RawParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One resource type of the test EHR's FHIR server, in memory: read, create, and search by the parameters the service
 * and the app use ({@code patient}/{@code subject}, {@code code}, {@code questionnaire}, {@code practitioner}; the
 * sort and count are left to the caller, which picks the newest itself).
 */
public final class InMemoryProvider<T extends Resource> implements IResourceProvider {
    private final Class<T> type;
    private final Map<String, T> store = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    InMemoryProvider(Class<T> type) {
        this.type = type;
    }

    @Override
    public Class<T> getResourceType() {
        return type;
    }

    void put(T resource) {
        store.put(resource.getIdElement().getIdPart(), resource);
    }

    List<T> all() {
        return new ArrayList<>(store.values());
    }

    @Read
    public T read(@IdParam IdType id) {
        T resource = store.get(id.getIdPart());
        if (resource == null) {
            throw new ResourceNotFoundException(id);
        }
        return resource;
    }

    @Create
    public MethodOutcome create(@ResourceParam T resource) {
        IdType id = new IdType(resource.fhirType(), "new-" + ids.incrementAndGet());
        resource.setId(id);
        store.put(id.getIdPart(), resource);
        return new MethodOutcome(id, true).setResource(resource);
    }

    @Search(allowUnknownParams = true)
    public List<T> search(@RawParam Map<String, List<String>> parameters) {
        return store.values().stream().filter(resource -> matches(resource, parameters)).toList();
    }

    private static boolean matches(Resource resource, Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String value = String.join(",", parameter.getValue());
            boolean ok = switch (parameter.getKey()) {
                case "patient", "subject" -> value.replaceFirst("^Patient/", "")
                        .equals(patient(resource).replaceFirst("^Patient/", ""));
                case "code" -> resource instanceof Observation observation && observation.getCode().getCoding()
                        .stream().anyMatch(coding -> List.of(value.split(","))
                                .contains(coding.getSystem() + "|" + coding.getCode()));
                case "questionnaire" -> resource instanceof QuestionnaireResponse response
                        && response.getQuestionnaire().split("\\|")[0].equals(value);
                case "practitioner" -> resource instanceof PractitionerRole role
                        && role.getPractitioner().getReference().endsWith("Practitioner/" + value);
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String patient(Resource resource) {
        for (String name : List.of("subject", "patient")) {
            var property = resource.getNamedProperty(name);
            if (property != null && property.hasValues() && property.getValues().get(0) instanceof Reference reference) {
                return String.valueOf(reference.getReference());
            }
        }
        return "";
    }
}
