package org.needlesafe.cdshooks.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.plan.Area;

/**
 * One microneedling order read into a case.
 *
 * @param order         the draft ServiceRequest
 * @param treatment     the case; {@code null} when {@code problems} is not empty
 * @param problems      why the order cannot be assessed, each with the FHIR element it is about (e.g.
 *                      {@code ServiceRequest/1.bodySite[0].extension[needle-depth]}); empty when it can
 * @param notChecked    EHR entries no mapping table knows, in record order, repeats included: they were not checked
 * @param readByName    entries recognised by their name rather than a code, each saying what it was read as
 * @param areaSites     for each planned area, the index of the ServiceRequest.bodySite it came from
 */
public record MappedCase(ServiceRequest order, TreatmentCase treatment, List<Problem> problems,
                         List<NotChecked> notChecked, List<String> readByName, Map<Area, Integer> areaSites) {

    public MappedCase {
        problems = List.copyOf(problems);
        notChecked = List.copyOf(notChecked);
        readByName = List.copyOf(readByName);
        areaSites = Map.copyOf(areaSites);
    }

    /** Whether an unrecognised entry may bear on today's treatment (an active medication or condition). */
    public boolean currentEntriesNotChecked() {
        return notChecked.stream().anyMatch(entry -> entry.kind().current());
    }

    public boolean assessable() {
        return problems.isEmpty();
    }
}
