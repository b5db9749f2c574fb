package org.needlesafe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's JSON Lines batch and the JSON API measured against the library's own benchmarks in one sitting
 * (this machine's speed varies from day to day, so each target is a ratio). Run from the repository root after
 * {@code mvn -B -q -pl benchmarks,examples,cds-hooks -am package -DskipTests}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.needlesafe.benchmarks.DoorwaySitting cli|http|batch|all
 * </pre>
 * {@code cli}: the marginal cost per case of a 20,000-case batch through {@code bin/needlesafe assess} (the batch's
 * wall time minus a one-case run's, 3 runs of each, medians; {@code NEEDLESAFE_JAVA_OPTS} passes through) against {@code AssessBenchmark.assess} (engine=advisor)'s
 * mean. {@code http}: {@code POST /v1/assessments} from 8 keep-alive connections ({@code wrk}, after a 90 s
 * warm-up) against {@code ThroughputBenchmark.assess} (engine=advisor, 2 threads), with its p99. {@code batch}: {@code POST
 * /v1/assessments/batch}, 1,000 cases a request from 2 connections, against the same. The library is measured
 * before and after the doorway, and the load average printed at each step. Needs {@code wrk} on the path for http
 * and batch (Debian: {@code apt-get install wrk}).
 */
public final class DoorwaySitting {
    private static final int BATCH_CASES = 20_000;
    private static final int RUNS = 3;
    private static final int LINES_PER_BATCH_REQUEST = 1_000;
    /**
     * Both sides are measured warm, as a server runs for days: the JIT needs tens of thousands of calls to compile the
     * rules, Jackson and the schema validator. The library's 2-thread throughput climbed from about 7,000/s to
     * 19,000/s over its first 50 s in one fork on this machine, so its warm-up is 60 s (30 iterations of 2 s), and the
     * server's 90 s, longer since each call also runs the HTTP, JSON and schema code the JIT has to compile.
     */
    private static final String WARM_UP = "-d90s";
    private static final String LIBRARY_WARM_UP_ITERATIONS = "30";
    private static final Path BENCHMARKS_JAR = Path.of("benchmarks/target/benchmarks.jar");
    private static final Path CLI_JAR = Path.of("examples/target/needlesafe.jar");
    /** The command as users run it, with its JVM options. */
    private static final Path CLI = Path.of("bin/needlesafe");
    private static final Path SERVER_JAR = Path.of("cds-hooks/target/needlesafe-cds-hooks.jar");
    private static final Path WRK_SCRIPTS = Path.of("benchmarks/src/main/wrk");
    private static final Pattern LISTENING = Pattern.compile("CDS Hooks service on [^\\s:]+:(\\d+) ");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JVMs started here are this one's. */
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path work;

    private DoorwaySitting(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "all" : args[0];
        if (!List.of("cli", "http", "batch", "all").contains(what)) {
            System.err.println("usage: DoorwaySitting cli|http|batch|all");
            System.exit(2);
        }
        for (Path jar : List.of(BENCHMARKS_JAR, CLI_JAR, SERVER_JAR)) {
            if (!Files.isRegularFile(jar)) {
                System.err.println(jar + " is missing: run from the repository root after "
                        + "mvn -B -q -pl benchmarks,examples,cds-hooks -am package -DskipTests");
                System.exit(2);
            }
        }
        Path work = Files.createTempDirectory("needlesafe-sitting");
        try {
            new DoorwaySitting(work).run(what);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void run(String what) throws Exception {
        say("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        List<String> lines = Scenarios.jsonLines(BATCH_CASES);
        if (what.equals("cli") || what.equals("all")) {
            double before = libraryMeanMicros();
            double marginal = cliMarginalMicros(lines);
            double after = libraryMeanMicros();
            say(String.format(Locale.ROOT, "CLI: marginal %.1f us per case; library mean %.1f us before, %.1f us"
                    + " after: ratio %.2f / %.2f (target <= 2)", marginal, before, after, marginal / before,
                    marginal / after));
        }
        if (what.equals("http") || what.equals("batch") || what.equals("all")) {
            double before = libraryThroughput();
            double single = Double.NaN;
            double p99 = Double.NaN;
            double batch = Double.NaN;
            Process server = startServer();
            try {
                String base = "http://127.0.0.1:" + port(server);
                awaitReady(base);
                if (!what.equals("batch")) {
                    Path list = work.resolve("scenarios.txt");
                    Files.write(list, scenarioFiles());
                    wrk(List.of("-t2", "-c8", WARM_UP, "--timeout", "10s"), "single.lua", base, list, false);
                    String out = wrk(List.of("-t2", "-c8", "-d20s", "--timeout", "10s", "--latency"), "single.lua",
                            base, list, true);
                    single = requestsPerSecond(out);
                    p99 = p99Millis(out);
                }
                if (!what.equals("http")) {
                    Path body = work.resolve("batch.jsonl");
                    Files.write(body, lines.subList(0, LINES_PER_BATCH_REQUEST));
                    wrk(List.of("-t1", "-c2", WARM_UP, "--timeout", "30s"), "batch.lua", base, body, false);
                    String out = wrk(List.of("-t1", "-c2", "-d20s", "--timeout", "30s"), "batch.lua", base, body,
                            true);
                    batch = requestsPerSecond(out) * LINES_PER_BATCH_REQUEST;
                }
            } finally {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
            }
            double after = libraryThroughput();
            if (!Double.isNaN(single)) {
                say(String.format(Locale.ROOT, "HTTP single: %.0f calls/s, p99 %.2f ms; library 2 threads %.0f/s"
                        + " before, %.0f/s after: ratio %.3f / %.3f (target >= 0.25, p99 <= 10 ms)", single, p99,
                        before, after, single / before, single / after));
            }
            if (!Double.isNaN(batch)) {
                say(String.format(Locale.ROOT, "HTTP batch: %.0f cases/s; library 2 threads %.0f/s before, %.0f/s"
                        + " after: ratio %.3f / %.3f (target >= 0.5)", batch, before, after, batch / before,
                        batch / after));
            }
        }
    }

    private List<String> scenarioFiles() throws IOException {
        List<String> files = new ArrayList<>();
        List<String> names = Scenarios.names();
        List<byte[]> documents = Scenarios.documents();
        Path folder = Files.createDirectories(work.resolve("scenarios"));
        for (int i = 0; i < names.size(); i++) {
            Path file = folder.resolve(names.get(i));
            Files.write(file, documents.get(i));
            files.add(file.toString());
        }
        return files;
    }

    private double cliMarginalMicros(List<String> lines) throws Exception {
        Path one = work.resolve("one.jsonl");
        Path all = work.resolve("all.jsonl");
        Files.write(one, lines.subList(0, 1));
        Files.write(all, lines);
        double[] oneCase = new double[RUNS];
        double[] batch = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            oneCase[i] = seconds(List.of(CLI.toString(), "assess", "--format", "json", one.toString()));
            batch[i] = seconds(List.of(CLI.toString(), "assess", "--format", "json", all.toString()));
            say(String.format(Locale.ROOT, "CLI run %d: one case %.2f s, %d cases %.2f s", i + 1, oneCase[i],
                    lines.size(), batch[i]));
        }
        return (median(batch) - median(oneCase)) / lines.size() * 1e6;
    }

    /** The wall time of a command run to its end, its output discarded; it must succeed. */
    private double seconds(List<String> command) throws Exception {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(work.resolve("out").toFile())
                .redirectError(work.resolve("err").toFile()).start();
        int status = process.waitFor();
        double took = (System.nanoTime() - started) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(command + " exited with " + status + ": "
                    + Files.readString(work.resolve("err")));
        }
        return took;
    }

    private double libraryMeanMicros() throws Exception {
        return jmh(List.of("AssessBenchmark.assess$", "-p", "engine=advisor", "-bm", "avgt", "-f", "1", "-wi",
                LIBRARY_WARM_UP_ITERATIONS, "-w", "2", "-i", "10", "-r", "2"), "AssessBenchmark.assess (engine=advisor) mean, us");
    }

    private double libraryThroughput() throws Exception {
        return jmh(List.of("ThroughputBenchmark.assess$", "-p", "engine=advisor", "-t", "2", "-f", "1", "-wi",
                LIBRARY_WARM_UP_ITERATIONS, "-w", "2", "-i", "10", "-r", "2"), "ThroughputBenchmark.assess (engine=advisor, 2 threads), ops/s");
    }

    private double jmh(List<String> options, String what) throws Exception {
        Path result = work.resolve("jmh.json");
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", BENCHMARKS_JAR.toString()));
        command.addAll(options);
        command.addAll(List.of("-rf", "json", "-rff", result.toString()));
        seconds(command);
        JsonNode metric = JSON.readTree(result.toFile()).get(0).get("primaryMetric");
        double score = metric.get("score").asDouble();
        say(String.format(Locale.ROOT, "library: %s %.1f +- %.1f", what, score, metric.get("scoreError").asDouble()));
        return score;
    }

    private Process startServer() throws IOException {
        return new ProcessBuilder(JAVA, "-jar", SERVER_JAR.toString(), "--insecure-dev-mode", "--port", "0")
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
    }

    private int port(Process server) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Matcher listening = LISTENING.matcher(Files.readString(work.resolve("server.log")));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!server.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not start: " + Files.readString(work.resolve("server.log")));
    }

    private static void awaitReady(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server never became ready");
    }

    /** Runs wrk; a measured run ({@code measured}) with any error or timeout is refused, a warm-up's are not. */
    private String wrk(List<String> options, String script, String base, Path argument, boolean measured)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk"));
        command.addAll(options);
        command.addAll(List.of("-s", WRK_SCRIPTS.resolve(script).toString(), base, "--", argument.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        if (measured && (out.contains("Non-2xx") || out.contains("Socket errors"))) {
            throw new IllegalStateException("errors under load: " + out);
        }
        say(String.join(" ", command) + "\n" + out.strip());
        return out;
    }

    private static double requestsPerSecond(String wrk) {
        Matcher matcher = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(wrk);
        if (!matcher.find()) {
            throw new IllegalStateException("no Requests/sec in " + wrk);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static double p99Millis(String wrk) {
        Matcher matcher = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)\\b").matcher(wrk);
        if (!matcher.find()) {
            throw new IllegalStateException("no 99% latency in " + wrk);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void say(String line) {
        System.out.println("[load " + loadAverage() + "] " + line);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
    }
}
