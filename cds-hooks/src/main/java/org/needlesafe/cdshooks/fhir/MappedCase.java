package org.needlesafe.cdshooks.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.TreatmentCase;
import org.needlesafe.plan.Area;

/**
 * One microneedling order read into a case.
 *
 * @param order         the draft ServiceRequest
 * @param treatment     the case; {@code null} when {@code problems} is not empty
 * @param problems      why the order cannot be assessed, each naming the FHIR element (e.g.
 *                      {@code ServiceRequest.bodySite[0]: needle-depth extension required}); empty when it can
 * @param notRecognised EHR entries no mapping table knows, by their text: they were not checked
 * @param areaSites     for each planned area, the index of the ServiceRequest.bodySite it came from
 */
public record MappedCase(ServiceRequest order, TreatmentCase treatment, List<String> problems,
                         List<String> notRecognised, Map<Area, Integer> areaSites) {

    public MappedCase {
        problems = List.copyOf(problems);
        notRecognised = List.copyOf(notRecognised);
        areaSites = Map.copyOf(areaSites);
    }

    public boolean assessable() {
        return problems.isEmpty();
    }
}
