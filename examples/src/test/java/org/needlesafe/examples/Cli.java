package org.needlesafe.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandLine commandLine = Main.commandLine(stdout, new PrintWriter(err, true));
        int status = commandLine.execute(strings);
        commandLine.getOut().flush();
        stdout.flush();
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
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
