package org.needlesafe.cdshooks.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 */
public final class FhirMappings {
    /** The table names, as used in the configuration ({@code mappings.<name> = file}) and the resource file names. */
    public static final Set<String> TABLES = Set.of("conditions", "condition-status", "medications", "procedures",
            "body-sites", "credentials", "allergies", "observation-codes", "observation-answers");

    public final CodeTable<ConditionCode> conditions;
    public final CodeTable<ConditionStatus> conditionStatus;
    public final CodeTable<MedicationTarget> medications;
    public final CodeTable<ProcedureCode> procedures;
    public final CodeTable<Area> bodySites;
    public final CodeTable<Credential> credentials;
    public final CodeTable<Allergy> allergies;
    public final CodeTable<ScreeningQuestion> observationCodes;
    public final CodeTable<Answer> observationAnswers;

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
        conditions = loader.table("conditions", "condition", ConditionCode::valueOf, false);
        conditionStatus = loader.table("condition-status", "condition-status", ConditionStatus::valueOf, false);
        medications = loader.table("medications", "medication", MedicationTarget::parse, false);
        procedures = loader.table("procedures", "procedure", ProcedureCode::valueOf, false);
        bodySites = loader.table("body-sites", "area", Area::valueOf, true);
        credentials = loader.table("credentials", "credential", Credential::valueOf, false);
        allergies = loader.table("allergies", "allergy", Allergy::valueOf, false);
        observationCodes = loader.table("observation-codes", "screening-question", ScreeningQuestion::valueOf, false);
        observationAnswers = loader.table("observation-answers", "answer", Answer::valueOf, false);
        if (!loader.problems.isEmpty()) {
            throw new IllegalArgumentException("FHIR mapping tables are invalid:\n  " + String.join("\n  ", loader.problems));
        }
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
    }
}
