package org.needlesafe.cdshooks.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.needlesafe.cdshooks.terminology.TermTable;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.plan.Area;
import org.needlesafe.practitioner.Credential;

/**
 * Every FHIR-to-needlesafe mapping table, loaded once at start-up from {@code needlesafe/fhir/*.tsv} on the class
 * path plus any files the service configuration adds. A row whose needlesafe code is unknown, a malformed row or a
 * code mapped twice fails the start-up with every problem named by file and line.
 *
 * <p>Beyond exact codes it recognises what a record says by meaning: SNOMED CT codes through the VSAC value-set
 * expansions bundled as {@code <table>-vsac.tsv}, ICD-10-CM codes by their prefix in the public hierarchy, and, only
 * when no code is known, the ingredients an RxNorm-normalised medication name carries and the SNOMED CT naming of
 * disorders due to diabetes. A match by name is reported as such.
 */
public final class FhirMappings {
    /** The table names, as used in the configuration ({@code mappings.<name> = file}) and the resource file names. */
    public static final Set<String> TABLES = Set.of("conditions", "condition-status", "medications", "procedures",
            "body-sites", "credentials", "allergies", "observation-codes", "observation-answers",
            "condition-screening");
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

    public final CodeTable<ConditionCode> conditions;
    public final CodeTable<ConditionStatus> conditionStatus;
    public final CodeTable<MedicationTarget> medications;
    public final CodeTable<ProcedureCode> procedures;
    public final CodeTable<Area> bodySites;
    public final CodeTable<Credential> credentials;
    public final CodeTable<Allergy> allergies;
    public final CodeTable<ScreeningQuestion> observationCodes;
    public final CodeTable<Answer> observationAnswers;
    /** Conditions that answer a screening question yes while active (an active pregnancy: pregnant). */
    public final CodeTable<ScreeningQuestion> conditionScreening;
    final TermTable<ConditionCode> icd10Conditions;
    final TermTable<ScreeningQuestion> icd10Screening;
    final TermTable<ConditionCode> conditionNames;
    final TermTable<MedicationTarget> ingredientNames;

    /**
     * What a coded concept was recognised as.
     *
     * @param byName the text the codes were read from when no code was known (say so to the clinician), else
     *               {@code null}
     */
    public record Recognised<T>(Set<T> codes, String byName) {
        static <T> Recognised<T> byCode(Set<T> codes) {
            return new Recognised<>(codes, null);
        }

        public boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    /** The pregnancy and breastfeeding questions an Observation can answer (KB C-09). */
    public enum ScreeningQuestion { PREGNANT, BREASTFEEDING }

    /** An observed answer; {@code UNKNOWN} stays unknown. */
    public enum Answer { YES, NO, UNKNOWN }

    /**
     * What a medication counts as: {@code prescribed} when ordered (a MedicationRequest, or a statement based on one),
     * {@code selfMedicated} otherwise; {@code null} when it is not a screening item in that case.
     */
    public record MedicationTarget(MedicationCode prescribed, MedicationCode selfMedicated) {
        static MedicationTarget parse(String value) {
            String[] parts = value.split("/", -1);
            if (parts.length > 2) {
                throw new IllegalArgumentException(value);
            }
            MedicationCode prescribed = code(parts[0]);
            MedicationCode self = parts.length == 2 ? code(parts[1]) : prescribed;
            if (prescribed == null && self == null) {
                throw new IllegalArgumentException(value);
            }
            return new MedicationTarget(prescribed, self);
        }

        private static MedicationCode code(String part) {
            return part.strip().equals("-") ? null : MedicationCode.valueOf(part.strip());
        }

        public MedicationCode code(boolean isPrescribed) {
            return isPrescribed ? prescribed : selfMedicated;
        }
    }

    private FhirMappings(Loader loader) {
        conditions = loader.table("conditions", "condition", ConditionCode::valueOf, true);
        conditionStatus = loader.table("condition-status", "condition-status", ConditionStatus::valueOf, false);
        medications = loader.table("medications", "medication", MedicationTarget::parse, true);
        procedures = loader.table("procedures", "procedure", ProcedureCode::valueOf, false);
        bodySites = loader.table("body-sites", "area", Area::valueOf, true);
        credentials = loader.table("credentials", "credential", Credential::valueOf, false);
        allergies = loader.table("allergies", "allergy", Allergy::valueOf, false);
        observationCodes = loader.table("observation-codes", "screening-question", ScreeningQuestion::valueOf, false);
        observationAnswers = loader.table("observation-answers", "answer", Answer::valueOf, false);
        conditionScreening = loader.table("condition-screening", "screening-question", ScreeningQuestion::valueOf,
                false);
        icd10Conditions = loader.terms("icd10cm-conditions", ConditionCode::valueOf, true);
        icd10Screening = loader.terms("icd10cm-screening", ScreeningQuestion::valueOf, true);
        conditionNames = loader.terms("condition-names", ConditionCode::valueOf, false);
        ingredientNames = loader.terms("medication-ingredients", MedicationTarget::parse, false);
        if (!loader.problems.isEmpty()) {
            throw new IllegalArgumentException("FHIR mapping tables are invalid:\n  " + String.join("\n  ", loader.problems));
        }
    }

    /** A Condition.code: by code (SNOMED CT, ICD-10-CM prefix, the tables), else by the SNOMED CT name. */
    public Recognised<ConditionCode> condition(CodeableConcept concept) {
        Set<ConditionCode> codes = new LinkedHashSet<>(conditions.lookup(concept));
        codings(concept, ICD10CM).forEach(code -> icd10Conditions.byPrefix(code).ifPresent(codes::add));
        if (!codes.isEmpty() || concept == null) {
            return Recognised.byCode(codes);
        }
        return byName(concept, conditionNames);
    }

    /** The screening questions an active Condition with this code answers yes. */
    public Set<ScreeningQuestion> screening(CodeableConcept concept) {
        Set<ScreeningQuestion> answers = new LinkedHashSet<>(conditionScreening.lookup(concept));
        codings(concept, ICD10CM).forEach(code -> icd10Screening.byPrefix(code).ifPresent(answers::add));
        return answers;
    }

    /** A medication's code, else the ingredients its RxNorm-normalised name (text or display) carries. */
    public Recognised<MedicationTarget> medication(CodeableConcept concept) {
        Set<MedicationTarget> codes = medications.lookup(concept);
        if (!codes.isEmpty() || concept == null) {
            return Recognised.byCode(codes);
        }
        return byName(concept, ingredientNames);
    }

    private static <T> Recognised<T> byName(CodeableConcept concept, TermTable<T> names) {
        List<String> texts = new ArrayList<>();
        if (concept.hasText()) {
            texts.add(concept.getText());
        }
        concept.getCoding().stream().filter(Coding::hasDisplay).forEach(coding -> texts.add(coding.getDisplay()));
        for (String text : texts) {
            Set<T> found = names.valuesInText(text);
            if (!found.isEmpty()) {
                return new Recognised<>(found, text);
            }
        }
        return Recognised.byCode(Set.of());
    }

    private static List<String> codings(CodeableConcept concept, String system) {
        return concept == null ? List.of() : concept.getCoding().stream()
                .filter(coding -> system.equals(coding.getSystem()) && coding.hasCode())
                .map(Coding::getCode).toList();
    }

    /** The built-in tables only. */
    public static FhirMappings builtIn() {
        return load(Map.of());
    }

    /**
     * The built-in tables with the rows of extra files appended, by table name.
     *
     * @throws IllegalArgumentException naming every problem found
     */
    public static FhirMappings load(Map<String, Path> extraFiles) {
        List<String> unknown = new ArrayList<>();
        extraFiles.keySet().stream().filter(name -> !TABLES.contains(name)).sorted()
                .forEach(name -> unknown.add("mappings." + name + ": unknown table (known: "
                        + String.join(", ", TABLES.stream().sorted().toList()) + ")"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", unknown));
        }
        return new FhirMappings(new Loader(extraFiles));
    }

    private static final class Loader {
        private final Map<String, Path> extraFiles;
        private final List<String> problems = new ArrayList<>();

        Loader(Map<String, Path> extraFiles) {
            this.extraFiles = extraFiles;
        }

        <T> CodeTable<T> table(String file, String codeSystem, Function<String, T> target, boolean manyTargets) {
            CodeTable.Builder<T> builder = new CodeTable.Builder<>(codeSystem, target, manyTargets);
            String resource = "needlesafe/fhir/" + file + ".tsv";
            try (InputStream in = FhirMappings.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(resource + ": not on the class path");
                } else {
                    builder.read(resource, in);
                }
            } catch (IOException e) {
                problems.add(resource + ": cannot be read: " + e.getMessage());
            }
            String generated = "needlesafe/fhir/" + file + "-vsac.tsv";
            try (InputStream in = FhirMappings.class.getClassLoader().getResourceAsStream(generated)) {
                if (in != null) {
                    builder.read(generated, in);
                }
            } catch (IOException e) {
                problems.add(generated + ": cannot be read: " + e.getMessage());
            }
            Path extra = extraFiles.get(file);
            if (extra != null) {
                try (InputStream in = Files.newInputStream(extra)) {
                    builder.read(extra.toString(), in);
                } catch (IOException e) {
                    problems.add(extra + ": cannot be read: " + e.getMessage());
                }
            }
            problems.addAll(builder.problems());
            return builder.build();
        }

        <T> TermTable<T> terms(String file, Function<String, T> target, boolean prefixes) {
            String resource = "needlesafe/fhir/" + file + ".tsv";
            try (InputStream in = FhirMappings.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(resource + ": not on the class path");
                    return TermTable.names(resource, InputStream.nullInputStream(), target, new ArrayList<>());
                }
                return prefixes ? TermTable.prefixes(resource, in, target, problems)
                        : TermTable.names(resource, in, target, problems);
            } catch (IOException e) {
                problems.add(resource + ": cannot be read: " + e.getMessage());
                return TermTable.names(resource, InputStream.nullInputStream(), target, new ArrayList<>());
            }
        }
    }
}
