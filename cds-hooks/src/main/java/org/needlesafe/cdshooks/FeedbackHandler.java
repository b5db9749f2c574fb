package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.cdshooks.IssuedCards.IssuedCard;

/**
 * Records CDS Hooks feedback (a card accepted or overridden) as {@code CDS_FEEDBACK} audit records: the card uuid,
 * the outcome, the accepted suggestion uuids and the override reason code, with the decision and rules the card was
 * issued with. The clinician's free-text {@code userComment} is not recorded: it may hold patient data. The whole
 * request is checked before anything is recorded.
 */
final class FeedbackHandler {
    static final String EVENT = "CDS_FEEDBACK";

    private final SafetyAdvisor advisor;
    private final AuditSink audit;
    private final IssuedCards issued;
    private final Clock clock;

    FeedbackHandler(SafetyAdvisor advisor, AuditSink audit, IssuedCards issued, Clock clock) {
        this.advisor = advisor;
        this.audit = audit;
        this.issued = issued;
        this.clock = clock;
    }

    void handle(CdsService service, JsonNode body) {
        if (body == null || !body.isObject() || !body.path("feedback").isArray() || body.get("feedback").isEmpty()) {
            throw ApiException.badRequest("feedback: required non-empty array");
        }
        List<AuditRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonNode item : body.get("feedback")) {
            records.add(record(service, item, "feedback[" + index++ + "]"));
        }
        records.forEach(audit::record);
    }

    private AuditRecord record(CdsService service, JsonNode item, String path) {
        if (!item.isObject()) {
            throw ApiException.badRequest(path + ": must be an object");
        }
        String card = text(item, "card", path);
        String outcome = text(item, "outcome", path);
        if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
            throw ApiException.badRequest(path + ".outcome: must be 'accepted' or 'overridden'");
        }
        String timestamp = text(item, "outcomeTimestamp", path);
        try {
            OffsetDateTime.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(path + ".outcomeTimestamp: must be an ISO-8601 timestamp");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("service", service.id());
        details.put("card", card);
        details.put("outcome", outcome);
        details.put("outcomeTimestamp", timestamp);
        JsonNode accepted = item.get("acceptedSuggestions");
        if (outcome.equals("accepted")) {
            if (accepted == null || !accepted.isArray() || accepted.isEmpty()) {
                throw ApiException.badRequest(path + ".acceptedSuggestions: required for an accepted outcome");
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode suggestion : accepted) {
                ids.add(text(suggestion, "id", path + ".acceptedSuggestions[]"));
            }
            details.put("acceptedSuggestions", String.join(",", ids));
        }
        JsonNode override = item.get("overrideReason");
        if (override != null && !override.isNull()) {
            JsonNode reason = override.get("reason");
            if (reason != null && !reason.isNull()) {
                details.put("overrideReason", text(reason, "system", path + ".overrideReason.reason") + "|"
                        + text(reason, "code", path + ".overrideReason.reason"));
            }
        }
        IssuedCard issuedCard = issued.get(card);
        details.put("cardKnown", String.valueOf(issuedCard != null));
        return new AuditRecord(clock.instant(), EVENT, issuedCard == null ? null : issuedCard.caseIdHash(),
                advisor.rulesetVersion(), null, advisor.configuration().asMap(),
                issuedCard == null ? List.of() : issuedCard.firedRules(),
                issuedCard == null ? null : issuedCard.decision(), details);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > 256) {
            throw ApiException.badRequest(path + "." + field + ": required string");
        }
        return value.asText();
    }
}
