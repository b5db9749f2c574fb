package org.needlesafe.audit;

/**
 * Where audit records go. Implementations must be thread-safe: one advisor calls its sink from every thread that
 * assesses. A sink that cannot record must throw, so that an assessment is never returned unaudited.
 */
@FunctionalInterface
public interface AuditSink {
    /**
     * Records one audit record durably, or throws.
     *
     * @param record the record
     * @throws RuntimeException when the record cannot be recorded; {@code assess} then throws it too
     */
    void record(AuditRecord record);

    /** Records nothing: the default. */
    AuditSink NONE = record -> { };
}
