package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.json.AdvisorHolder.ADVISOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.needlesafe.Problem;
import org.needlesafe.text.Language;

/** A JSON Lines stream: one answer per line, in input order, as the lines arrive. */
class JsonLinesBatchTest {
    private static final String VALID = Documents.example().toString();

    @Test
    void aLongStreamIsAnsweredInInputOrderWithErrorRecordsInPlace() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            lines.add(i % 7 == 0 ? "{\"caseId\": " + i + "}" : Documents.with("caseId", "\"case-" + i + "\""));
        }
        StringWriter out = new StringWriter();

        try (JsonLinesBatch batch = new JsonLinesBatch(ADVISOR, 2)) {
            JsonLinesBatch.Summary summary = batch.run(stream(String.join("\n", lines) + "\n"), out, 1_000);

            assertThat(summary).isEqualTo(new JsonLinesBatch.Summary(250, 35));
        }
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(250);
        for (int i = 1; i <= 250; i++) {
            JsonNode answer = Documents.parse(answers.get(i - 1));
            if (i % 7 == 0) {
                assertThat(answer.get("line").asInt()).as("line %d", i).isEqualTo(i);
                assertThat(answer.get("errors").findValuesAsText("path")).contains("caseId");
            } else {
                assertThat(answer.get("caseId").asText()).as("line %d", i).isEqualTo("case-" + i);
            }
        }
    }

    @Test
    void eachLineOfASlowStreamIsAnsweredBeforeTheNextArrives() throws Exception {
        PipedOutputStream caller = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(caller, 1 << 20);
        BlockingQueue<JsonLinesBatch.Answer> answered = new LinkedBlockingQueue<>();
        try (JsonLinesBatch batch = new JsonLinesBatch(ADVISOR, 2)) {
            CompletableFuture<JsonLinesBatch.Summary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return batch.run(in, answered::add, 1_000);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int line = 1; line <= 3; line++) {
                caller.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
                caller.flush();

                JsonLinesBatch.Answer answer = answered.poll(30, TimeUnit.SECONDS);

                assertThat(answer).as("the answer to line %d, before line %d is sent", line, line + 1).isNotNull();
                assertThat(answer.line()).isEqualTo(line);
                assertThat(answer.assessment()).isNotNull();
            }
            caller.close();
            assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(new JsonLinesBatch.Summary(3, 0));
        }
    }

    @Test
    void aStreamLongerThanTheLimitEndsWithAnErrorRecordSayingSo() throws IOException {
        String lines = (VALID + "\n").repeat(40);
        StringWriter out = new StringWriter();

        try (JsonLinesBatch batch = new JsonLinesBatch(ADVISOR, 2)) {
            JsonLinesBatch.Summary summary = batch.run(stream(lines), out, 33);

            assertThat(summary).isEqualTo(new JsonLinesBatch.Summary(34, 1));
        }
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).hasSize(34);
        assertThat(Documents.parse(answers.get(32)).has("decision")).isTrue();
        JsonNode last = Documents.parse(answers.get(33));
        assertThat(last.get("line").asInt()).isEqualTo(34);
        assertThat(last.get("errors").get(0).get("message").asText())
                .isEqualTo("the batch has more than 33 lines; the rest was not read");
    }

    @Test
    void linesAreSplitWhereverTheyFallInTheStream() throws IOException {
        // 256 KiB is what the batch reads at a time: a line may start in one read and end in the next.
        String spanning = VALID + " ".repeat(300_000);
        String atLimit = VALID + " ".repeat(CaseReader.MAX_DOCUMENT_BYTES - VALID.length());
        String overLimit = atLimit + " ";
        String input = VALID + "\r\n" + spanning + "\n" + overLimit + "\n" + atLimit + "\n\r\n" + VALID;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesBatch batch = new JsonLinesBatch(ADVISOR, 2)) {
            JsonLinesBatch.Summary summary = batch.run(stream(input), out, 1_000, Language.Choice.of(Language.ENGLISH));

            assertThat(summary).isEqualTo(new JsonLinesBatch.Summary(6, 2));
        }
        List<JsonNode> answers = out.toString(StandardCharsets.UTF_8).lines().map(Documents::parse).toList();
        assertThat(answers).hasSize(6);
        for (int assessed : new int[] {0, 1, 3, 5}) {
            assertThat(answers.get(assessed).has("decision")).as("line %d", assessed + 1).isTrue();
        }
        assertThat(answers.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(answers.get(2).get("errors").get(0).get("message").asText())
                .isEqualTo("the document is larger than 1048576 bytes (1 MiB)");
        assertThat(answers.get(4).get("line").asInt()).isEqualTo(5);
        assertThat(answers.get(4).get("errors").get(0).get("message").asText())
                .isEqualTo("the document is empty: expected one JSON object");
    }

    @Test
    void theBytesWrittenAreTheLinesTheWriterGets() throws IOException {
        String lines = VALID + "\n{\"caseId\": 7}\n" + Documents.with("caseId", "\"café ünïcode ✓\"") + "\n";
        StringWriter text = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Language.Choice spanish = Language.Choice.of(Language.SPANISH);

        try (JsonLinesBatch batch = new JsonLinesBatch(ADVISOR, 2)) {
            batch.run(stream(lines), text, 1_000, spanish);
            batch.run(stream(lines), bytes, 1_000, spanish);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString()).contains("café ünïcode ✓");
    }

    @Test
    void anAnswerIsAValue() {
        List<Problem> problems = List.of(new Problem("caseId", "must be a string, was a number"));
        JsonLinesBatch.Answer answer = new JsonLinesBatch.Answer(2, null, problems, "{\"line\":2}");

        assertThat(answer).isEqualTo(new JsonLinesBatch.Answer(2, null, List.copyOf(problems), "{\"line\":2}"))
                .hasSameHashCodeAs(new JsonLinesBatch.Answer(2, null, problems, "{\"line\":2}"))
                .isNotEqualTo(new JsonLinesBatch.Answer(3, null, problems, "{\"line\":2}"))
                .isNotEqualTo(new JsonLinesBatch.Answer(2, null, problems, "{\"line\":3}"));
        assertThat(answer.json()).isEqualTo("{\"line\":2}");
        assertThat(answer).hasToString("Answer[line=2, 1 problem(s)]");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
