package org.needlesafe.embedder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The example scenarios' expected decisions, and the decisions a {@link CorpusRun} printed. */
final class Scenarios {
    private Scenarios() {
    }

    /** The folder of the example scenarios. */
    static Path folder() {
        return EmbedderClassPath.root().resolve("examples/scenarios");
    }

    /** Each scenario file's expected decision, by file name. */
    static Map<String, String> expectedDecisions() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, String> expected = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode scenario = mapper.readTree(file.toFile());
                expected.put(file.getFileName().toString(), scenario.path("expected").path("decision").asText());
            }
        }
        return expected;
    }

    /** The decisions of a {@link CorpusRun}'s output, by file name. */
    static Map<String, String> decisions(String corpusRunOutput) {
        Map<String, String> actual = new LinkedHashMap<>();
        corpusRunOutput.lines().map(line -> line.split(" ")).forEach(words -> actual.put(words[0], words[1]));
        return actual;
    }
}
