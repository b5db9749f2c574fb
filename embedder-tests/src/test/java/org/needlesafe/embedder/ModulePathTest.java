package org.needlesafe.embedder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the module path core is a named module that exports its API packages only: an application module that requires
 * it compiles and runs README.md's example and assesses the whole scenario corpus, and cannot reach the engine or
 * the DRL's fact model, neither when compiling nor by reflection.
 */
class ModulePathTest {
    private static final String CORE = "org.needlesafe.core";

    @Test
    void theReadmeExampleRunsAsAnApplicationModule(@TempDir Path work) throws Exception {
        String source = ReadmeExampleTest.exampleSource();
        String className = ReadmeExampleTest.exampleClassName(source).group(1);
        Path sources = work.resolve("src");
        write(sources.resolve("readme/" + className + ".java"), "package readme;\n" + source);
        write(sources.resolve("module-info.java"), "module embedder.readme { requires " + CORE + "; }\n");
        List<Path> modulePath = EmbedderClassPath.modulePath(work);

        Path classes = compile(sources, modulePath, work.resolve("classes"));
        EmbedderClassPath.Result result = EmbedderClassPath.runModule(with(classes, modulePath), List.of(),
                "embedder.readme/readme." + className);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("decision: PROCEED").contains("missing information: []");
    }

    @Test
    void ownDrlCompiledAtStartUpRunsToo(@TempDir Path work) throws Exception {
        // README.md's example with the rule pack's DRL given as files, on the module path with the DRL compiler.
        String example = ReadmeExampleTest.exampleSource();
        String className = ReadmeExampleTest.exampleClassName(example).group(1);
        String builtIn = "SafetyAdvisor.builder().build()";
        assertThat(example).contains(builtIn);
        Path sources = work.resolve("src");
        write(sources.resolve("readme/" + className + ".java"), "package readme;\n"
                + example.replace(builtIn, "SafetyAdvisor.builder().ruleFiles(OwnRules.files()).build()"));
        write(sources.resolve("readme/OwnRules.java"), """
                package readme;

                import java.io.IOException;
                import java.io.UncheckedIOException;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.List;
                import java.util.stream.Stream;

                final class OwnRules {
                    static List<Path> files() {
                        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("rules")))) {
                            return walk.filter(file -> file.toString().endsWith(".drl")).sorted().toList();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                """);
        write(sources.resolve("module-info.java"), "module embedder.readme { requires " + CORE + "; }\n");
        List<Path> modulePath = new ArrayList<>(EmbedderClassPath.modulePath(work));
        modulePath.addAll(EmbedderClassPath.compiler());

        Path classes = compile(sources, modulePath, work.resolve("classes"));
        Path rules = EmbedderClassPath.root().resolve("rules-drl/src/main/resources/needlesafe/rules");
        EmbedderClassPath.Result result = EmbedderClassPath.runModule(with(classes, modulePath),
                List.of("-Drules=" + rules), "embedder.readme/readme." + className);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("decision: PROCEED").contains("missing information: []");
    }

    @Test
    void theScenarioCorpusGetsItsExpectedDecisions(@TempDir Path work) throws Exception {
        // The runner, compiled as an application module that reads the JSON reader (an automatic module on the
        // module path beside Jackson, which automatic modules do not require: hence ALL-MODULE-PATH).
        Path sources = work.resolve("src");
        Path runner = EmbedderClassPath.root()
                .resolve("embedder-tests/src/test/java/org/needlesafe/embedder/CorpusRun.java");
        write(sources.resolve("org/needlesafe/embedder/CorpusRun.java"), Files.readString(runner));
        write(sources.resolve("module-info.java"),
                "module embedder.corpus { requires " + CORE + "; requires org.needlesafe.json; }\n");
        List<Path> modulePath = new ArrayList<>(EmbedderClassPath.modulePath(work));
        modulePath.addAll(LeanClassPathTest.testOnlyJars());

        Path classes = compile(sources, modulePath, work.resolve("classes"));
        EmbedderClassPath.Result corpus = EmbedderClassPath.runModule(with(classes, modulePath),
                List.of("--add-modules", "ALL-MODULE-PATH"), "embedder.corpus/" + CorpusRun.class.getName(),
                Scenarios.folder().toString());

        assertThat(corpus.status()).as(corpus.err()).isZero();
        Map<String, String> expected = Scenarios.expectedDecisions();
        assertThat(expected).hasSizeGreaterThan(60);
        assertThat(Scenarios.decisions(corpus.out())).isEqualTo(expected);
    }

    @Test
    void anApplicationModuleCannotCompileAgainstTheInternals(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("probe/Probe.java"), """
                package probe;

                public class Probe {
                    org.needlesafe.engine.RuleEngine engine;
                    org.needlesafe.rules.Report report;
                }
                """);
        write(sources.resolve("module-info.java"), "module probe { requires " + CORE + "; }\n");

        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac(sources, EmbedderClassPath.modulePath(work), work.resolve("classes"), diagnostics);

        assertThat(compiled).isFalse();
        assertThat(diagnostics.toString())
                .contains("package org.needlesafe.engine is not visible")
                .contains("package org.needlesafe.rules is not visible")
                .contains("does not export it to module probe");
    }

    @Test
    void anApplicationModuleCannotCallTheInternalsByReflection(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("probe/Probe.java"), """
                package probe;

                public class Probe {
                    public static void main(String[] args) throws Exception {
                        Class<?> engine = Class.forName("org.needlesafe.engine.RuleEngine");
                        try {
                            engine.getMethod("fromClassPath", ClassLoader.class, int.class)
                                    .invoke(null, Probe.class.getClassLoader(), 1);
                            System.out.println("called");
                        } catch (IllegalAccessException e) {
                            System.out.println("refused: " + e.getMessage());
                        }
                    }
                }
                """);
        write(sources.resolve("module-info.java"), "module probe { requires " + CORE + "; }\n");
        List<Path> modulePath = EmbedderClassPath.modulePath(work);

        Path classes = compile(sources, modulePath, work.resolve("classes"));
        EmbedderClassPath.Result result = EmbedderClassPath.runModule(with(classes, modulePath), List.of(),
                "probe/probe.Probe");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("refused: ")
                .contains("module " + CORE + " does not export org.needlesafe.engine to module probe");
    }

    private static Path compile(Path sources, List<Path> modulePath, Path classes) throws IOException {
        StringWriter diagnostics = new StringWriter();
        assertThat(javac(sources, modulePath, classes, diagnostics)).as(diagnostics.toString()).isTrue();
        return classes;
    }

    private static boolean javac(Path sources, List<Path> modulePath, Path classes, StringWriter diagnostics)
            throws IOException {
        List<Path> files;
        try (var walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        // An empty class path: by default the compiler would take this JVM's, which holds core's classes.
        Path noClassPath = Files.createDirectories(sources.resolveSibling("no-class-path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        return javac.getTask(diagnostics, null, null,
                List.of("--module-path", EmbedderClassPath.joined(modulePath), "--class-path", noClassPath.toString(),
                        "-d", classes.toString(),
                        "-Xlint:all,-requires-automatic", "-Werror"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(files.toArray(Path[]::new)))
                .call();
    }

    private static List<Path> with(Path first, List<Path> rest) {
        List<Path> path = new ArrayList<>();
        path.add(first);
        path.addAll(rest);
        return path;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
