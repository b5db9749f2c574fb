package org.needlesafe.embedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The run-time class path Maven resolves for an application that depends on the rule pack alone, and a way to run a
 * class in a fresh JVM on it.
 */
final class EmbedderClassPath {
    private EmbedderClassPath() {
    }

    /** Every entry, in Maven's order: needlesafe's own jars (or class folders in a reactor build) and the rest. */
    static List<Path> entries() {
        String file = System.getProperty("needlesafe.embedder.classpath");
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** The entries that are not needlesafe's own: the third-party jars an embedder ships. */
    static List<Path> thirdParty() {
        return entries().stream().filter(entry -> !isOwn(entry)).toList();
    }

    static boolean isOwn(Path entry) {
        return entry.toString().contains("needlesafe") && (Files.isDirectory(entry)
                || entry.getFileName().toString().startsWith("needlesafe-"));
    }

    /** The folder of the project's sources: README.md and the example scenarios. */
    static Path root() {
        return Path.of(System.getProperty("needlesafe.root")).normalize();
    }

    /** Where the class was loaded from, for adding a test-only jar to a child JVM. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(int status, String out, String err) {
    }

    /** Runs {@code mainClass} in a new JVM on exactly the given class path, with no other option but the given. */
    static Result run(List<Path> classPath, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("embedder", ".out");
        Path err = Files.createTempFile("embedder", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the child JVM did not finish: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
