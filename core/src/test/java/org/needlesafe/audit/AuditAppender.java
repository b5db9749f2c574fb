package org.needlesafe.audit;

import java.nio.file.Path;

/**
 * A child process for {@link FileAuditSinkCrashTest}: appends records to the file until it is killed. Records are
 * padded past a page, so a kill is as likely as it can be to land in the middle of a write.
 */
public final class AuditAppender {
    private AuditAppender() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String writer = args[1];
        String padding = "p".repeat(Integer.parseInt(args[2]));
        try (FileAuditSink sink = FileAuditSink.open(file)) {
            for (int i = 0; ; i++) {
                sink.record(AuditRecords.of(writer, i, padding));
            }
        }
    }
}
