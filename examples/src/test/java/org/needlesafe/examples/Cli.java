package org.needlesafe.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the {@code needlesafe} command in-process, as a user would call it, and captures what it prints. */
final class Cli {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The examples module: where scenarios/ and invalid/ are. */
    static final Path EXAMPLES = Path.of(System.getProperty("needlesafe.examples", ".")).toAbsolutePath().normalize();
    static final Path SCENARIOS = EXAMPLES.resolve("scenarios");
    static final Path INVALID = EXAMPLES.resolve("invalid");

    private Cli() {
    }

    /** What one run printed and how it ended. */
    record Run(int status, String out, String err) {
        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        List<JsonNode> jsonLines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : outLines()) {
                nodes.add(parse(line));
            }
            return nodes;
        }
    }

    static Run run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandLine commandLine = Main.commandLine(stdout, new PrintWriter(err, true));
        int status = commandLine.execute(strings(args));
        commandLine.getOut().flush();
        stdout.flush();
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Runs the command with standard output as {@code Main} builds it (buffered), over {@code bytes}; its status. */
    static int runInto(OutputStream bytes, Object... args) {
        PrintStream stdout = new PrintStream(new BufferedOutputStream(bytes, 1 << 16), false, StandardCharsets.UTF_8);
        return Main.commandLine(stdout, new PrintWriter(new StringWriter(), true)).execute(strings(args));
    }

    /** {@code count} cases as JSON Lines: the example scenarios round robin, one compact object a line. */
    static List<String> scenarioLines(int count) throws IOException {
        List<String> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                scenarios.add(parse(Files.readString(file)).toString());
            }
        }
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(scenarios.get(i % scenarios.size()));
        }
        return lines;
    }

    private static String[] strings(Object... args) {
        return Stream.of(args).map(Object::toString).toArray(String[]::new);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
