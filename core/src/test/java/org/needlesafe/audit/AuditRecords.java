package org.needlesafe.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Audit records for the sink tests, each identifiable by writer and sequence number. */
final class AuditRecords {
    private AuditRecords() {
    }

    static AuditRecord of(String writer, int sequence, String padding) {
        return new AuditRecord(Instant.now(), "ASSESSMENT", writer + "-" + sequence, "1.0.0", "0123abcd",
                Map.of("clearanceValidDays", BigDecimal.valueOf(90)), List.of("MN-S03-NO-GLOVES"), "DO_NOT_PROCEED",
                Map.of("writer", writer, "sequence", Integer.toString(sequence), "padding", padding));
    }
}
