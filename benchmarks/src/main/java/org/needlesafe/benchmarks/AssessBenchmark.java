package org.needlesafe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.needlesafe.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment of the full rule pack, single-threaded, by the advisor or the naive embedding of the same rules
 * (the parameter {@code engine}), in the same run. Each call takes the next case of the example scenarios, round
 * robin, so the numbers are those of the mix. Mean (avgt) and distribution (sample: p50, p99); add {@code -prof gc}
 * for the allocation per assessment ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssessBenchmark {

    @Benchmark
    public Assessment assess(Contestant contestant, Contestant.Cursor cursor) {
        return contestant.assess(cursor);
    }
}
