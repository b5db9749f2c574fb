package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar that {@code bin/needlesafe} runs, run as a separate {@code java -jar} process: proof that the
 * packaged artifact carries the rule pack (kmodule.xml, DRL, profiles), Drools' merged service files and a quiet
 * logger. Runs in the integration-test phase, after the jar is built.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("needlesafe.jar", "target/needlesafe.jar"));

    @Test
    void assessesTheScenariosAndReportsTheInvalidExample() throws Exception {
        Result result = java("assess", "--format", "json", Cli.SCENARIOS.toString(), Cli.INVALID.toString());

        assertThat(result.status()).isEqualTo(2);
        List<String> lines = result.out().lines().toList();
        long scenarios;
        try (var files = Files.list(Cli.SCENARIOS)) {
            scenarios = files.filter(file -> file.toString().endsWith(".json")).count();
        }
        assertThat(lines).hasSize((int) scenarios + 1);
        for (String line : lines.subList(0, lines.size() - 1)) {
            JsonNode assessment = Cli.parse(line);
            assertThat(assessment.get("formatVersion").asText()).isEqualTo("1");
            assertThat(assessment.get("rulesetVersion").asText()).isNotBlank();
        }
        assertThat(Cli.parse(lines.get(lines.size() - 1)).has("errors")).isTrue();
        // Nothing but the problem lines on stderr: no start-up logging from Drools.
        assertThat(result.err().lines().toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith(Cli.INVALID.resolve("01-incomplete-intake.json") + ": "));
    }

    @Test
    void printsAReadableReport() throws Exception {
        Result result = java("assess", Cli.SCENARIOS.resolve("02-cold-sore-defer.json").toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("== Decision: defer - "));
        assertThat(result.out()).contains("MN-C01-ACTIVE-INFECTION");
    }

    @Test
    void carriesTheRulePackAndTheDroolsRunTimeOnly() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/kmodule.xml")).isNotNull();
            assertThat(jar.getEntry("needlesafe/ruleset.properties")).isNotNull();
            assertThat(jar.getEntry("needlesafe/jurisdictions/index")).isNotNull();
            assertThat(jar.stream().filter(entry -> entry.getName().startsWith("needlesafe/rules/")
                    && entry.getName().endsWith(".drl"))).isNotEmpty();
            assertThat(jar.getEntry("META-INF/services/org.kie.api.KieServices")).isNotNull();
            assertThat(jar.getEntry("META-INF/kie.default.properties.conf")).isNotNull();
            String suppliers = new String(jar.getInputStream(
                    jar.getEntry("META-INF/services/org.drools.wiring.api.ComponentsSupplier")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(suppliers).contains("org.drools.wiring.statics.StaticComponentsSupplier");
            String providers = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.drools.compiler.kie.builder.impl.InternalKieModuleProvider"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(providers).as("the executable model's loader")
                    .contains("org.drools.modelcompiler.CanonicalKieModuleProvider");
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .as("the command runs the executable model: no DRL compiler inside")
                    .noneMatch(name -> name.startsWith("org/eclipse/jdt/") || name.startsWith("org/mvel2/")
                            || name.startsWith("org/antlr/") || name.startsWith("org/drools/drl/ast/"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(Main.class.getName());
        }
    }

    @Test
    void readsJsonLinesFromStandardInputAndAnswersOneLinePerCaseInOrder() throws Exception {
        List<Path> scenarios;
        try (var files = Files.list(Cli.SCENARIOS)) {
            scenarios = files.filter(file -> file.toString().endsWith(".json")).sorted().limit(5).toList();
        }
        StringBuilder lines = new StringBuilder();
        for (Path scenario : scenarios) {
            lines.append(Cli.parse(Files.readString(scenario)).toString()).append('\n');
        }
        lines.insert(0, "{\"caseId\": 7}\n");
        Path stdin = Files.createTempFile("needlesafe-in", ".jsonl");
        try {
            Files.writeString(stdin, lines);
            Result result = java(stdin, "assess", "--format", "json", "-");

            assertThat(result.status()).isEqualTo(2);
            List<JsonNode> answers = result.out().lines().map(Cli::parse).toList();
            assertThat(answers).hasSize(scenarios.size() + 1);
            assertThat(answers.get(0).get("line").asInt()).isEqualTo(1);
            assertThat(result.err()).contains("stdin:1: caseId: must be a string, was a number");
            for (int i = 0; i < scenarios.size(); i++) {
                JsonNode expected = Cli.parse(Files.readString(scenarios.get(i)));
                assertThat(answers.get(i + 1).get("caseId").asText()).isEqualTo(expected.get("caseId").asText());
                assertThat(answers.get(i + 1).get("decision").asText())
                        .isEqualTo(expected.get("expected").get("decision").asText());
            }
        } finally {
            Files.deleteIfExists(stdin);
        }
    }

    @Test
    void stopsQuietlyWhenItsReaderGoesAwayAsAfterHead(@TempDir Path folder) throws Exception {
        Path batch = largeBatch(folder);
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command("assess", "--format", "json", batch.toString()))
                .redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(Cli.parse(out.readLine()).get("decision").asText()).isNotEmpty();
        } // closed: the next write finds a broken pipe
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop after its reader went away");
        }

        assertThat(process.exitValue()).as("as a shell reports a command killed by SIGPIPE")
                .isEqualTo(Main.READER_GONE);
        assertThat(Files.readString(err)).isEmpty();
    }

    @Test
    void saysSoWhenItsOutputCannotBeWritten(@TempDir Path folder) throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "a device that is always full (Linux)");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command("assess", "--format", "json", largeBatch(folder).toString()))
                .redirectOutput(full).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop when its output could not be written");
        }

        assertThat(process.exitValue()).isEqualTo(AssessCommand.OUTPUT_FAILED);
        assertThat(Files.readString(err)).isEqualTo("needlesafe: standard output could not be written (No space"
                + " left on device): the output is incomplete\n");
    }

    /** 20,000 cases as JSON Lines: the example scenarios round robin. */
    private static Path largeBatch(Path folder) throws IOException {
        return Files.write(folder.resolve("cases.jsonl"), Cli.scenarioLines(20_000));
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = java("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("needlesafe \\d\\S* \\(rule set \\d\\S*\\)\\R");
    }

    private record Result(int status, String out, String err) {
    }

    /** {@code java -jar} the shaded jar with the arguments. */
    private static List<String> command(String... args) {
        assertThat(JAR).as("the shaded jar (built in the package phase)").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        return java(null, args);
    }

    /** Runs {@code java -jar} with the arguments, standard input read from {@code stdin} when it is given. */
    private static Result java(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = command(args);
        Path out = Files.createTempFile("needlesafe-out", ".txt");
        Path err = Files.createTempFile("needlesafe-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("java -jar did not finish in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
