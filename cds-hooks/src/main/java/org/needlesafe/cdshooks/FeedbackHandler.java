package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.cdshooks.IssuedCards.IssuedCard;
import org.needlesafe.cdshooks.cards.CardWriter;

/**
 * Records CDS Hooks feedback (a card accepted or overridden) as {@code CDS_FEEDBACK} audit records, durably, before
 * the EHR gets its 200: the card uuid, the service, the rules behind the card, the outcome, the accepted suggestion
 * uuids, the override reason code, whether a comment was given (never its text: it may hold patient data), the
 * timestamps and the client. The whole request is checked before anything is recorded.
 *
 * <p>A card this service issued recently is checked: feedback on it from another service, naming a suggestion it did
 * not carry or a reason it did not offer, is refused (400). A card it does not remember (issued before a restart, or
 * older than the last 10,000) cannot be checked: its feedback is recorded with {@code cardKnown=false}, and its
 * reason must still be one of the service's override reasons.
 */
final class FeedbackHandler {
    static final String EVENT = "CDS_FEEDBACK";
    private static final Set<String> OFFERED_ANYWHERE = CardWriter.OVERRIDE_REASONS.stream()
            .map(reason -> reason.system() + "|" + reason.code()).collect(Collectors.toUnmodifiableSet());

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

    /** @param client the authenticated client's configured name */
    void handle(CdsService service, JsonNode body, String client) {
        if (body == null || !body.isObject() || !body.path("feedback").isArray() || body.get("feedback").isEmpty()) {
            throw ApiException.badRequest("feedback: required non-empty array");
        }
        List<AuditRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonNode item : body.get("feedback")) {
            records.add(record(service, item, "feedback[" + index++ + "]", client));
        }
        records.forEach(audit::record);
    }

    private AuditRecord record(CdsService service, JsonNode item, String path, String client) {
        if (!item.isObject()) {
            throw ApiException.badRequest(path + ": must be an object");
        }
        String card = text(item, "card", path);
        IssuedCard issuedCard = issued.get(card);
        if (issuedCard != null && issuedCard.service() != service) {
            throw ApiException.badRequest(path + ".card: issued by another CDS service");
        }
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
        details.put("cardKnown", String.valueOf(issuedCard != null));
        details.put("outcome", outcome);
        details.put("outcomeTimestamp", timestamp);
        details.put("client", client);
        JsonNode accepted = item.get("acceptedSuggestions");
        if (outcome.equals("accepted")) {
            if (accepted == null || !accepted.isArray() || accepted.isEmpty()) {
                throw ApiException.badRequest(path + ".acceptedSuggestions: required for an accepted outcome");
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < accepted.size(); i++) {
                String where = path + ".acceptedSuggestions[" + i + "]";
                String id = text(accepted.get(i), "id", where);
                if (issuedCard != null && !issuedCard.suggestions().contains(id)) {
                    throw ApiException.badRequest(where + ".id: not a suggestion of this card");
                }
                ids.add(id);
            }
            details.put("acceptedSuggestions", String.join(",", ids));
        }
        JsonNode override = item.get("overrideReason");
        boolean comment = false;
        if (override != null && !override.isNull()) {
            if (!override.isObject()) {
                throw ApiException.badRequest(path + ".overrideReason: must be an object");
            }
            JsonNode reason = override.get("reason");
            if (reason != null && !reason.isNull()) {
                String where = path + ".overrideReason.reason";
                String code = text(reason, "system", where) + "|" + text(reason, "code", where);
                Set<String> offered = issuedCard != null ? issuedCard.overrideReasons() : OFFERED_ANYWHERE;
                if (!offered.contains(code)) {
                    throw ApiException.badRequest(where + ": not an override reason this card offered");
                }
                details.put("overrideReason", code);
            }
            JsonNode userComment = override.get("userComment");
            comment = userComment != null && userComment.isTextual() && !userComment.asText().isBlank();
        }
        details.put("userCommentGiven", String.valueOf(comment));
        return new AuditRecord(clock.instant(), EVENT, issuedCard == null ? null : issuedCard.caseIdHash(),
                advisor.rulesetVersion(), advisor.rulesetHash(), advisor.configuration().asMap(),
                issuedCard == null ? List.of() : issuedCard.ruleIds(),
                issuedCard == null ? null : issuedCard.decision(), details);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > 256) {
            throw ApiException.badRequest(path + "." + field + ": required string");
        }
        return value.asText();
    }
}
