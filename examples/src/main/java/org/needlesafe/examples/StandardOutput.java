package org.needlesafe.examples;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output as bytes, remembering the first write that failed. The {@link java.io.PrintStream}
 * the command writes through swallows the failure; the process needs its cause at the end, to tell a reader that went
 * away ({@code | head}: a broken pipe, nothing wrong) from output that was lost (a full disk).
 */
final class StandardOutput extends FilterOutputStream {
    private IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why a write failed, or null when none did. */
    IOException failure() {
        return failure;
    }

    /** Whether the write failed because nothing reads the output any more (Linux says "Broken pipe"). */
    boolean readerGone() {
        return failure != null && "Broken pipe".equals(failure.getMessage());
    }
}
