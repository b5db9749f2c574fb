package org.needlesafe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void eachRecordIsOneLineThatParses() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("solo", 0, "line\nbreak \"and quotes\""));
            sink.record(AuditRecords.of("solo", 1, ""));
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("caseIdHash").textValue()).isEqualTo("solo-0");
        assertThat(first.get("details").get("padding").textValue()).isEqualTo("line\nbreak \"and quotes\"");
        assertThat(JSON.readTree(lines.get(1)).get("caseIdHash").textValue()).isEqualTo("solo-1");
        assertThat(Files.readString(file)).endsWith("\n");
    }

    @Test
    void appendsToAnExistingLogAndNeverRewritesIt() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("first", 0, ""));
        }
        String before = Files.readString(file);
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("second", 0, ""));
        }

        String after = Files.readString(file);

        assertThat(after).startsWith(before);
        assertThat(after.lines()).hasSize(2);
    }

    @Test
    void eightThreadsWritingAThousandRecordsEachLeaveEightThousandIntactLines() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        int threads = 8;
        int records = 1000;
        // Two sinks on the same file, as two advisors in one JVM would have: the lock is per file, not per sink.
        try (FileAuditSink one = FileAuditSink.open(file); FileAuditSink two = FileAuditSink.open(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "w" + t;
                FileAuditSink sink = t % 2 == 0 ? one : two;
                // A long padding on some writers makes lines longer than a page, where a torn write would show.
                String padding = "x".repeat(t % 3 == 0 ? 9000 : 40);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < records; i++) {
                        sink.record(AuditRecords.of(writer, i, padding));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(threads * records);
        Map<String, List<Integer>> byWriter = new HashMap<>();
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            byWriter.computeIfAbsent(json.get("details").get("writer").textValue(), w -> new ArrayList<>())
                    .add(Integer.valueOf(json.get("details").get("sequence").textValue()));
        }
        assertThat(byWriter).hasSize(threads);
        // Every record once, and each writer's records in the order it wrote them.
        byWriter.values().forEach(sequence -> assertThat(sequence).hasSize(records).isSorted());
    }

    @Test
    void aTornLastLineIsRemovedBeforeTheNextRecord() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("before", 0, ""));
        }
        String intact = Files.readString(file);
        // What a writer killed mid-line leaves: part of a record, no line break.
        Files.writeString(file, "{\"timestamp\":\"2026-11-25T09:", StandardOpenOption.APPEND);

        try (FileAuditSink sink = FileAuditSink.open(file)) {
            assertThat(Files.readString(file)).isEqualTo(intact);
            sink.record(AuditRecords.of("after", 0, ""));
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JSON.readTree(line);
        }
    }

    @Test
    void aTornTailLongerThanTheReadChunkIsRemovedWhole() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("before", 0, ""));
        }
        String intact = Files.readString(file);
        Files.writeString(file, "{\"torn\":\"" + "y".repeat(30_000), StandardOpenOption.APPEND);

        try (FileAuditSink sink = FileAuditSink.open(file)) {
            assertThat(Files.readString(file)).isEqualTo(intact);
        }
    }

    @Test
    void aFileThatIsOnlyATornLineIsEmptiedBeforeTheFirstRecord() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        Files.writeString(file, "{\"torn\":");

        try (FileAuditSink sink = FileAuditSink.open(file)) {
            sink.record(AuditRecords.of("after", 0, ""));
        }

        assertThat(Files.readAllLines(file)).singleElement()
                .satisfies(line -> assertThat(JSON.readTree(line).get("caseIdHash").textValue()).isEqualTo("after-0"));
    }

    @Test
    void anInterruptedCallerStillRecordsKeepsItsInterruptAndDoesNotBreakTheLogForOthers() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            Thread.currentThread().interrupt();
            try {
                sink.record(AuditRecords.of("interrupted", 0, ""));
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
            Thread other = new Thread(() -> sink.record(AuditRecords.of("other", 0, "")));
            other.start();
            other.join();
            sink.record(AuditRecords.of("later", 0, ""));
        }

        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void aClosedSinkRefusesRecords() {
        FileAuditSink sink = FileAuditSink.open(folder.resolve("audit.jsonl"));
        sink.close();

        assertThatIllegalStateException().isThrownBy(() -> sink.record(AuditRecords.of("late", 0, "")))
                .withMessageContaining("closed");
    }

    @Test
    void aLogThatCannotBeOpenedFailsLoudlyNamingTheFile() {
        Path file = folder.resolve("no-such-folder").resolve("audit.jsonl");

        assertThatThrownBy(() -> FileAuditSink.open(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void recordsFromManySinksAndThreadsAreNeverLostOrDuplicated() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        List<FileAuditSink> sinks = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            FileAuditSink sink = FileAuditSink.open(file);
            sinks.add(sink);
            String writer = "s" + s;
            writers.add(new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    sink.record(AuditRecords.of(writer, i, ""));
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        sinks.forEach(FileAuditSink::close);

        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            assertThat(ids.add(JSON.readTree(line).get("caseIdHash").textValue())).isTrue();
        }
        assertThat(ids).hasSize(1000);
    }

    static void assertEveryCompleteLineParses(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        for (String line : text.substring(0, end).split("\n", -1)) {
            if (!line.isEmpty()) {
                JSON.readTree(line);
            }
        }
    }
}
