package org.needlesafe.cdshooks;

import java.io.UncheckedIOException;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.audit.FileAuditSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's audit trail, from the configuration: where every card issued and every feedback item is recorded
 * before the EHR gets its answer. A service without one does not start (only the insecure development mode may run
 * without, and says so): an audit trail is never dropped silently. Another destination is one more branch here.
 */
final class AuditDestination implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditDestination.class);

    private final AuditSink sink;
    private final AutoCloseable owned;

    private AuditDestination(AuditSink sink, AutoCloseable owned) {
        this.sink = sink;
        this.owned = owned;
    }

    /** A sink given by the embedding application; it stays the application's to close. */
    static AuditDestination given(AuditSink sink) {
        return new AuditDestination(sink, null);
    }

    static AuditDestination configured(ServiceConfiguration configuration, boolean insecureDevMode) {
        if (configuration.auditFile() != null) {
            try {
                FileAuditSink file = FileAuditSink.open(configuration.auditFile());
                return new AuditDestination(file, file);
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("auditFile: " + e.getMessage());
            }
        }
        if (!insecureDevMode) {
            throw new IllegalArgumentException("auditFile: required (the audit trail of every card and every feedback"
                    + " item; only --insecure-dev-mode runs without one)");
        }
        LOG.warn("no auditFile configured: cards and feedback are NOT recorded (insecure development mode)");
        return new AuditDestination(AuditSink.NONE, null);
    }

    AuditSink sink() {
        return sink;
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                LOG.warn("the audit log did not close cleanly: {}", e.getClass().getName());
            }
        }
    }
}
