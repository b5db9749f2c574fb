package org.needlesafe.cdshooks;

import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.cdshooks.ServiceMetrics.StoreOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's audit sink (file or PostgreSQL) with its failures made visible: a record that cannot be written
 * counts as a store error and refuses the request with 503, so that no card goes out without its audit record.
 * Recorded assessments are counted by decision.
 */
final class AuditTrail implements AuditSink {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditSink sink;
    private final ServiceMetrics metrics;

    AuditTrail(AuditSink sink, ServiceMetrics metrics) {
        this.sink = sink;
        this.metrics = metrics;
    }

    @Override
    public void record(AuditRecord record) {
        try {
            sink.record(record);
        } catch (RuntimeException e) {
            metrics.storeError(StoreOperation.AUDIT);
            LOG.error("{} audit record not written, the request is refused: {}", record.event(),
                    e.getClass().getSimpleName());
            LOG.debug("audit failure", e);
            throw new ApiException(503, "the audit trail cannot be written, so no answer is given; retry later");
        }
        if ("ASSESSMENT".equals(record.event()) && record.decision() != null) {
            metrics.assessed(record.decision());
        }
    }
}
