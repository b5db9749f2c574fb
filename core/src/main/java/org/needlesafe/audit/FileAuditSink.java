package org.needlesafe.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only audit log: one JSON object per line ({@link AuditJson}), in the order recorded.
 *
 * <p>Every record is written whole and made durable before {@link #record} returns: the line is written with the
 * file locked, then forced to the disk ({@code force(true)}). Writers never interleave: threads of one JVM take a
 * lock per file, and processes take an exclusive {@link FileLock} on it, so any number of advisors, in any number of
 * processes, may share one file.
 *
 * <p>A writer killed in the middle of a line can leave a torn last line without its line break. The next writer
 * (when it opens the file, and before every record) removes such a tail under the lock before it appends, so a torn
 * line is never followed by another record, and a file in which no writer died mid-line never has one. A reader
 * that finds a last line without a line break should ignore it: it is a record whose writer died before it was
 * recorded, so the assessment it belongs to was never returned.
 */
public final class FileAuditSink implements AuditSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileAuditSink.class);
    /** One lock per file across the JVM: a FileLock only excludes other processes, and overlaps throw in one JVM. */
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final byte NEWLINE = '\n';
    private static final int TAIL_CHUNK = 8192;

    private final Path file;
    private final ReentrantLock lock;
    /**
     * Appends (and holds the lock), in append mode; {@code reader} reads the tail. Both are replaced if an interrupt
     * closes them under a caller: one interrupted caller must not end the log for everyone.
     */
    private FileChannel channel;
    private FileChannel reader;
    private volatile boolean closed;

    private FileAuditSink(Path file, FileChannel channel, FileChannel reader, ReentrantLock lock) {
        this.file = file;
        this.channel = channel;
        this.reader = reader;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the audit log at this path for appending. The folder must exist.
     *
     * @param file the audit log
     * @return the sink, holding the file open until closed
     * @throws UncheckedIOException when the file cannot be opened, created or locked
     */
    public static FileAuditSink open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(absolute);
        FileChannel channel;
        try {
            channel = openChannel(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + absolute + ": cannot be opened: " + e.getMessage(), e);
        }
        FileChannel reader = null;
        FileAuditSink sink;
        try {
            reader = FileChannel.open(absolute, StandardOpenOption.READ);
            Path key = absolute.toRealPath();
            if (!existed) {
                syncFolder(key.getParent());
            }
            sink = new FileAuditSink(key, channel, reader, LOCKS.computeIfAbsent(key, path -> new ReentrantLock()));
            sink.locked(() -> { });
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
                if (reader != null) {
                    reader.close();
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("audit log " + absolute + ": cannot be opened: " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return sink;
    }

    /**
     * The file this sink appends to.
     *
     * @return its absolute, normalised path
     */
    public Path file() {
        return file;
    }

    /**
     * Appends the record as one line and forces it to the disk.
     *
     * @throws UncheckedIOException when it cannot be written: the caller must not go on as if it had been recorded
     * @throws IllegalStateException when the sink is closed
     */
    @Override
    public void record(AuditRecord record) {
        byte[] line = (AuditJson.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
        locked(() -> {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            // One write call for the whole line; the loop only guards against a short write.
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            channel.close();
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + file + ": cannot be closed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    /**
     * Runs the step with the file locked in this JVM and across processes, after removing any torn tail. The
     * caller's interrupt flag is set aside meanwhile (an interrupt would close the channel mid-line) and restored.
     */
    private void locked(Io step) {
        lock.lock();
        boolean interrupted = Thread.interrupted();
        try {
            if (closed) {
                throw new IllegalStateException("audit log " + file + " is closed");
            }
            try (FileLock ignored = channel.lock()) {
                dropTornTail();
                step.run();
            }
        } catch (ClosedChannelException e) {
            // Only an interrupt arriving during the write gets here: this record fails, later ones must not.
            reopen(e);
            throw new UncheckedIOException("audit log " + file + ": the write was interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException("audit log " + file + ": cannot be written: " + e.getMessage(), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            lock.unlock();
        }
    }

    private void reopen(ClosedChannelException cause) {
        if (closed) {
            return;
        }
        try {
            if (!channel.isOpen()) {
                channel = openChannel(file);
            }
            if (!reader.isOpen()) {
                reader = FileChannel.open(file, StandardOpenOption.READ);
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static FileChannel openChannel(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * A file that does not end with a line break was left by a writer that died mid-line: cut it back to its last
     * complete line, so the next record starts on a line of its own.
     */
    private void dropTornTail() throws IOException {
        long size = channel.size();
        if (size == 0 || lastByte(size) == NEWLINE) {
            return;
        }
        long keep = 0;
        ByteBuffer chunk = ByteBuffer.allocate(TAIL_CHUNK);
        for (long end = size; end > 0 && keep == 0; end -= TAIL_CHUNK) {
            long start = Math.max(0, end - TAIL_CHUNK);
            chunk.clear().limit((int) (end - start));
            while (chunk.hasRemaining() && reader.read(chunk, start + chunk.position()) >= 0) {
                // reads the whole chunk
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == NEWLINE) {
                    keep = start + i + 1;
                    break;
                }
            }
        }
        channel.truncate(keep);
        channel.force(true);
        LOG.warn("audit log {}: removed {} bytes of an unfinished record left by an interrupted writer", file,
                size - keep);
    }

    private byte lastByte(long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        while (one.hasRemaining() && reader.read(one, size - 1) >= 0) {
            // one byte
        }
        return one.get(0);
    }

    /** Makes a new file's entry in its folder durable too (where the platform allows opening a folder). */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a folder; the records themselves are still forced.
        }
    }
}
