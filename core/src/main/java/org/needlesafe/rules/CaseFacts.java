package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.needlesafe.TreatmentCase;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.patient.Patient;
import org.needlesafe.plan.TreatmentPlan;

/**
 * Turns a valid case into the facts the rules match: the patient, practitioner, set-up and plan records, one
 * {@link Fact} per list entry (which knows its JSON path), the unknown answers, the jurisdiction profile and the
 * clinic configuration. Built once per assessment; rules never re-derive dates, groups or paths.
 */
public final class CaseFacts {
    private CaseFacts() {
    }

    public static List<Object> of(TreatmentCase treatment, JurisdictionProfile profile,
                                  ClinicConfiguration configuration, List<UnknownAnswer> unknownAnswers) {
        LocalDate today = treatment.assessmentDate();
        Patient patient = treatment.patient();
        TreatmentPlan plan = treatment.plan();
        List<Object> facts = new ArrayList<>(32);
        facts.add(patient);
        facts.add(treatment.practitioner());
        facts.add(treatment.setup());
        facts.add(plan);
        facts.add(profile);
        facts.add(configuration);
        facts.add(new AssessmentDay(today));
        facts.addAll(unknownAnswers);
        if (patient.conditions() != null) {
            for (int i = 0; i < patient.conditions().size(); i++) {
                facts.add(ConditionFact.of(i, patient.conditions().get(i), today));
            }
        }
        if (patient.medications() != null) {
            for (int i = 0; i < patient.medications().size(); i++) {
                facts.add(MedicationFact.of(i, patient.medications().get(i), today));
            }
        }
        if (patient.allergies() != null) {
            for (int i = 0; i < patient.allergies().size(); i++) {
                facts.add(new AllergyFact(i, patient.allergies().get(i)));
            }
        }
        if (patient.recentProcedures() != null) {
            for (int i = 0; i < patient.recentProcedures().size(); i++) {
                facts.add(ProcedureFact.of(i, patient.recentProcedures().get(i), today));
            }
        }
        if (patient.implants() != null) {
            for (int i = 0; i < patient.implants().size(); i++) {
                facts.add(ImplantFact.of(i, patient.implants().get(i)));
            }
        }
        for (int i = 0; i < plan.areas().size(); i++) {
            facts.add(AreaFact.of(i, plan.areas().get(i)));
        }
        for (int i = 0; i < plan.topicals().size(); i++) {
            facts.add(new TopicalFact(i, plan.topicals().get(i).product(), plan.topicals().get(i).sterileForProcedure()));
        }
        if (plan.previousMicroneedlingDate() != null) {
            facts.add(new PreviousSession(plan.previousMicroneedlingDate(), today));
        }
        return facts;
    }
}
