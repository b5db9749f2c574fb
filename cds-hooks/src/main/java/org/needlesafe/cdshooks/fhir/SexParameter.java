package org.needlesafe.cdshooks.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.needlesafe.patient.SexForClinicalUse;

/**
 * The patient's sex parameter for clinical use, from the FHIR extension {@value #EXTENSION} (sub-extensions
 * {@code value} and {@code period}, codes of {@value #SYSTEM}). Administrative gender is never read. None, one whose
 * period has ended, an unknown code, or current ones that disagree: unknown ({@code null}).
 */
public final class SexParameter {
    public static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/patient-sexParameterForClinicalUse";
    public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/sex-parameter-for-clinical-use";

    private SexParameter() {
    }

    public static SexForClinicalUse of(Patient patient, LocalDate today) {
        if (patient == null) {
            return null;
        }
        SexForClinicalUse found = null;
        for (Extension extension : patient.getExtensionsByUrl(EXTENSION)) {
            Extension period = extension.getExtensionByUrl("period");
            if (period != null && period.getValue() instanceof Period value && FhirDates.endedBefore(value, today)) {
                continue;
            }
            Extension value = extension.getExtensionByUrl("value");
            SexForClinicalUse sex = value != null && value.getValue() instanceof CodeableConcept concept
                    ? code(concept) : null;
            if (sex == null || (found != null && found != sex)) {
                return null;
            }
            found = sex;
        }
        return found;
    }

    private static SexForClinicalUse code(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (SYSTEM.equals(coding.getSystem()) && coding.getCode() != null) {
                switch (coding.getCode()) {
                    case "female-typical": return SexForClinicalUse.FEMALE_TYPICAL;
                    case "male-typical": return SexForClinicalUse.MALE_TYPICAL;
                    case "specified": return SexForClinicalUse.SPECIFIED;
                    default: return null;
                }
            }
        }
        return null;
    }
}
