package org.needlesafe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writer processes killed mid-stream: the log must hold only whole records, each parseable, in each writer's order,
 * with at most a torn last line, and the next writer must remove even that.
 */
class FileAuditSinkCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void writersKilledMidStreamLeaveOnlyWholeRecords() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        // Two processes append at once (the FileLock keeps them apart), one with records longer than a page.
        List<Process> writers = List.of(start(file, "a", 10), start(file, "b", 6000));
        try {
            waitForLines(file, 400, Duration.ofSeconds(60));
        } finally {
            for (Process writer : writers) {
                writer.destroyForcibly();
            }
            for (Process writer : writers) {
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }

        String text = Files.readString(file, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        List<String> lines = List.of(text.substring(0, complete).split("\n"));
        Map<String, List<Integer>> byWriter = new HashMap<>();
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            byWriter.computeIfAbsent(json.get("details").get("writer").textValue(), w -> new ArrayList<>())
                    .add(Integer.valueOf(json.get("details").get("sequence").textValue()));
        }
        assertThat(lines.size()).isGreaterThanOrEqualTo(400);
        assertThat(byWriter.keySet()).containsExactlyInAnyOrder("a", "b");
        // No record lost in the middle: each writer's records are 0, 1, 2, ... up to where it was killed.
        byWriter.values().forEach(sequence -> {
            for (int i = 0; i < sequence.size(); i++) {
                assertThat(sequence.get(i)).isEqualTo(i);
            }
        });

        // The next writer removes a torn tail, if the kill left one, before it appends.
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("after", 0, ""));
        }
        String repaired = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(repaired).startsWith(text.substring(0, complete)).endsWith("\n");
        List<String> after = repaired.lines().toList();
        assertThat(after).hasSize(lines.size() + 1);
        for (String line : after) {
            JSON.readTree(line);
        }
    }

    private static Process start(Path file, String writer, int padding) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AuditAppender.class.getName(), file.toString(), writer, Integer.toString(padding))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void waitForLines(Path file, int lines, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).lines().count() >= lines) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the writers did not write " + lines + " records in " + timeout);
    }
}
