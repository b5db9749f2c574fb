/**
 * The audit trail: one {@link org.needlesafe.audit.AuditRecord} per assessment, given to an
 * {@link org.needlesafe.audit.AuditSink}; {@link org.needlesafe.audit.FileAuditSink} writes them as JSON lines.
 */
package org.needlesafe.audit;
