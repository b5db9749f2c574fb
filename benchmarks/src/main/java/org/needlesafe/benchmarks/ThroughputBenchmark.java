package org.needlesafe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.needlesafe.Assessment;
import org.needlesafe.benchmarks.NaiveAdvisor;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessments per second with 1 and 2 threads sharing one advisor (with its default session pool), and the same
 * for one naive embedding, over the example scenarios round robin. The score is the total of all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ThroughputBenchmark {
    private SafetyAdvisor advisor;
    private NaiveAdvisor naive;
    private TreatmentCase[] cases;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = SafetyAdvisor.builder().build();
        naive = new NaiveAdvisor(advisor);
        cases = Scenarios.all(advisor).toArray(new TreatmentCase[0]);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        naive.close();
        advisor.close();
    }

    @Benchmark
    @Threads(1)
    public Assessment advisor1Thread(AssessBenchmark.Cursor cursor) {
        return advisor.assess(cursor.next(cases));
    }

    @Benchmark
    @Threads(2)
    public Assessment advisor2Threads(AssessBenchmark.Cursor cursor) {
        return advisor.assess(cursor.next(cases));
    }

    @Benchmark
    @Threads(1)
    public Assessment naive1Thread(AssessBenchmark.Cursor cursor) {
        return naive.assess(cursor.next(cases));
    }

    @Benchmark
    @Threads(2)
    public Assessment naive2Threads(AssessBenchmark.Cursor cursor) {
        return naive.assess(cursor.next(cases));
    }
}
