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
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The run-time class path Maven resolves for an application that depends on the rule pack alone, and a way to run a
 * class in a fresh JVM on it.
 */
final class EmbedderClassPath {
    /** The rule pack's module name (its jar's {@code Automatic-Module-Name}). */
    static final String RULE_PACK_MODULE = "org.needlesafe.rulepack";

    private EmbedderClassPath() {
    }

    /** Every entry, in Maven's order: needlesafe's own jars (or class folders in a reactor build) and the rest. */
    static List<Path> entries() {
        return read(System.getProperty("needlesafe.embedder.classpath"));
    }

    /** Drools' compiler stack, which an application that loads its own DRL adds: the jars not in {@link #entries}. */
    static List<Path> compiler() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("needlesafe.drl.compiler")))) {
            return jars.sorted().toList();
        }
    }

    private static List<Path> read(String file) {
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

    /**
     * The same entries as a module path. A build that stops before packaging gives needlesafe's class folders: core's
     * holds its module descriptor, and the rule pack's is jarred here with the module name its jar's manifest gives.
     */
    static List<Path> modulePath(Path work) throws IOException {
        List<Path> path = new ArrayList<>();
        for (Path entry : entries()) {
            boolean unpackaged = Files.isDirectory(entry) && !Files.exists(entry.resolve("module-info.class"));
            path.add(unpackaged ? jarred(entry, RULE_PACK_MODULE, work) : entry);
        }
        return path;
    }

    private static Path jarred(Path folder, String moduleName, Path work) throws IOException {
        Path manifest = Files.writeString(work.resolve(moduleName + ".mf"), "Automatic-Module-Name: " + moduleName
                + "\n");
        Path jar = work.resolve(moduleName + ".jar");
        int status = ToolProvider.findFirst("jar").orElseThrow().run(System.out, System.err, "--create", "--file",
                jar.toString(), "--manifest", manifest.toString(), "-C", folder.toString(), ".");
        if (status != 0) {
            throw new IllegalStateException("jar failed for " + folder);
        }
        return jar;
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
        List<String> command = new ArrayList<>(jvmOptions);
        command.add("-cp");
        command.add(joined(classPath));
        command.add(mainClass);
        command.addAll(List.of(args));
        return java(command);
    }

    /**
     * Runs {@code module/mainClass} in a new JVM on exactly the given module path and no class path, with no other
     * option but the given.
     */
    static Result runModule(List<Path> modulePath, List<String> jvmOptions, String moduleAndMainClass,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvmOptions);
        command.add("--module-path");
        command.add(joined(modulePath));
        command.add("--module");
        command.add(moduleAndMainClass);
        command.addAll(List.of(args));
        return java(command);
    }

    static String joined(List<Path> path) {
        return String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList());
    }

    private static Result java(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
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
