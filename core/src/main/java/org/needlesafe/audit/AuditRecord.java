package org.needlesafe.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One audit event (HIPAA 164.312(b) audit controls; IEC 62304 traceability): what was decided, by which rule set and
 * configuration, for which case. It carries no PHI: the case id only as a salted hash.
 *
 * @param timestamp      when
 * @param event          {@code ASSESSMENT}, or another event such as {@code CDS_FEEDBACK}
 * @param caseIdHash     the salted hash of the case id
 * @param rulesetVersion the rule pack's version
 * @param rulesetHash    the rule pack's content hash
 * @param configuration  the configuration values used
 * @param firedRules     the ids of the rules that fired
 * @param decision       the decision, or {@code null} for events without one
 * @param details        further non-PHI attributes (e.g. a CDS card uuid and its outcome); may be empty
 */
public record AuditRecord(Instant timestamp, String event, String caseIdHash, String rulesetVersion,
                          String rulesetHash, Map<String, BigDecimal> configuration, List<String> firedRules,
                          String decision, Map<String, String> details) {

    /**
     * Copies the lists and maps, so the record cannot change.
     *
     * @param timestamp      when
     * @param event          {@code ASSESSMENT}, or another event such as {@code CDS_FEEDBACK}
     * @param caseIdHash     the salted hash of the case id
     * @param rulesetVersion the rule pack's version
     * @param rulesetHash    the rule pack's content hash
     * @param configuration  the configuration values used
     * @param firedRules     the ids of the rules that fired
     * @param decision       the decision, or {@code null} for events without one
     * @param details        further non-PHI attributes (e.g. a CDS card uuid and its outcome); may be empty
     */
    public AuditRecord {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        firedRules = List.copyOf(firedRules);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * The record as {@link FileAuditSink} writes it: one flat JSON object on one line, without the line break, the
     * fields without a value left out. For an {@link AuditSink} that keeps records elsewhere in the same form.
     *
     * @return the JSON object, on one line
     * @throws NullPointerException when the timestamp or the event is {@code null}
     */
    public String toJson() {
        return AuditJson.line(this);
    }
}
