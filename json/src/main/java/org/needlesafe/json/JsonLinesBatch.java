package org.needlesafe.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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
import org.needlesafe.text.Language;

/**
 * Assesses a JSON Lines stream of cases: one output line per input line, in input order (the assessment, or
 * {@code {"line": N, "errors": [...]}}), on the machine's cores. Memory stays bounded however long the stream: at
 * most a fixed number of lines are in flight, and a line longer than the document limit is skipped unread.
 */
public final class JsonLinesBatch implements AutoCloseable {
    /** How many lines may be read ahead of the one being written, per thread. */
    private static final int AHEAD_PER_THREAD = 64;

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
     * The answer for one line: its assessment or its problems, and either as the line of JSON to write.
     *
     * @param line       1 for the first line
     * @param assessment the assessment, or {@code null} when the line was invalid
     * @param problems   the problems, empty when the line was assessed
     * @param json       the assessment object, or the error record {@code {"line": N, "errors": [...]}}
     */
    public record Answer(long line, Assessment assessment, List<Problem> problems, String json) {
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
        Summary summary = run(in, new Sink() {
            @Override
            public void accept(Answer answer) throws IOException {
                out.write(answer.json());
                out.write('\n');
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
        BlockingQueue<Future<Answer>> ahead = new ArrayBlockingQueue<>(threads * AHEAD_PER_THREAD);
        Future<Answer> end = CompletableFuture.completedFuture(null);
        AtomicReference<IOException> failed = new AtomicReference<>();
        Thread reading = new Thread(() -> {
            try {
                LineReader lines = new LineReader(in);
                long number = 0;
                for (byte[] line; (line = lines.next()) != null; ) {
                    long at = ++number;
                    if (at > maxLines) {
                        ahead.put(CompletableFuture.completedFuture(invalid(at, List.of(new Problem("",
                                "the batch has more than " + maxLines + " lines; the rest was not read")))));
                        break;
                    }
                    byte[] document = line;
                    ahead.put(workers.submit(() -> answer(at, document, language)));
                }
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
            for (Future<Answer> next = ahead.take(); next != end; next = ahead.take()) {
                Answer answer = next.get();
                invalid += answer.assessment() == null ? 1 : 0;
                lines++;
                out.accept(answer);
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

    private Answer answer(long line, byte[] document, Language.Choice language) {
        try {
            Assessment assessment = advisor.assess(reader.readValid(document)).in(language);
            return new Answer(line, assessment, List.of(), AssessmentWriter.toJson(assessment));
        } catch (InvalidCaseException e) {
            return invalid(line, e.problems());
        }
    }

    private static Answer invalid(long line, List<Problem> problems) {
        return new Answer(line, null, problems, AssessmentWriter.errorRecord(line, problems));
    }

    private static void putQuietly(BlockingQueue<Future<Answer>> queue, Future<Answer> value) {
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
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private boolean ended;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            byte[] line = new byte[256];
            int length = 0;
            boolean tooLong = false;
            while (true) {
                if (position == limit) {
                    if (ended || !fill()) {
                        ended = true;
                        return length == 0 && !tooLong ? null : finish(line, length, tooLong);
                    }
                }
                byte b = buffer[position++];
                if (b == '\n') {
                    return finish(line, length, tooLong);
                }
                if (tooLong) {
                    continue;
                }
                if (length == CaseReader.MAX_DOCUMENT_BYTES) {
                    tooLong = true;
                    continue;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(line.length * 2, CaseReader.MAX_DOCUMENT_BYTES + 1));
                }
                line[length++] = b;
            }
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
