package org.needlesafe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the cost of one assessment grows with the case: the clean scenario with 1, 4 or 13 planned areas and 0, 5 or
 * 20 conditions and as many medications (see {@link Scenarios#sized}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {
    @Param({"1", "4", "13"})
    public int areas;

    @Param({"0", "5", "20"})
    public int entries;

    private SafetyAdvisor advisor;
    private TreatmentCase treatment;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = SafetyAdvisor.builder().build();
        treatment = Scenarios.sized(advisor, areas, entries);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        advisor.close();
    }

    @Benchmark
    public Assessment advisor() {
        return advisor.assess(treatment);
    }
}
