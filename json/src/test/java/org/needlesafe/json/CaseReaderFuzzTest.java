package org.needlesafe.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.json.FuzzDocuments.Expectation;
import org.needlesafe.json.FuzzDocuments.Fuzzed;
import org.needlesafe.json.FuzzDocuments.Rejected;
import org.needlesafe.json.FuzzDocuments.SameAs;

/**
 * Reads many mutated and random documents and checks, for each, that the reader answers with a valid case (which
 * the advisor then assesses and the writer writes, without an exception) or with {@link InvalidCaseException}
 * listing problems that each have a path and a one-line message; never another exception, never more than the time
 * bound, never a hang. Mutations that must not change the answer (unknown fields, white space, another encoding)
 * are compared with the document they came from; unknown codes, impossible dates, duplicated keys and breached
 * limits must be reported where they are.
 *
 * <p>The default run is sized for CI. The dedicated mode takes more documents and any seed (docs/FUZZING.md):
 * {@code -Dneedlesafe.fuzz.count=1000000 -Dneedlesafe.fuzz.seed=random}. A failure names the run's seed and the
 * document's number, saves the document under {@code target/fuzz-failures/}, and says how to replay just it.
 */
class CaseReaderFuzzTest {
    /** Documents in the default run: 30-40 s on two busy cores. */
    static final int DEFAULT_COUNT = 30_000;
    static final long DEFAULT_SEED = 20261125L;
    /** The most one document may take to read, assess and write, in milliseconds. */
    static final long DEFAULT_TIME_BOUND_MS = 200;
    /** A document still unanswered after this long is a hang. */
    private static final long HANG_MS = 10_000;
    private static final int MAX_FAILURES = 20;

    private static final SafetyAdvisor ADVISOR = AdvisorHolder.ADVISOR;
    private static final CaseReader READER = new CaseReader(ADVISOR);
    private static FuzzDocuments documents;

    @BeforeAll
    static void seedsAreValidAndTheEngineIsWarm() {
        List<FuzzDocuments.Seed> seeds = FuzzDocuments.seeds();
        assertThat(seeds).as("seeds: the example scenarios and the contract's examples").hasSizeGreaterThan(12);
        for (FuzzDocuments.Seed seed : seeds) {
            if (!seed.name().startsWith("examples/invalid")) {
                for (int i = 0; i < 20; i++) { // warm the JIT so that the time bound measures the code, not it
                    AssessmentWriter.toJson(ADVISOR.assess(READER.read(new ByteArrayInputStream(seed.bytes()))));
                }
            }
        }
        documents = new FuzzDocuments(seeds, List.copyOf(ADVISOR.jurisdictions().ids()));
    }

    @Test
    void everyDocumentGivesACaseOrTheDocumentedException() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("fuzz: %d documents from #%d, seed %d, time bound %d ms%n", settings.count(),
                settings.first(), settings.seed(), settings.timeBoundMs());
        AtomicReference<Fuzzed> current = new AtomicReference<>();
        AtomicLong currentIndex = new AtomicLong();
        AtomicLong startedAt = new AtomicLong();
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz");
            thread.setDaemon(true); // a hung read must not keep the test JVM alive
            return thread;
        });
        try {
            Future<Summary> run = worker.submit(() -> run(settings, current, currentIndex, startedAt));
            Summary summary = awaitWithoutHang(run, settings, current, currentIndex, startedAt);
            System.out.println(summary.describe(settings));
            assertThat(summary.failures()).as("failures").isEmpty();
        } finally {
            worker.shutdownNow();
        }
    }

    private static Summary awaitWithoutHang(Future<Summary> run, Settings settings, AtomicReference<Fuzzed> current,
            AtomicLong currentIndex, AtomicLong startedAt) throws Exception {
        while (true) {
            try {
                return run.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                long started = startedAt.get();
                if (started != 0 && System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(HANG_MS)) {
                    run.cancel(true);
                    throw new AssertionError(report(settings, currentIndex.get(), current.get(),
                            "no answer after " + HANG_MS + " ms: a hang"));
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
            }
        }
    }

    private static Summary run(Settings settings, AtomicReference<Fuzzed> current, AtomicLong currentIndex,
            AtomicLong startedAt) {
        Summary summary = new Summary();
        long began = System.nanoTime();
        for (long i = settings.first(); i < settings.first() + settings.count(); i++) {
            Fuzzed fuzzed = documents.next(new Random(documentSeed(settings.seed(), i)));
            current.set(fuzzed);
            currentIndex.set(i);
            startedAt.set(System.nanoTime());
            String failure;
            try {
                failure = check(fuzzed, settings, summary);
            } catch (Throwable e) {
                failure = "threw " + stackTrace(e);
            }
            startedAt.set(0);
            if (failure != null) {
                summary.failures().add(report(settings, i, fuzzed, failure));
                System.err.println(summary.failures().get(summary.failures().size() - 1));
                if (summary.failures().size() >= MAX_FAILURES) {
                    break;
                }
            }
            summary.count(fuzzed.how());
            if ((i - settings.first() + 1) % 100_000 == 0) {
                System.out.printf("fuzz: %d documents, %d s%n", i - settings.first() + 1,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
            }
        }
        summary.seconds = (System.nanoTime() - began) / 1e9;
        return summary;
    }

    /** Null when the document behaves, else what went wrong. */
    private static String check(Fuzzed fuzzed, Settings settings, Summary summary) {
        String text = fuzzed.asText() ? new String(fuzzed.bytes(), UTF_8) : null; // decoding is not the reader's time
        long started = System.nanoTime();
        Result result = readAssessAndWrite(fuzzed.bytes(), text);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        for (int attempt = 2; attempt <= 3 && millis > settings.timeBoundMs(); attempt++) {
            // Again, so that a pause of the collector or a busy machine is not taken for slow code.
            long again = System.nanoTime();
            readAssessAndWrite(fuzzed.bytes(), text);
            millis = Math.min(millis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - again));
        }
        if (millis > settings.timeBoundMs()) {
            return "took " + millis + " ms at best of three, over the bound of " + settings.timeBoundMs() + " ms";
        }
        if (millis > summary.slowest) {
            summary.slowest = millis;
            summary.slowestHow = fuzzed.how();
        }
        String broken = result.brokenProperty();
        if (broken != null) {
            return broken;
        }
        if (result.valid()) {
            summary.valid++;
        }
        return unmet(fuzzed.expectation(), result, summary);
    }

    /** The outcome of one document: a valid case and its assessment, or the problems. */
    private record Result(TreatmentCase treatment, Assessment assessment, List<Problem> problems) {
        boolean valid() {
            return problems == null;
        }

        boolean truncated() {
            return problems != null && problems.size() > CaseReader.MAX_PROBLEMS;
        }

        /** The properties every document has; null when they hold. */
        String brokenProperty() {
            if (valid()) {
                return assessment == null || assessment.decision() == null ? "a valid case without a decision" : null;
            }
            if (problems.isEmpty()) {
                return "InvalidCaseException without problems";
            }
            if (problems.size() > CaseReader.MAX_PROBLEMS + 1) {
                return problems.size() + " problems listed, more than " + CaseReader.MAX_PROBLEMS + " and a count";
            }
            for (Problem problem : problems) {
                if (problem == null || problem.path() == null || problem.message() == null
                        || problem.message().isBlank()) {
                    return "a problem without a path or a message: " + problem;
                }
                if (!printable(problem.path()) || !printable(problem.message())) {
                    return "a problem that is not one printable line: " + FuzzDocuments.describe(problem.toString());
                }
            }
            return null;
        }
    }

    /** One line of text without control characters or unpaired surrogates, as the error format promises. */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the text when there is one, else the bytes as a stream. */
    private static Result readAssessAndWrite(byte[] bytes, String text) {
        TreatmentCase treatment;
        try {
            treatment = text != null ? READER.read(text) : READER.read(new ByteArrayInputStream(bytes));
        } catch (InvalidCaseException e) {
            return new Result(null, null, e.problems());
        }
        // A case the reader accepts must be assessed and written without any exception, InvalidCaseException too.
        Assessment assessment = ADVISOR.assess(treatment);
        String line = AssessmentWriter.toJson(assessment);
        if (line.indexOf('\n') >= 0 || !Documents.parse(line).isObject()) {
            throw new AssertionError("the assessment is not one line of JSON: " + FuzzDocuments.describe(line));
        }
        return new Result(treatment, assessment, null);
    }

    private static String unmet(Expectation expectation, Result result, Summary summary) {
        if (expectation instanceof Rejected rejected) {
            if (result.valid()) {
                return "read as valid, expected a problem at '" + rejected.path() + "' matching "
                        + rejected.message().pattern();
            }
            boolean found = result.problems().stream().anyMatch(problem -> problem.path().equals(rejected.path())
                    && rejected.message().matcher(problem.message()).matches());
            if (!found && result.truncated()) {
                summary.unverified++;
                return null; // the problem may be among those counted but not listed
            }
            return found ? null : "expected a problem at '" + rejected.path() + "' matching "
                    + rejected.message().pattern() + ", got " + describe(result.problems());
        }
        if (expectation instanceof SameAs same) {
            Result base = readAssessAndWrite(same.base(), null);
            if (base.valid() || result.valid()) {
                return base.valid() && result.valid() && base.treatment().equals(result.treatment()) ? null
                        : "expected the same answer as the document it came from, got "
                        + (result.valid() ? "a valid case" : describe(result.problems())) + " instead of "
                        + (base.valid() ? "a valid case" : describe(base.problems()));
            }
            List<String> expected = comparable(base.problems(), same.ordered());
            List<String> actual = comparable(result.problems(), same.ordered());
            if (base.truncated() && result.truncated()) {
                return null;
            }
            return expected.equals(actual) ? null
                    : "expected the same problems as the document it came from, got " + actual + " instead of "
                    + expected;
        }
        return null;
    }

    /** Problems without their line and column (white space moves them), sorted when order does not matter. */
    private static List<String> comparable(List<Problem> problems, boolean ordered) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : problems) {
            texts.add(problem.toString().replaceAll(" at line \\d+, column \\d+", ""));
        }
        if (!ordered) {
            texts.sort(null);
        }
        return texts;
    }

    private static String describe(List<Problem> problems) {
        List<String> texts = new ArrayList<>();
        for (Problem problem : problems.subList(0, Math.min(5, problems.size()))) {
            String text = problem.toString();
            int length = text.codePointCount(0, text.length());
            texts.add(length <= 200 ? FuzzDocuments.describe(text) : FuzzDocuments.describe(text).replace("...'", "")
                    + "..." + FuzzDocuments.escape(text.substring(text.offsetByCodePoints(0, length - 100)), 100) + "'");
        }
        return texts + (problems.size() > 5 ? " and " + (problems.size() - 5) + " more" : "");
    }

    // --- seeds, reports, settings -------------------------------------------------------------------------------

    /** Each document has a seed of its own, so that one can be replayed without the ones before it. */
    static long documentSeed(long runSeed, long index) {
        long z = runSeed + (index + 1) * 0x9E3779B97F4A7C15L; // SplitMix64
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String report(Settings settings, long index, Fuzzed fuzzed, String failure) {
        String saved = save(settings.seed(), index, fuzzed);
        return "fuzz document #" + index + " of seed " + settings.seed() + ": " + failure
                + "\n  made by: " + FuzzDocuments.escape(fuzzed.how(), 2000)
                + "\n  handed over as: " + (fuzzed.asText() ? "a String" : "bytes")
                + "\n  saved to: " + saved
                + "\n  replay: mvn -B -pl json -am verify -Dtest=CaseReaderFuzzTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dneedlesafe.fuzz.seed=" + settings.seed()
                + " -Dneedlesafe.fuzz.first=" + index + " -Dneedlesafe.fuzz.count=1";
    }

    private static String save(long seed, long index, Fuzzed fuzzed) {
        try {
            Path folder = Path.of("target", "fuzz-failures");
            Files.createDirectories(folder);
            Path file = folder.resolve(seed + "-" + index + ".json");
            Files.write(file, fuzzed.bytes());
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            return "(not saved: " + e.getMessage() + ")";
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        return trace.length() > 3000 ? trace.substring(0, 3000) + "..." : trace;
    }

    /** The run's size and seed, from system properties (see docs/FUZZING.md). */
    record Settings(long count, long first, long seed, long timeBoundMs) {
        static Settings fromSystemProperties() {
            String seed = System.getProperty("needlesafe.fuzz.seed", Long.toString(DEFAULT_SEED));
            return new Settings(
                    Long.parseLong(System.getProperty("needlesafe.fuzz.count", Integer.toString(DEFAULT_COUNT))),
                    Long.parseLong(System.getProperty("needlesafe.fuzz.first", "0")),
                    seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed),
                    Long.parseLong(System.getProperty("needlesafe.fuzz.timeBoundMs",
                            Long.toString(DEFAULT_TIME_BOUND_MS))));
        }
    }

    /** What a run did. */
    private static final class Summary {
        private static final List<String> OPERATORS = List.of("vary", "add", "entries", "remove", "null", "graft",
                "type swap", "huge number", "nest", "list", "string", "field name", "unknown field", "unknown code",
                "duplicate key", "bad date", "duplicate entry", "reorder", "root swap", "flip", "replace", "delete",
                "copy", "insert", "invalid UTF-8", "UTF-8 byte-order mark at", "two UTF-8 byte-order marks",
                "UTF-8 byte-order mark", "UTF-16 byte-order mark", "re-encode", "raw control character",
                "in a string", "white space", "random");
        private final List<String> failures = new ArrayList<>();
        private final Map<String, Integer> operators = new TreeMap<>();
        private long documents;
        private long valid;
        private long unverified;
        private long slowest;
        private String slowestHow = "";
        private double seconds;

        List<String> failures() {
            return failures;
        }

        void count(String how) {
            documents++;
            for (String step : how.split("; ")) {
                if (!step.endsWith(".json")) { // the seed's name
                    operators.merge(operator(step), 1, Integer::sum);
                }
            }
        }

        private static String operator(String step) {
            if (step.startsWith("truncate")) {
                return "truncate before " + step.substring(step.lastIndexOf(' ') + 1);
            }
            String bare = step.replaceFirst("^\\d+ ", "");
            for (String name : OPERATORS) {
                if (bare.startsWith(name)) {
                    return name;
                }
            }
            return bare;
        }

        String describe(Settings settings) {
            return String.format("fuzz: %d documents in %.1f s (%.0f per second), seed %d: %d valid and assessed, "
                            + "%d invalid; slowest %d ms; %d expected problems possibly among those not listed; "
                            + "%d failures%n  slowest: %s%n  operators: %s", documents, seconds,
                    documents / Math.max(seconds, 1e-9), settings.seed(), valid, documents - valid, slowest, unverified,
                    failures.size(), FuzzDocuments.escape(slowestHow, 300), operators);
        }
    }
}
