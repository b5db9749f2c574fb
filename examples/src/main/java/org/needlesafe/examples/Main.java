package org.needlesafe.examples;

import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of {@code needlesafe.jar} and {@code bin/needlesafe}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Buffered here and flushed by the command whenever it would otherwise wait: a JSON Lines batch writes its
        // answers as bytes, not one system call per line.
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(out, err);
        int status = commandLine.execute(args);
        commandLine.getOut().flush();
        out.flush();
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
