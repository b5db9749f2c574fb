package org.needlesafe.reliability;

import java.nio.file.Path;
import java.util.HexFormat;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.audit.FileAuditSink;

/**
 * The child process of {@link PhiLogTest}: builds an advisor and assesses the {@link PhiCases} with every logger at
 * TRACE, so the parent can read everything that was logged.
 */
public final class PhiLogProbe {
    static final String ASSESSING = "=== probe: assessing ===";
    static final String DONE = "=== probe: done ===";

    private PhiLogProbe() {
    }

    public static void main(String[] args) {
        byte[] salt = HexFormat.of().parseHex(args[0]);
        Path auditLog = Path.of(args[1]);
        try (FileAuditSink sink = FileAuditSink.open(auditLog);
             SafetyAdvisor advisor = SafetyAdvisor.builder().auditSalt(salt).auditSink(sink).build()) {
            System.out.println(ASSESSING);
            for (int round = 0; round < 2; round++) {
                for (TreatmentCase treatment : PhiCases.cases()) {
                    advisor.assess(treatment);
                }
                for (TreatmentCase treatment : PhiCases.invalidCases()) {
                    try {
                        advisor.assess(treatment);
                        throw new AssertionError("an invalid case was assessed");
                    } catch (InvalidCaseException expected) {
                        // refused, as it should be; the message is the caller's to show, not a log's
                    }
                }
            }
            System.out.println(DONE);
        }
    }
}
