package org.needlesafe.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment of the full rule pack, single-threaded: the public API ({@code advisor}) against the naive
 * embedding of the same rules ({@code naive}), in the same run. Each call takes the next case of the example
 * scenarios, round robin, so the numbers are those of the mix. Mean (avgt) and distribution (sample: p50, p99);
 * add {@code -prof gc} for the allocation per assessment ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AssessBenchmark {
    private SafetyAdvisor advisor;
    private NaiveAdvisor naive;
    private TreatmentCase[] cases;

    /** Which case a thread assesses next. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        TreatmentCase next(TreatmentCase[] cases) {
            TreatmentCase treatment = cases[next];
            next = next + 1 == cases.length ? 0 : next + 1;
            return treatment;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        advisor = SafetyAdvisor.builder().build();
        naive = new NaiveAdvisor(advisor);
        List<TreatmentCase> all = Scenarios.all(advisor);
        cases = all.toArray(new TreatmentCase[0]);
        for (TreatmentCase treatment : cases) {
            Assessment expected = advisor.assess(treatment);
            Assessment actual = naive.assess(treatment);
            if (expected.decision() != actual.decision() || !expected.findings().equals(actual.findings())) {
                throw new IllegalStateException("the naive embedding disagrees on " + treatment.caseId());
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        naive.close();
        advisor.close();
    }

    @Benchmark
    public Assessment advisor(Cursor cursor) {
        return advisor.assess(cursor.next(cases));
    }

    @Benchmark
    public Assessment naive(Cursor cursor) {
        return naive.assess(cursor.next(cases));
    }
}
