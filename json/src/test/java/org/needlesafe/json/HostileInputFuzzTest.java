package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;

/**
 * Documents built to cost the reader as much time or memory as a document within the limits can; each must be
 * answered within an allocation bound, however many problems it has. Allocation stands in for time: it is the same
 * on a loaded machine, and the work these documents once made (writing paths out, merging problems one by one) was
 * allocation. Speed itself is measured in the benchmarks, never asserted here.
 */
class HostileInputFuzzTest {
    private static final CaseReader READER = new CaseReader(AdvisorHolder.ADVISOR);

    /** 100 entries in each list, each entry with 100 unknown areas: over 30,000 problems to merge and sort. */
    @Test
    void tensOfThousandsOfProblemsAreMergedWithinBoundedMemory() {
        String areas = "[" + String.join(",", Collections.nCopies(100, "\"X\"")) + "]";
        String located = list("{\"areas\": " + areas + "}");
        String document = "{\"patient\": {\"conditions\": " + located + ", \"recentProcedures\": " + located
                + ", \"implants\": " + located + ", \"medications\": " + list("{}") + "},"
                + " \"plan\": {\"areas\": " + list("{}") + ", \"topicals\": " + list("{}") + "},"
                + " \"clearances\": " + list("{}") + "}";

        List<String> problems = problems(document);
        assertThat(problems).hasSize(CaseReader.MAX_PROBLEMS + 1);
        assertThat(problems.subList(0, 7)).containsExactly("assessmentDate: required", "jurisdiction: required",
                "practitioner: required", "setup: required", "patient.ageYears: required",
                "patient.conditions[0].code: required", "patient.conditions[0].status: required");
        assertThat(problems.get(7)).startsWith("patient.conditions[0].areas[0]: unknown code 'X' (expected one of ");
        assertThat(problems.get(CaseReader.MAX_PROBLEMS)).matches(": and \\d{5} more problem\\(s\\) not listed");
        long bytes = allocated(() -> problems(document));
        // Merging the problems one by one into a sorted list allocated gigabytes; the document's own size is 0.2 MB.
        assertThat(bytes).as("bytes allocated to read a document with 30,000 problems").isLessThan(128L << 20);
    }

    /**
     * 30 objects nested under 1000-character names and 118,000 fields in the innermost: each field's path is 30 KB
     * long. Writing every path out took 3.4 GB and 11-22 s for this 1 MiB document.
     */
    @Test
    void pathsUnderLongNamesAreNotWrittenOutForEveryValue() {
        StringBuilder json = new StringBuilder();
        int depth = 30;
        for (int i = 0; i < depth; i++) {
            json.append("{\"").append("x".repeat(CaseReader.MAX_STRING_CHARS)).append("\":");
        }
        json.append('{');
        for (int field = 0; json.length() < CaseReader.MAX_DOCUMENT_BYTES - 64; field++) {
            json.append(field == 0 ? "" : ",").append('"').append(Integer.toString(field, 36)).append("\":0");
        }
        json.append("}").append("}".repeat(depth));
        String document = json.toString();

        long bytes = allocated(() -> problems(document));

        assertThat(problems(document)).startsWith("assessmentDate: required", "jurisdiction: required");
        assertThat(bytes).as("bytes allocated to read a 1 MiB document").isLessThan(128L << 20);
    }

    /** A 10 MiB string is refused unread; it took 40 MB and 145 ms to encode 10 Mi emoji before their size was seen. */
    @Test
    void aTenMebibyteStringIsRefusedBeforeItIsEncoded() {
        String document = "{\"caseId\": \"" + "\ud83d\ude00".repeat(10 * 1024 * 1024) + "\"}";

        long bytes = allocated(() -> assertThat(problems(document)).containsExactly(TOO_LARGE));

        assertThat(bytes).as("bytes allocated").isLessThan(1L << 20);
    }

    /** A stream of a list without end: reading stops just past the limit, with a few MiB in hand. */
    @Test
    void anEndlessListIsRefusedAfterOneMebibyte() {
        CountingStream endless = new CountingStream("{\"notes\": [".getBytes(StandardCharsets.US_ASCII), "0,");

        long bytes = allocated(() -> assertThat(problems(() -> READER.read(endless))).containsExactly(TOO_LARGE));

        assertThat(endless.served).isBetween((long) CaseReader.MAX_DOCUMENT_BYTES, CaseReader.MAX_DOCUMENT_BYTES
                + 64L * 1024);
        assertThat(bytes).as("bytes allocated").isLessThan(8L << 20);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static final String TOO_LARGE = ": the document is larger than 1048576 bytes (1 MiB)";

    /** A stream that starts with the given bytes and then repeats a text for ever, counting what it served. */
    private static final class CountingStream extends InputStream {
        private final byte[] start;
        private final byte[] repeated;
        private long served;

        CountingStream(byte[] start, String repeated) {
            this.start = start;
            this.repeated = repeated.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            int b = served < start.length ? start[(int) served]
                    : repeated[(int) ((served - start.length) % repeated.length)];
            served++;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }

    private static String list(String entry) {
        return "[" + String.join(",", Collections.nCopies(CaseReader.MAX_LIST_ENTRIES, entry)) + "]";
    }

    private static List<String> problems(String json) {
        return problems(() -> READER.read(json));
    }

    private static List<String> problems(Runnable read) {
        InvalidCaseException invalid = catchThrowableOfType(InvalidCaseException.class, read::run);
        assertThat(invalid).as("the document should be invalid").isNotNull();
        return invalid.problems().stream().map(Problem::toString).toList();
    }

    /** Milliseconds to read the document, the better of two runs, so that one pause of the collector is not it. */
    /** Bytes the current thread allocates while reading the document. */
    static long allocated(Runnable read) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        read.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
