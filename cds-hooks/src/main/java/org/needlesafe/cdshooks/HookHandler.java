package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.cdshooks.IssuedCards.IssuedCard;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.cards.CardModel.CdsResponse;
import org.needlesafe.cdshooks.cards.CardWriter;
import org.needlesafe.cdshooks.fhir.FhirCaseMapper;
import org.needlesafe.cdshooks.fhir.MappedCase;
import org.needlesafe.cdshooks.fhir.PatientRecord;
import org.needlesafe.cdshooks.security.TrustedClient;
import org.needlesafe.cdshooks.smart.ChecklistLinks;

/**
 * Answers a hook call: finds the microneedling orders in {@code context.draftOrders} (for {@code order-select}, only
 * the selected ones), gathers the patient's record, assesses each order with the shared advisor and writes one card
 * per order. No microneedling order: no cards, and no record needed. Thread-safe.
 */
final class HookHandler {
    private static final Set<String> CLOSED_ORDER = Set.of("entered-in-error", "revoked", "completed");

    private final SafetyAdvisor advisor;
    private final FhirContext fhir;
    private final ObjectMapper json;
    private final FhirCaseMapper mapper;
    private final CardWriter cards;
    private final RecordLoader records;
    private final IssuedCards issued;
    private final ServiceConfiguration configuration;
    private final Clock clock;
    private final ChecklistLinks checklistLinks;

    HookHandler(SafetyAdvisor advisor, FhirContext fhir, ObjectMapper json, FhirCaseMapper mapper, CardWriter cards,
                IssuedCards issued, ServiceConfiguration configuration, Clock clock, ChecklistLinks checklistLinks) {
        this.advisor = advisor;
        this.fhir = fhir;
        this.json = json;
        this.mapper = mapper;
        this.cards = cards;
        this.records = new RecordLoader(fhir, json);
        this.issued = issued;
        this.configuration = configuration;
        this.clock = clock;
        this.checklistLinks = checklistLinks;
    }

    /**
     * @param client the authenticated client, or {@code null} in the insecure development mode
     */
    CdsResponse handle(CdsService service, HookRequest request, TrustedClient client) {
        Bundle draftOrders = draftOrders(request.draftOrders());
        List<ServiceRequest> orders = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
            if (entry.getResource() instanceof ServiceRequest order && mapper.microneedling(order)
                    && !(order.hasStatus() && CLOSED_ORDER.contains(order.getStatus().toCode()))
                    && (service != CdsService.ORDER_SELECT || selected(order, entry, request.selections()))) {
                orders.add(order);
            }
        }
        if (orders.isEmpty()) {
            return new CdsResponse(List.of());
        }
        PatientRecord record = records.load(request, client == null ? null : client.fhirServers());
        LocalDate today = LocalDate.now(clock.withZone(configuration.timeZone()));
        List<Card> answer = new ArrayList<>();
        for (ServiceRequest order : orders) {
            MappedCase mapped = mapper.map(order, draftOrders, record, today, configuration.jurisdiction());
            String caseIdHash = issued.hash(request.hookInstance() + "|" + order.getIdElement().getIdPart());
            Card card;
            IssuedCard audit;
            if (!mapped.assessable()) {
                card = cards.notAssessed(mapped, mapped.problems(), advisor.rulesetVersion());
                audit = new IssuedCard(caseIdHash, null, List.of());
            } else {
                try {
                    Assessment assessment = advisor.assess(mapped.treatment());
                    card = checklistLinks.attach(cards.assessed(mapped, assessment),
                            "ServiceRequest/" + order.getIdElement().getIdPart(), assessment.missingInformation());
                    audit = new IssuedCard(caseIdHash, assessment.decision().name(), assessment.firedRules());
                } catch (InvalidCaseException e) {
                    card = cards.notAssessed(mapped, e.problems().stream().map(Object::toString).toList(),
                            advisor.rulesetVersion());
                    audit = new IssuedCard(caseIdHash, null, List.of());
                }
            }
            issued.remember(card.uuid(), audit);
            answer.add(card);
        }
        return new CdsResponse(answer);
    }

    /** The answer to a hook call larger than the configured limit: one card saying no order was checked. */
    CdsResponse tooLarge() {
        return new CdsResponse(List.of(cards.tooLarge(configuration.maxRequestBytes(), advisor.rulesetVersion())));
    }

    private Bundle draftOrders(JsonNode node) {
        try {
            return fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false))
                    .parseResource(Bundle.class, json.writeValueAsString(node));
        } catch (DataFormatException | JsonProcessingException e) {
            throw ApiException.badRequest("context.draftOrders: not a valid FHIR R4 Bundle");
        }
    }

    /** Whether {@code context.selections} names the order, by its type and id or its fullUrl. */
    private static boolean selected(ServiceRequest order, Bundle.BundleEntryComponent entry, List<String> selections) {
        String id = "ServiceRequest/" + order.getIdElement().getIdPart();
        return selections.contains(id) || (entry.hasFullUrl() && selections.contains(entry.getFullUrl()));
    }
}
