package org.needlesafe.embedder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's Java example, taken from the README as it stands, compiles and runs on exactly the class path of an
 * application that adds the one dependency the README names.
 */
class ReadmeExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern DEPENDENCY = Pattern.compile(
            "```xml\\s*<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @Test
    void theExampleCompilesAndRunsOnTheEmbedderClassPath(@TempDir Path work) throws Exception {
        String source = exampleSource();
        Matcher className = exampleClassName(source);
        Path file = work.resolve(className.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String classPath = String.join(java.io.File.pathSeparator,
                EmbedderClassPath.entries().stream().map(Path::toString).toList());
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", classPath, "-d", work.toString(), "-Xlint:all", "-Werror"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        List<Path> runClassPath = new ArrayList<>(EmbedderClassPath.entries());
        runClassPath.add(work);
        EmbedderClassPath.Result result = EmbedderClassPath.run(runClassPath, List.of(), className.group(1));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("decision: PROCEED").contains("missing information: []");
    }

    @Test
    void theReadmeNamesTheOneDependencyThisModuleUses() throws IOException {
        Matcher dependency = DEPENDENCY.matcher(apiSection());
        assertThat(dependency.find()).isTrue();
        assertThat(dependency.group(1) + ":" + dependency.group(2)).isEqualTo("org.needlesafe:needlesafe-rules-drl");
        // This module depends on that artifact alone (besides test scope): its class path holds needlesafe's core
        // only through it.
        assertThat(EmbedderClassPath.entries()).filteredOn(EmbedderClassPath::isOwn)
                .extracting(entry -> entry.toString().replace('\\', '/'))
                .hasSize(2)
                .anyMatch(entry -> entry.contains("rules-drl"))
                .anyMatch(entry -> entry.contains("core"));
    }

    /** The Java example of README.md's Java API section, as it stands. */
    static String exampleSource() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(apiSection());
        assertThat(block.find()).as("a java block in README.md's Java API section").isTrue();
        return block.group(1);
    }

    /** The example's class name, as the matcher's first group. */
    static Matcher exampleClassName(String source) {
        Matcher className = CLASS_NAME.matcher(source);
        assertThat(className.find()).as("the example is a complete public class").isTrue();
        return className;
    }

    private static String apiSection() throws IOException {
        String readme = Files.readString(EmbedderClassPath.root().resolve("README.md"));
        int start = readme.indexOf("## The Java API");
        assertThat(start).as("README.md has a Java API section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
