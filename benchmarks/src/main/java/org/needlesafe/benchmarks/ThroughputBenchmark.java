package org.needlesafe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.needlesafe.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessments per second by threads sharing one advisor (with its default session pool), or one naive embedding (the
 * parameter {@code engine}), over the example scenarios round robin. The score is the total of all threads: 2 unless
 * JMH's {@code -t} says otherwise ({@code -t 1} for one thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThroughputBenchmark {

    @Benchmark
    @Threads(2)
    public Assessment assess(Contestant contestant, Contestant.Cursor cursor) {
        return contestant.assess(cursor);
    }
}
