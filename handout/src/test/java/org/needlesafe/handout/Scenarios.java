package org.needlesafe.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.ValidCase;
import org.needlesafe.json.CaseReader;

/** The example scenarios, assessed with the real rule pack: what the handout is written from. */
final class Scenarios {
    static final Path FOLDER = Path.of(System.getProperty("needlesafe.scenarios", "../examples/scenarios"));
    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.builder().build();
    private static final CaseReader READER = new CaseReader(ADVISOR);

    private Scenarios() {
    }

    /** An assessed scenario and its treatment day. */
    record Assessed(String file, Assessment assessment, java.time.LocalDate day) {
        String html(Handout handout, java.util.Locale language) {
            return handout.html(assessment, day, language);
        }
    }

    static Assessed assess(String file) {
        ValidCase valid = READER.readValid(FOLDER.resolve(file));
        return new Assessed(file, ADVISOR.assess(valid), valid.treatment().assessmentDate());
    }

    static List<Assessed> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .map(Scenarios::assess).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
