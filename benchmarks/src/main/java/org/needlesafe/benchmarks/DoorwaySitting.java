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
 * (this machine's speed varies from minute to minute, so each target is a ratio). Run from the repository root after
 * {@code mvn -B -q -pl benchmarks,examples,cds-hooks -am package -DskipTests}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.needlesafe.benchmarks.DoorwaySitting cli|http|batch|all [rounds]
 * </pre>
 * The doorway and the library take turns, {@code rounds} times (3 unless given): the library, then the doorway, then
 * the library again, and so on. Each round's ratio is to the mean of the library figures just before and just after
 * it, and a target's verdict is the median of its rounds, so the machine's drift during a sitting moves both sides of
 * a ratio alike.
 * {@code cli}: the marginal cost per case of a 20,000-case batch through {@code bin/needlesafe assess} (the batch's
 * wall time minus a one-case run's; {@code NEEDLESAFE_JAVA_OPTS} passes through) against
 * {@code AssessBenchmark.assess} (engine=advisor)'s mean. {@code http}: {@code POST /v1/assessments} from 8 keep-alive
 * connections ({@code wrk}, 20 s windows after a warm-up of 90 s and then for as long as the server's throughput
 * still climbs) against {@code ThroughputBenchmark.assess} (engine=advisor, 2 threads), with its p99.
 * {@code batch}: {@code POST /v1/assessments/batch}, 1,000 cases a request from 2 connections, against the same. The
 * load average is printed at each step. Needs {@code wrk} on the path for http and batch (Debian:
 * {@code apt-get install wrk}).
 */
public final class DoorwaySitting {
    private static final int BATCH_CASES = 20_000;
    /** Rounds of doorway and library, interleaved; each target's verdict is the median of its rounds' ratios. */
    private static final int ROUNDS = 3;
    private static final int LINES_PER_BATCH_REQUEST = 1_000;
    /**
     * Both sides are measured warm, as a server runs for days: the JIT needs tens of thousands of calls to compile the
     * rules, Jackson and the schema validator. The library's 2-thread throughput climbed from about 7,000/s to
     * 19,000/s over its first 50 s in one fork on this machine, so its warm-up is 60 s (30 iterations of 2 s), and the
     * server's 90 s, longer since each call also runs the HTTP, JSON and schema code the JIT has to compile.
     */
    private static final String WARM_UP = "-d90s";
    private static final String WARM_UP_WINDOW = "-d15s";
    private static final int MORE_WARM_UP_WINDOWS = 12;
    /** Before each measured window, after the library's run has had the machine. */
    private static final String REWARM = "-d5s";
    private static final String WINDOW = "-d20s";
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
        int rounds = args.length < 2 ? ROUNDS : rounds(args[1]);
        if (!List.of("cli", "http", "batch", "all").contains(what) || rounds < 1 || args.length > 2) {
            System.err.println("usage: DoorwaySitting cli|http|batch|all [rounds, default " + ROUNDS + "]");
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
            new DoorwaySitting(work).run(what, rounds);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The rounds asked for, or 0 (refused) when that is not a whole number. */
    private static int rounds(String given) {
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void run(String what, int rounds) throws Exception {
        say("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; " + rounds + " round(s)");
        List<String> lines = Scenarios.jsonLines(BATCH_CASES);
        if (what.equals("cli") || what.equals("all")) {
            cli(lines, rounds);
        }
        boolean single = what.equals("http") || what.equals("all");
        boolean batch = what.equals("batch") || what.equals("all");
        if (single || batch) {
            http(lines, rounds, single, batch);
        }
    }

    /**
     * Rounds of: the command line on one case and on the batch, then the library. Each round's ratio is to the mean
     * of the library figures just before and just after it, so a machine whose speed drifts during the sitting moves
     * both sides of a ratio alike.
     */
    private void cli(List<String> lines, int rounds) throws Exception {
        Path one = work.resolve("one.jsonl");
        Path all = work.resolve("all.jsonl");
        Files.write(one, lines.subList(0, 1));
        Files.write(all, lines);
        List<String> oneCase = List.of(CLI.toString(), "assess", "--format", "json", one.toString());
        List<String> batch = List.of(CLI.toString(), "assess", "--format", "json", all.toString());
        seconds(oneCase, true); // unmeasured: bin/needlesafe builds its jar here if a source is newer
        double library = libraryMeanMicros();
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double oneSeconds = seconds(oneCase);
            double batchSeconds = seconds(batch);
            double marginal = (batchSeconds - oneSeconds) / lines.size() * 1e6;
            double next = libraryMeanMicros();
            ratios[round] = marginal / ((library + next) / 2);
            say(String.format(Locale.ROOT, "CLI round %d: one case %.2f s, %d cases %.2f s: marginal %.1f us per"
                    + " case; library mean %.1f / %.1f us: ratio %.2f", round + 1, oneSeconds, lines.size(),
                    batchSeconds, marginal, library, next, ratios[round]));
            library = next;
        }
        say(String.format(Locale.ROOT, "CLI: median ratio %.2f (rounds %s; target <= 2)", median(ratios),
                list(ratios)));
    }

    /**
     * The server, warmed once, then rounds of: a 20 s window of each endpoint measured, then the library's 2-thread
     * throughput (the server idles meanwhile). Each window follows a short unmeasured run, since the library's run
     * leaves the processors' caches to itself.
     */
    private void http(List<String> lines, int rounds, boolean single, boolean batch) throws Exception {
        Process server = startServer();
        try {
            String base = "http://127.0.0.1:" + port(server);
            awaitReady(base);
            Path list = work.resolve("scenarios.txt");
            Files.write(list, scenarioFiles());
            Path body = work.resolve("batch.jsonl");
            Files.write(body, lines.subList(0, LINES_PER_BATCH_REQUEST));
            if (single) {
                warm(duration -> singleCalls(base, list, duration, false));
            }
            if (batch) {
                warm(duration -> batches(base, body, duration, false));
            }
            double library = libraryThroughput();
            double[] singleRatios = new double[rounds];
            double[] p99s = new double[rounds];
            double[] batchRatios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                double calls = Double.NaN;
                double cases = Double.NaN;
                if (single) {
                    singleCalls(base, list, REWARM, false);
                    String out = singleCalls(base, list, WINDOW, true);
                    calls = requestsPerSecond(out);
                    p99s[round] = p99Millis(out);
                }
                if (batch) {
                    batches(base, body, REWARM, false);
                    cases = requestsPerSecond(batches(base, body, WINDOW, true)) * LINES_PER_BATCH_REQUEST;
                }
                double next = libraryThroughput();
                double mean = (library + next) / 2;
                singleRatios[round] = calls / mean;
                batchRatios[round] = cases / mean;
                say(String.format(Locale.ROOT, "HTTP round %d: library 2 threads %.0f / %.0f per s;%s%s", round + 1,
                        library, next,
                        single ? String.format(Locale.ROOT, " single %.0f calls/s, p99 %.2f ms, ratio %.3f;", calls,
                                p99s[round], singleRatios[round]) : "",
                        batch ? String.format(Locale.ROOT, " batch %.0f cases/s, ratio %.3f", cases,
                                batchRatios[round]) : ""));
                library = next;
            }
            if (single) {
                say(String.format(Locale.ROOT, "HTTP single: median ratio %.3f (rounds %s; target >= 0.25), p99"
                        + " %s ms (target <= 10 ms)", median(singleRatios), list(singleRatios), list(p99s)));
            }
            if (batch) {
                say(String.format(Locale.ROOT, "HTTP batch: median ratio %.3f (rounds %s; target >= 0.5)",
                        median(batchRatios), list(batchRatios)));
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Loads the server for {@link #WARM_UP}, then in further windows for as long as its throughput still climbs (by
     * more than 5 % over the best window so far, at most {@link #MORE_WARM_UP_WINDOWS} windows): on a slow hour the
     * JIT is still compiling after 90 s, and a server measured before its code is compiled is not the server that
     * runs for days.
     */
    private static void warm(Load load) throws Exception {
        load.run(WARM_UP);
        double best = 0;
        for (int window = 0; window < MORE_WARM_UP_WINDOWS; window++) {
            double rate = requestsPerSecond(load.run(WARM_UP_WINDOW));
            if (rate < best * 1.05) {
                return;
            }
            best = rate;
        }
    }

    /** A load on the server for a duration ({@code -d20s}), its wrk output. */
    private interface Load {
        String run(String duration) throws Exception;
    }

    private String singleCalls(String base, Path list, String duration, boolean measured) throws Exception {
        List<String> options = new ArrayList<>(List.of("-t2", "-c8", duration, "--timeout", "10s"));
        if (measured) {
            options.add("--latency");
        }
        return wrk(options, "single.lua", base, list, measured);
    }

    private String batches(String base, Path body, String duration, boolean measured) throws Exception {
        return wrk(List.of("-t1", "-c2", duration, "--timeout", "30s"), "batch.lua", base, body, measured);
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

    /** The wall time of a command run to its end, its output discarded; it must succeed. */
    private double seconds(List<String> command) throws Exception {
        return seconds(command, false);
    }

    /**
     * The command's wall time. Refused when {@code bin/needlesafe} rebuilt its jar, unless a build is allowed: a
     * source changed during the sitting, and the build's time is not the command line's.
     */
    private double seconds(List<String> command, boolean mayBuild) throws Exception {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(work.resolve("out").toFile())
                .redirectError(work.resolve("err").toFile()).start();
        int status = process.waitFor();
        double took = (System.nanoTime() - started) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(command + " exited with " + status + ": "
                    + Files.readString(work.resolve("err")));
        }
        if (!mayBuild && Files.readString(work.resolve("err")).contains("building the jar")) {
            throw new IllegalStateException(command + " rebuilt its jar during the sitting (a source changed):"
                    + " its time is not the command line's; run the sitting again");
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

    private static String list(double[] values) {
        List<String> out = new ArrayList<>();
        for (double value : values) {
            out.add(String.format(Locale.ROOT, value < 1 ? "%.3f" : "%.2f", value));
        }
        return String.join(", ", out);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
