package org.needlesafe.json;

import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.ValidCase;
import org.needlesafe.text.Language;

/**
 * Assesses a JSON Lines stream of cases: one output line per input line, in input order (the assessment, or
 * {@code {"line": N, "errors": [...]}}), on the machine's cores. Memory stays bounded however long the stream: at
 * most a fixed number of chunks of lines are in flight (each at most 128 lines or about 1 MiB), and a line longer than
 * the document limit is skipped unread.
 */
public final class JsonLinesBatch implements AutoCloseable {
    /** The most lines a worker takes at once. */
    private static final int CHUNK_LINES = 128;
    /** A chunk is closed once its lines reach this size, so that long lines keep the memory held small. */
    private static final int CHUNK_BYTES = CaseReader.MAX_DOCUMENT_BYTES;
    /** How many chunks may be read ahead of the one being written, per thread. */
    private static final int CHUNKS_AHEAD_PER_THREAD = 2;

    private final SafetyAdvisor advisor;
    private final CaseReader reader;
    private final ExecutorService workers;
    private final int threads;

    /** A batch on as many threads as the machine has cores. */
    public JsonLinesBatch(SafetyAdvisor advisor) {
        this(advisor, Runtime.getRuntime().availableProcessors());
    }

    public JsonLinesBatch(SafetyAdvisor advisor, int threads) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.reader = new CaseReader(advisor);
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "needlesafe-batch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The answer for one line: its assessment or its problems, and either as the line of JSON to write. Immutable;
     * the JSON is held as UTF-8, as it is written.
     */
    public static final class Answer {
        private final long line;
        private final Assessment assessment;
        private final List<Problem> problems;
        private final byte[] json;

        /**
         * @param line       1 for the first line
         * @param assessment the assessment, or {@code null} when the line was invalid
         * @param problems   the problems, empty when the line was assessed
         * @param json       the assessment object, or the error record {@code {"line": N, "errors": [...]}}
         */
        public Answer(long line, Assessment assessment, List<Problem> problems, String json) {
            this(line, assessment, problems, json.getBytes(StandardCharsets.UTF_8));
        }

        private Answer(long line, Assessment assessment, List<Problem> problems, byte[] json) {
            this.line = line;
            this.assessment = assessment;
            this.problems = List.copyOf(problems);
            this.json = json;
        }

        /** 1 for the first line. */
        public long line() {
            return line;
        }

        /** The assessment, or {@code null} when the line was invalid. */
        public Assessment assessment() {
            return assessment;
        }

        /** The problems, empty when the line was assessed. */
        public List<Problem> problems() {
            return problems;
        }

        /** The assessment object, or the error record {@code {"line": N, "errors": [...]}}, on one line. */
        public String json() {
            return new String(json, StandardCharsets.UTF_8);
        }

        /** Writes {@link #json()} as UTF-8, without a line break. */
        public void writeJson(OutputStream out) throws IOException {
            out.write(json);
        }

        /** Equal when every part is, as when it was a record. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Answer that && line == that.line && Objects.equals(assessment, that.assessment)
                    && problems.equals(that.problems) && Arrays.equals(json, that.json);
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, assessment, problems, Arrays.hashCode(json));
        }

        @Override
        public String toString() {
            return "Answer[line=" + line + ", " + (assessment == null ? problems.size() + " problem(s)"
                    : assessment.decision()) + "]";
        }
    }

    /** Takes the answers, in input order, on the thread that called {@link #run}. */
    public interface Sink {
        void accept(Answer answer) throws IOException;

        /** Nothing more is ready yet: a moment to flush. */
        default void idle() throws IOException {
        }
    }

    /** What a batch did: how many lines it answered and how many of them were invalid. */
    public record Summary(long lines, long invalid) {
    }

    /** Reads every line and writes one JSON line per line, flushing whenever it would otherwise wait. */
    public Summary run(InputStream in, Writer out, long maxLines) throws IOException {
        return run(in, out, maxLines, Language.Choice.of(Language.ENGLISH));
    }

    /** The same, with the assessments' words in a language (their codes stay language-neutral). */
    public Summary run(InputStream in, Writer out, long maxLines, Language.Choice language) throws IOException {
        return lines(in, answer -> {
            out.write(answer.json());
            out.write('\n');
        }, out, maxLines, language);
    }

    /**
     * Reads every line and writes one JSON line (UTF-8) per line to {@code out}, flushing whenever it would otherwise
     * wait; does not close it.
     */
    public Summary run(InputStream in, OutputStream out, long maxLines, Language.Choice language) throws IOException {
        return lines(in, answer -> {
            answer.writeJson(out);
            out.write('\n');
        }, out, maxLines, language);
    }

    /** The answers written as lines, flushed whenever the batch would otherwise wait, and at the end. */
    private Summary lines(InputStream in, Sink write, Flushable out, long maxLines, Language.Choice language)
            throws IOException {
        Summary summary = run(in, new Sink() {
            @Override
            public void accept(Answer answer) throws IOException {
                write.accept(answer);
            }

            @Override
            public void idle() throws IOException {
                out.flush();
            }
        }, maxLines, language);
        out.flush();
        return summary;
    }

    /**
     * Reads every line of {@code in} and hands the answers to the sink in input order. Stops after
     * {@code maxLines} lines with a last error record saying so.
     */
    public Summary run(InputStream in, Sink out, long maxLines) throws IOException {
        return run(in, out, maxLines, Language.Choice.of(Language.ENGLISH));
    }

    /** The same, with the assessments' words in a language (their codes stay language-neutral). */
    public Summary run(InputStream in, Sink out, long maxLines, Language.Choice language) throws IOException {
        BlockingQueue<Future<List<Answer>>> ahead = new ArrayBlockingQueue<>(threads * CHUNKS_AHEAD_PER_THREAD);
        Future<List<Answer>> end = CompletableFuture.completedFuture(List.of());
        AtomicReference<IOException> failed = new AtomicReference<>();
        Thread reading = new Thread(() -> {
            try {
                read(new LineReader(in), ahead, maxLines, language);
            } catch (IOException e) {
                failed.set(e);
            } catch (InterruptedException e) {
                return; // the writer gave up: nobody waits for the end
            }
            putQuietly(ahead, end);
        }, "needlesafe-batch-reader");
        reading.setDaemon(true);
        reading.start();
        long lines = 0;
        long invalid = 0;
        try {
            for (Future<List<Answer>> next = ahead.take(); next != end; next = ahead.take()) {
                for (Answer answer : next.get()) {
                    invalid += answer.assessment() == null ? 1 : 0;
                    lines++;
                    out.accept(answer);
                }
                if (ahead.isEmpty()) {
                    out.idle();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a line could not be answered", e.getCause());
        } finally {
            reading.interrupt();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return new Summary(lines, invalid);
    }

    /**
     * Hands the lines to the workers in chunks: up to {@value #CHUNK_LINES} lines or 1 MiB, fewer when no more has
     * arrived yet, so that a slow stream is answered line by line as it comes.
     */
    private void read(LineReader lines, BlockingQueue<Future<List<Answer>>> ahead, long maxLines,
                      Language.Choice language) throws IOException, InterruptedException {
        List<byte[]> chunk = new ArrayList<>(CHUNK_LINES);
        long bytes = 0;
        long number = 0;
        for (byte[] line; (line = lines.next()) != null; ) {
            if (++number > maxLines) {
                submit(chunk, number - 1, ahead, language);
                ahead.put(CompletableFuture.completedFuture(List.of(invalid(number, List.of(new Problem("",
                        "the batch has more than " + maxLines + " lines; the rest was not read"))))));
                return;
            }
            chunk.add(line);
            bytes += line.length;
            if (chunk.size() == CHUNK_LINES || bytes >= CHUNK_BYTES || !lines.buffered()) {
                chunk = submit(chunk, number, ahead, language);
                bytes = 0;
            }
        }
        submit(chunk, number, ahead, language);
    }

    /** Queues the answers to a chunk whose last line is line {@code last}; a new empty chunk. */
    private List<byte[]> submit(List<byte[]> chunk, long last, BlockingQueue<Future<List<Answer>>> ahead,
                                Language.Choice language) throws InterruptedException {
        if (!chunk.isEmpty()) {
            long first = last - chunk.size() + 1;
            ahead.put(workers.submit(() -> answers(first, chunk, language)));
        }
        return new ArrayList<>(CHUNK_LINES);
    }

    /**
     * The chunk's answers, worked phase by phase (read every line, assess every case, write every answer) rather
     * than line by line: each phase's code and data then stay in the processor's caches from one line to the next.
     * Line by line, reading a case took three times as long as it does alone (BENCHMARKS.md).
     */
    private List<Answer> answers(long first, List<byte[]> documents, Language.Choice language) {
        int size = documents.size();
        Answer[] answers = new Answer[size];
        ValidCase[] cases = new ValidCase[size];
        for (int i = 0; i < size; i++) {
            try {
                cases[i] = reader.readValid(documents.get(i));
            } catch (InvalidCaseException e) {
                answers[i] = invalid(first + i, e.problems());
            }
        }
        Assessment[] assessments = new Assessment[size];
        for (int i = 0; i < size; i++) {
            if (cases[i] != null) {
                assessments[i] = advisor.assess(cases[i]).in(language);
            }
        }
        for (int i = 0; i < size; i++) {
            if (assessments[i] != null) {
                answers[i] = new Answer(first + i, assessments[i], List.of(),
                        AssessmentWriter.toJsonBytes(assessments[i]));
            }
        }
        return Arrays.asList(answers);
    }

    private static Answer invalid(long line, List<Problem> problems) {
        return new Answer(line, null, problems, AssessmentWriter.errorRecord(line, problems));
    }

    private static <T> void putQuietly(BlockingQueue<T> queue, T value) {
        try {
            queue.put(value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * Lines of a byte stream, split at LF (a CR before it is dropped). A line longer than the document limit is
     * returned as a marker too long to read, without keeping more than the limit in memory.
     */
    private static final class LineReader {
        private static final byte[] EMPTY = new byte[0];
        private final InputStream in;
        private final byte[] buffer = new byte[256 * 1024];
        private int position;
        private int limit;
        private boolean ended;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            byte[] line = EMPTY;
            int length = 0;
            boolean tooLong = false;
            while (true) {
                if (position == limit && (ended || !fill())) {
                    ended = true;
                    return length == 0 && !tooLong ? null : finish(line, length, tooLong);
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int segment = end - position;
                if (end < limit && length == 0 && !tooLong && segment <= CaseReader.MAX_DOCUMENT_BYTES) {
                    // The usual case: the whole line is in the buffer, copied once.
                    int stop = segment > 0 && buffer[end - 1] == '\r' ? end - 1 : end;
                    byte[] whole = Arrays.copyOfRange(buffer, position, stop);
                    position = end + 1;
                    return whole;
                }
                if (!tooLong && length + segment > CaseReader.MAX_DOCUMENT_BYTES) {
                    tooLong = true; // the rest of the line is skipped, not kept
                }
                if (!tooLong) {
                    if (length + segment > line.length) {
                        line = Arrays.copyOf(line, Math.max(length + segment, Math.min(line.length * 2,
                                CaseReader.MAX_DOCUMENT_BYTES)));
                    }
                    System.arraycopy(buffer, position, line, length, segment);
                    length += segment;
                }
                if (end < limit) {
                    position = end + 1;
                    return finish(line, length, tooLong);
                }
                position = limit;
            }
        }

        /** Whether bytes of the stream are already read and not yet returned: another line may follow at once. */
        boolean buffered() {
            return position < limit;
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        }

        /** The line without a trailing CR; a line over the limit becomes one byte too many, which the reader refuses. */
        private static byte[] finish(byte[] line, int length, boolean tooLong) {
            if (tooLong) {
                return new byte[CaseReader.MAX_DOCUMENT_BYTES + 1];
            }
            int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            return Arrays.copyOf(line, end);
        }
    }
}
