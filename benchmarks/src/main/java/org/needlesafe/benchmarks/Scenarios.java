package org.needlesafe.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.json.CaseReader;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.PlannedArea;

/**
 * The cases the benchmarks assess: the example scenarios (copied into the jar at build time, read with the JSON
 * module's {@link CaseReader}), and synthetic cases of a chosen size grown from the clean scenario.
 */
public final class Scenarios {
    /** Where the build puts {@code examples/scenarios/*.json} inside the jar. */
    static final String FOLDER = "needlesafe-bench/scenarios";
    /** The clean baseline: every synthetic case starts from it. */
    static final String CLEAN = "01-clean-proceed.json";

    private Scenarios() {
    }

    /** Every example scenario, in file-name order (a mix of every decision). */
    public static List<TreatmentCase> all(SafetyAdvisor advisor) {
        CaseReader reader = new CaseReader(advisor);
        List<TreatmentCase> cases = new ArrayList<>();
        for (String name : names()) {
            cases.add(read(reader, name));
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no scenarios under " + FOLDER + ": was the jar built by Maven?");
        }
        return cases;
    }

    /** Every example scenario's file as bytes, in file-name order: the input of the JSON doorway. */
    public static List<byte[]> documents() {
        List<byte[]> documents = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = Scenarios.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
                documents.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    /**
     * JSON Lines of the example scenarios, round robin to {@code count} lines: each scenario compacted to one line,
     * since the files are written over several.
     */
    public static List<String> jsonLines(int count) {
        ObjectMapper json = new ObjectMapper();
        List<String> scenarios = new ArrayList<>();
        try {
            for (byte[] document : documents()) {
                scenarios.add(json.readTree(document).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(scenarios.get(i % scenarios.size()));
        }
        return lines;
    }

    /** One example scenario by file name, e.g. {@code 01-clean-proceed.json}. */
    public static TreatmentCase named(SafetyAdvisor advisor, String name) {
        return read(new CaseReader(advisor), name);
    }

    /**
     * The clean scenario grown to the given size: the first {@code areas} areas of the body (all at 0.5 mm, in the
     * contract's order), and {@code entries} conditions and {@code entries} medications, a deterministic mix of
     * codes and statuses (histories, controlled and active conditions; current and long-stopped medications), so
     * that the rules match, join and raise findings as real cases do.
     */
    public static TreatmentCase sized(SafetyAdvisor advisor, int areas, int entries) {
        if (areas < 1 || areas > Area.values().length) {
            throw new IllegalArgumentException("areas must be between 1 and " + Area.values().length + ", was " + areas);
        }
        TreatmentCase clean = named(advisor, CLEAN);
        LocalDate today = clean.assessmentDate();
        List<PlannedArea> planned = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            planned.add(PlannedArea.of(Area.values()[i], "0.5"));
        }
        ConditionCode[] codes = ConditionCode.values();
        ConditionStatus[] statuses = {ConditionStatus.HISTORY, ConditionStatus.CONTROLLED, ConditionStatus.HISTORY,
            ConditionStatus.ACTIVE};
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            Set<Area> where = i % 3 == 0 ? Set.of() : Set.of(Area.values()[i % Area.values().length]);
            conditions.add(new Condition(codes[(i * 7) % codes.length], statuses[i % statuses.length], where,
                    i % 2 == 0 ? null : today.minusMonths(i)));
        }
        MedicationCode[] medicines = MedicationCode.values();
        List<Medication> medications = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            MedicationCode code = medicines[(i * 5) % medicines.length];
            medications.add(i % 2 == 0 ? Medication.current(code) : Medication.stopped(code, today.minusYears(2)));
        }
        return clean.toBuilder()
                .patient(clean.patient().toBuilder().conditions(conditions).medications(medications).build())
                .plan(clean.plan().toBuilder().areas(planned).build())
                .build();
    }

    private static TreatmentCase read(CaseReader reader, String name) {
        String resource = "/" + FOLDER + "/" + name;
        try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no scenario " + resource + " in the jar");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario file names, listed from the folder or jar the class was loaded from. */
    static List<String> names() {
        URL folder = Scenarios.class.getResource("/" + FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.getPath(FOLDER));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
