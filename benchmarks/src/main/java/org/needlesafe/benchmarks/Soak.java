package org.needlesafe.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;

/**
 * The soak: {@code Soak [assessments] [threads]} (1,000,000 and 2 by default) assesses the example scenarios round
 * robin with threads sharing one advisor, and after every tenth of the run collects the garbage and prints the heap
 * in use and the number of rule sessions the advisor holds. A leak (a session pool that grows, a report kept
 * alive) shows as a heap or a session count that climbs; flat is the goal.
 */
public final class Soak {
    private static final int ROUNDS = 10;

    private Soak() {
    }

    public static void main(String[] args) throws InterruptedException {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            TreatmentCase[] cases = Scenarios.all(advisor).toArray(new TreatmentCase[0]);
            long baseline = heapAfterGc(memory);
            System.out.printf("%d assessments, %d threads, %d scenarios; heap after GC before the first: %.1f MiB%n",
                    total, threads, cases.length, mib(baseline));
            List<Long> heaps = new ArrayList<>();
            long done = 0;
            long started = System.nanoTime();
            for (int round = 1; round <= ROUNDS; round++) {
                long perThread = (total / ROUNDS) / threads;
                long roundStarted = System.nanoTime();
                List<Thread> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t;
                    Thread worker = new Thread(() -> {
                        for (long i = 0; i < perThread; i++) {
                            advisor.assess(cases[(int) ((i + offset) % cases.length)]);
                        }
                    });
                    worker.start();
                    workers.add(worker);
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                done += perThread * threads;
                double seconds = (System.nanoTime() - roundStarted) / 1e9;
                long heap = heapAfterGc(memory);
                heaps.add(heap);
                System.out.printf("%,9d assessed: heap after GC %6.1f MiB, %,8.0f assessments/s, %d sessions%n", done,
                        mib(heap), perThread * threads / seconds, advisor.sessions().held());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long first = heaps.get(0);
            long max = heaps.stream().mapToLong(Long::longValue).max().orElseThrow();
            long last = heaps.get(heaps.size() - 1);
            System.out.printf("%,d assessments in %.1f s (%,.0f/s); heap after GC: %.1f MiB after the first tenth,"
                            + " %.1f MiB at the end (%+.1f MiB), at most %.1f MiB%n",
                    done, seconds, done / seconds, mib(first), mib(last), mib(last - first), mib(max));
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
