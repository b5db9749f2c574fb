package org.needlesafe.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of {@code needlesafe.jar} and {@code bin/needlesafe}. */
public final class Main {
    /** The status of a process that wrote into a closed pipe, as a shell reports one killed by SIGPIPE (128 + 13). */
    static final int READER_GONE = 141;

    private Main() {
    }

    public static void main(String[] args) {
        // Buffered here and flushed by the command whenever it would otherwise wait: a JSON Lines batch writes its
        // answers as bytes, not one system call per line. Not over System.out, which would swallow a failed write
        // before this stream could see it.
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(out, err);
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        out.flush();
        if (stdout.readerGone()) {
            status = READER_GONE; // `needlesafe assess ... | head`: the reader has what it wanted; nothing to say
        } else if (stdout.failure() != null) {
            err.println("needlesafe: standard output could not be written (" + stdout.failure().getMessage()
                    + "): the output is incomplete");
            status = AssessCommand.OUTPUT_FAILED;
        }
        err.flush();
        System.exit(status);
    }

    /**
     * The {@code needlesafe} command writing to the given streams: what tests run in-process. Standard output is a
     * byte stream (text is written to it in UTF-8 whatever the platform's default, so that {@code --format json} is
     * always valid JSON Lines); like the {@link PrintWriter} over it, it never throws.
     */
    public static CommandLine commandLine(PrintStream out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NeedlesafeCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == AssessCommand.class ? type.cast(new AssessCommand(out))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
