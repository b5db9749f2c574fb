package org.needlesafe.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;

/**
 * Cold start: from JVM start to the first assessment. {@code ColdStart [runs] [-- jvm options]} starts {@code runs}
 * fresh JVMs (11 by default), each of which builds an advisor, reads the clean scenario and assesses it, and reports
 * the JVM's uptime at that moment; it prints every run and the median. The JVM's own boot before {@code main} is
 * inside the uptime; the process exit after it is not.
 */
public final class ColdStart {
    private static final String ONCE = "--once";

    private ColdStart() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals(ONCE)) {
            once();
            return;
        }
        int runs = args.length > 0 && !args[0].equals("--") ? Integer.parseInt(args[0]) : 11;
        int split = Arrays.asList(args).indexOf("--");
        List<String> jvmOptions = split < 0 ? List.of() : Arrays.asList(args).subList(split + 1, args.length);

        List<Long> firsts = new ArrayList<>();
        List<Long> builds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long[] times = child(jvmOptions);
            builds.add(times[0]);
            firsts.add(times[1]);
            System.out.printf("run %2d: advisor ready at %5d ms, first assessment at %5d ms%n", run, times[0],
                    times[1]);
        }
        System.out.printf("JVM start to first assessment, %d fresh JVMs%s: median %d ms (min %d, max %d);"
                        + " advisor ready: median %d ms%n",
                runs, jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions), median(firsts),
                Collections.min(firsts), Collections.max(firsts), median(builds));
    }

    /** In the fresh JVM: the measurement itself. */
    private static void once() {
        SafetyAdvisor advisor = SafetyAdvisor.builder().build();
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        TreatmentCase treatment = Scenarios.named(advisor, Scenarios.CLEAN);
        Assessment assessment = advisor.assess(treatment);
        long first = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(ready + " " + first + " " + assessment.decision());
    }

    private static long[] child(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStart.class.getName());
        command.add(ONCE);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        int status = process.waitFor();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        String[] fields = last.split(" ");
        if (status != 0 || fields.length != 3) {
            throw new IllegalStateException("the cold-start run failed (exit " + status + "):\n"
                    + String.join("\n", lines));
        }
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
