package org.needlesafe.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.ValidCase;
import org.needlesafe.json.AssessmentWriter;
import org.needlesafe.json.CaseReader;
import org.needlesafe.json.JsonLinesBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JSON doorway (the command line's batch, the JSON API) adds to an assessment, single-threaded, the example
 * scenarios round robin as bytes: {@code read} (guard, survey, schema, binding, the core's validation), {@code write}
 * (the assessment as JSON), {@code assess} (the advisor on a case already read: {@code AssessBenchmark.advisor}'s
 * work), {@code roundTrip} (bytes in, JSON out, one case after another) and {@code batchLine} (the same through
 * {@link JsonLinesBatch} on one worker, which works a chunk of lines phase by phase: a line of a long batch). The
 * ratios {@code roundTrip / assess} and {@code batchLine / assess}, measured in one run, are robust to the machine's
 * load.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class JsonDoorwayBenchmark {
    private static final int BATCH_LINES = 1_000;
    private SafetyAdvisor advisor;
    private CaseReader reader;
    private byte[][] documents;
    private ValidCase[] cases;
    private Assessment[] assessments;
    private JsonLinesBatch batch;
    private byte[] lines;

    /** Which scenario a thread takes next. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next(int size) {
            int at = next;
            next = next + 1 == size ? 0 : next + 1;
            return at;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        advisor = SafetyAdvisor.builder().build();
        reader = new CaseReader(advisor);
        List<byte[]> all = Scenarios.documents();
        documents = all.toArray(new byte[0][]);
        cases = new ValidCase[documents.length];
        assessments = new Assessment[documents.length];
        for (int i = 0; i < documents.length; i++) {
            cases[i] = reader.readValid(documents[i]);
            assessments[i] = advisor.assess(cases[i]);
        }
        batch = new JsonLinesBatch(advisor, 1);
        lines = (String.join("\n", Scenarios.jsonLines(BATCH_LINES)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        batch.close();
        advisor.close();
    }

    @Benchmark
    public ValidCase read(Cursor cursor) {
        return reader.readValid(documents[cursor.next(documents.length)]);
    }

    @Benchmark
    public String write(Cursor cursor) {
        return AssessmentWriter.toJson(assessments[cursor.next(assessments.length)]);
    }

    @Benchmark
    public Assessment assess(Cursor cursor) {
        return advisor.assess(cases[cursor.next(cases.length)]);
    }

    @Benchmark
    public String roundTrip(Cursor cursor) {
        return AssessmentWriter.toJson(advisor.assess(reader.readValid(documents[cursor.next(documents.length)])));
    }

    /** The same work as {@code roundTrip}, through {@link JsonLinesBatch} on one worker: per line of a long batch. */
    @Benchmark
    @OperationsPerInvocation(BATCH_LINES)
    public JsonLinesBatch.Summary batchLine() throws IOException {
        return batch.run(new ByteArrayInputStream(lines), Writer.nullWriter(), BATCH_LINES);
    }
}
