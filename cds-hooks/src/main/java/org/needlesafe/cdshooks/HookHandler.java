package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.cdshooks.IssuedCards.IssuedCard;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.cards.CardModel.CdsResponse;
import org.needlesafe.cdshooks.cards.CardModel.Suggestion;
import org.needlesafe.cdshooks.cards.CardWriter;
import org.needlesafe.cdshooks.fhir.FhirCaseMapper;
import org.needlesafe.cdshooks.fhir.FhirStatuses;
import org.needlesafe.cdshooks.fhir.MappedCase;
import org.needlesafe.cdshooks.fhir.PatientRecord;
import org.needlesafe.cdshooks.fhir.SubjectGuard;
import org.needlesafe.cdshooks.smart.ChecklistLinks;
import org.needlesafe.text.Language;

/**
 * Answers a hook call: finds the microneedling orders in {@code context.draftOrders} (for {@code order-select}, only
 * the selected ones), gathers the patient's record, stops any order whose data is about another patient, assesses
 * the others with the shared advisor and writes one card per order, each recorded in the audit trail ({@code
 * CDS_CARD}) before it is answered. No microneedling order: no cards, and no record needed. Thread-safe.
 */
final class HookHandler {
    static final String EVENT = "CDS_CARD";
    /** The detail of one card, in characters: enough for every finding of a real order, bounded for a hostile one. */
    private static final int MAX_DETAIL = 16_000;
    private static final int MIN_DETAIL = 2_000;

    private final SafetyAdvisor advisor;
    private final FhirContext fhir;
    private final FhirCaseMapper mapper;
    private final CardWriter cards;
    private final RecordLoader records;
    private final IssuedCards issued;
    private final AuditSink audit;
    private final ServiceConfiguration configuration;
    private final Clock clock;
    private final ChecklistLinks checklistLinks;

    HookHandler(SafetyAdvisor advisor, FhirContext fhir, FhirCaseMapper mapper, CardWriter cards,
                IssuedCards issued, AuditSink audit, ServiceConfiguration configuration, Clock clock,
                ChecklistLinks checklistLinks) {
        this.advisor = advisor;
        this.fhir = fhir;
        this.mapper = mapper;
        this.cards = cards;
        this.records = new RecordLoader(fhir);
        this.issued = issued;
        this.audit = audit;
        this.configuration = configuration;
        this.clock = clock;
        this.checklistLinks = checklistLinks;
    }

    /** Who called, for the audit trail and the FHIR servers the service may read for them. */
    record Caller(String name, List<String> fhirServers) {
    }

    /**
     * @param caller      the authenticated client; its {@code fhirServers} are {@code null} in the insecure
     *                    development mode
     * @param detailBudget the characters all the cards' details together may take
     */
    CdsResponse handle(CdsService service, HookRequest request, Caller caller, long detailBudget) {
        return handle(service, request, caller, detailBudget, Language.Choice.of(Language.ENGLISH));
    }

    /** The same, with the cards written in a language (their codes stay as they are). */
    CdsResponse handle(CdsService service, HookRequest request, Caller caller, long detailBudget,
                       Language.Choice language) {
        Bundle draftOrders = draftOrders(request.draftOrders());
        List<ServiceRequest> orders = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
            if (entry.getResource() instanceof ServiceRequest order && mapper.microneedling(order)
                    && !FhirStatuses.closed(order)
                    && (service != CdsService.ORDER_SELECT || selected(order, entry, request.selections()))) {
                orders.add(order);
            }
        }
        if (orders.isEmpty()) {
            return new CdsResponse(List.of());
        }
        PatientRecord record = records.load(request, caller.fhirServers());
        List<Problem> wrongPatient = SubjectGuard.problems(record, request.patientId());
        LocalDate today = LocalDate.now(clock.withZone(configuration.timeZone()));
        int detailLimit = (int) Math.max(MIN_DETAIL, Math.min(MAX_DETAIL, detailBudget / orders.size()));
        List<Card> answer = new ArrayList<>();
        for (ServiceRequest order : orders) {
            answer.add(card(service, request, caller, order, draftOrders, record, wrongPatient, today, detailLimit,
                    language));
        }
        return new CdsResponse(answer);
    }

    /** The answer to a hook call larger than the configured limit: one card saying no order was checked. */
    CdsResponse tooLarge(Language.Choice language) {
        return new CdsResponse(List.of(cards.tooLarge(configuration.maxRequestBytes(), advisor.rulesetVersion(),
                language.language())));
    }

    private Card card(CdsService service, HookRequest request, Caller caller, ServiceRequest order,
                      Bundle draftOrders, PatientRecord record, List<Problem> wrongPatient, LocalDate today,
                      int detailLimit, Language.Choice language) {
        String caseId = "ServiceRequest/" + order.getIdElement().getIdPart();
        List<Problem> otherSubject = new ArrayList<>(SubjectGuard.problems(order, draftOrders, request.patientId()));
        otherSubject.addAll(wrongPatient);
        Card card;
        Assessment assessment = null;
        if (!otherSubject.isEmpty()) {
            card = cards.wrongPatient(order, otherSubject, advisor.rulesetVersion(), detailLimit,
                    language.language());
        } else {
            MappedCase mapped = mapper.map(order, draftOrders, record, today, configuration.jurisdiction());
            if (!mapped.assessable()) {
                card = cards.notAssessed(mapped, mapped.problems(), advisor.rulesetVersion(), detailLimit,
                        language.language());
            } else {
                try {
                    assessment = advisor.assess(mapped.treatment());
                    card = checklistLinks.attach(cards.assessed(mapped, assessment.in(language), record.incomplete(),
                            detailLimit), caseId, assessment.missingInformation());
                } catch (InvalidCaseException e) {
                    card = cards.notAssessed(mapped, e.problems(), advisor.rulesetVersion(), detailLimit,
                            language.language());
                }
            }
        }
        String caseIdHash = advisor.caseIdHash(caseId);
        List<String> rules = assessment == null ? List.of() : List.copyOf(new LinkedHashSet<>(assessment.firedRules()));
        String decision = assessment == null ? null : assessment.decision().name();
        Set<String> suggestions = new LinkedHashSet<>();
        if (card.suggestions() != null) {
            card.suggestions().stream().map(Suggestion::uuid).forEach(suggestions::add);
        }
        Set<String> reasons = new LinkedHashSet<>();
        if (card.overrideReasons() != null) {
            card.overrideReasons().forEach(reason -> reasons.add(reason.system() + "|" + reason.code()));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("service", service.id());
        details.put("card", card.uuid());
        details.put("indicator", card.indicator());
        details.put("checkRun", String.valueOf(assessment != null));
        details.put("client", caller.name());
        details.put("hookInstanceHash", issued.hash(request.hookInstance()));
        if (assessment != null) {
            details.put("jurisdictionProfile", assessment.jurisdictionProfile().id());
            details.put("jurisdictionProfileVersion", assessment.jurisdictionProfile().version());
            details.put("missingInformation", String.join(",", assessment.missingInformation()));
        }
        if (!record.incomplete().isEmpty()) {
            details.put("incompleteLists", String.join(",", new TreeSet<>(record.incomplete().keySet())));
        }
        // Recorded before the card is answered: a sink that cannot record fails the call, never the audit trail.
        audit.record(new AuditRecord(clock.instant(), EVENT, caseIdHash, advisor.rulesetVersion(),
                advisor.rulesetHash(), advisor.configuration().asMap(), rules, decision, details));
        issued.remember(card.uuid(), new IssuedCard(service, caseIdHash, decision, rules, suggestions, reasons));
        return card;
    }

    private Bundle draftOrders(ObjectNode node) {
        try {
            return FhirJson.parse(fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false)),
                    Bundle.class, node);
        } catch (DataFormatException e) {
            throw ApiException.badRequest("context.draftOrders: not a valid FHIR R4 Bundle");
        }
    }

    /** Whether {@code context.selections} names the order, by its type and id or its fullUrl. */
    private static boolean selected(ServiceRequest order, Bundle.BundleEntryComponent entry, List<String> selections) {
        String id = "ServiceRequest/" + order.getIdElement().getIdPart();
        return selections.contains(id) || (entry.hasFullUrl() && selections.contains(entry.getFullUrl()));
    }
}
