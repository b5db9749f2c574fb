package org.needlesafe.cdshooks.cards;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.cdshooks.cards.CardModel.Action;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.cards.CardModel.Coding;
import org.needlesafe.cdshooks.cards.CardModel.Source;
import org.needlesafe.cdshooks.cards.CardModel.Suggestion;
import org.needlesafe.cdshooks.fhir.MappedCase;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;
import org.needlesafe.cdshooks.fhir.NotChecked;
import org.needlesafe.cdshooks.fhir.OrderChanges;

/**
 * Writes one card per microneedling order. The indicator follows the decision: {@code PROCEED} is {@code info};
 * {@code PROCEED_WITH_PRECAUTIONS} and {@code MODIFY_PLAN} are {@code warning} (it can go ahead today, with care or
 * after a change); {@code DEFER} and {@code DO_NOT_PROCEED} are {@code critical} (not today). The detail carries
 * every finding with its rationale, basis, evidence and sources; a {@code MODIFY_PLAN} card suggests the changed
 * order as one update. Thread-safe.
 */
public final class CardWriter {
    /** The spec: "one-sentence, <140-character summary". */
    static final int MAX_SUMMARY = 139;
    private static final int MAX_LISTED = 10;
    private static final Coding TOPIC = new Coding(NeedlesafeFhir.TOPIC, "microneedling-safety",
            "Microneedling pre-procedure safety");
    static final List<Coding> OVERRIDE_REASONS = List.of(
            new Coding(NeedlesafeFhir.OVERRIDE_REASON, "data-incorrect",
                    "The patient or order data used is incorrect or out of date"),
            new Coding(NeedlesafeFhir.OVERRIDE_REASON, "already-addressed",
                    "Already addressed (e.g. a clearance documented elsewhere)"),
            new Coding(NeedlesafeFhir.OVERRIDE_REASON, "reassess-on-the-day",
                    "Will be re-assessed on the day of treatment"),
            new Coding(NeedlesafeFhir.OVERRIDE_REASON, "clinical-judgement",
                    "Clinical judgement: documented in the record"));

    private final FhirContext fhir;
    private final ObjectMapper json;
    private final String sourceUrl;
    private final boolean notCheckedIsPrecaution;

    /** @param sourceUrl where a clinician reads about the rule pack, or {@code null} */
    public CardWriter(FhirContext fhir, ObjectMapper json, String sourceUrl) {
        this(fhir, json, sourceUrl, true);
    }

    /**
     * @param notCheckedIsPrecaution whether a {@code PROCEED} with an active medication or condition no table
     *                               recognised is shown as a precaution ({@code warning}, naming the entries to
     *                               review) rather than {@code info}: off only for clinics with complete mappings
     */
    public CardWriter(FhirContext fhir, ObjectMapper json, String sourceUrl, boolean notCheckedIsPrecaution) {
        this.fhir = fhir;
        this.json = json;
        this.sourceUrl = sourceUrl;
        this.notCheckedIsPrecaution = notCheckedIsPrecaution;
    }

    public static String indicator(Decision decision) {
        return switch (decision) {
            case PROCEED -> "info";
            case PROCEED_WITH_PRECAUTIONS, MODIFY_PLAN -> "warning";
            case DEFER, DO_NOT_PROCEED -> "critical";
        };
    }

    /** The card for an assessed order. */
    public Card assessed(MappedCase mapped, Assessment assessment) {
        List<Finding> findings = assessment.findings();
        // "No concern" is never said about what was not read: unrecognised active entries make it a precaution.
        boolean reviewFirst = notCheckedIsPrecaution && assessment.decision() == Decision.PROCEED
                && mapped.currentEntriesNotChecked();
        long toReview = mapped.notChecked().stream().filter(entry -> entry.kind().current())
                .map(NotChecked::entry).distinct().count();
        String headline = reviewFirst
                ? "review " + toReview + " active record " + (toReview == 1 ? "entry" : "entries") + " not checked"
                : findings.isEmpty() ? "no safety concern found for this plan" : findings.get(0).summary();
        String more = findings.size() > 1 ? " (+" + (findings.size() - 1) + " more)" : "";
        String summary = summary((reviewFirst ? phrase(Decision.PROCEED_WITH_PRECAUTIONS) : phrase(assessment.decision()))
                + " — " + headline, more);

        StringBuilder detail = new StringBuilder();
        detail.append("**Decision: ").append(assessment.decision()).append("**");
        if (reviewFirst) {
            detail.append(" — no rule found a concern in what was read, but active medications or conditions below"
                    + " were not recognised: review them before treating.");
        }
        if (!assessment.areaDecisions().isEmpty()) {
            detail.append("\n\n**Areas:** ").append(assessment.areaDecisions().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining("; ")));
        }
        for (Finding finding : findings) {
            finding(detail, finding);
        }
        if (!assessment.missingInformation().isEmpty()) {
            detail.append("\n\n**Missing information** (unknown, never read as \"no\"): ")
                    .append(assessment.missingInformation().stream().map(CardWriter::code)
                            .collect(Collectors.joining(", ")));
        }
        readByName(detail, mapped.readByName());
        notChecked(detail, mapped.notChecked());
        detail.append("\n\n*Decision support for a trained practitioner; it does not replace clinical judgement."
                + " Never stop a prescribed medicine on its account: refer to the prescriber.*");

        List<Suggestion> suggestions = suggestions(mapped, assessment);
        boolean overridable = assessment.decision() != Decision.PROCEED || reviewFirst;
        return new Card(UUID.randomUUID().toString(), summary, detail.toString(),
                reviewFirst ? "warning" : indicator(assessment.decision()),
                source("needlesafe rule set " + assessment.rulesetVersion() + ", "
                        + assessment.jurisdictionProfile().id() + " profile " + assessment.jurisdictionProfile().version()),
                suggestions, suggestions.isEmpty() ? null : "at-most-one",
                overridable ? OVERRIDE_REASONS : null);
    }

    /** The card for an order that could not be assessed: what is missing or wrong, so the clinician can fix it. */
    public Card notAssessed(MappedCase mapped, List<String> problems, String rulesetVersion) {
        StringBuilder detail = new StringBuilder("**The microneedling safety check did not run.** Fix the order or the"
                + " record and sign again:");
        problems.forEach(problem -> detail.append("\n- ").append(escape(problem)));
        notChecked(detail, mapped.notChecked());
        return new Card(UUID.randomUUID().toString(),
                summary("Microneedling safety check not run: the order lacks data it needs", " (" + problems.size()
                        + (problems.size() == 1 ? " problem)" : " problems)")),
                detail.toString(), "warning", source("needlesafe rule set " + rulesetVersion), null, null,
                OVERRIDE_REASONS);
    }

    /**
     * The card for a hook call too large to read: nothing in it was checked, so the EHR must not sign a
     * microneedling order in it as if it had been.
     */
    public Card tooLarge(long limitBytes, String rulesetVersion) {
        String limit = limitBytes % (1024 * 1024) == 0 ? limitBytes / (1024 * 1024) + " MiB" : limitBytes + " bytes";
        String detail = "**The microneedling safety check did not run.** The request (orders and prefetched record)"
                + " is larger than this service accepts (" + limit + ", setting `maxRequestBytes`), so no order in it"
                + " was checked. If it holds a microneedling order, screen the patient by hand, or ask the"
                + " administrator to raise the limit or to narrow the prefetch.";
        return new Card(UUID.randomUUID().toString(),
                summary("Microneedling safety check not run: the record sent is too large to read", ""),
                detail, "warning", source("needlesafe rule set " + rulesetVersion), null, null, OVERRIDE_REASONS);
    }

    private List<Suggestion> suggestions(MappedCase mapped, Assessment assessment) {
        if (assessment.decision() != Decision.MODIFY_PLAN) {
            return List.of();
        }
        List<PlanChange> changes = OrderChanges.of(assessment);
        if (changes.isEmpty()) {
            return List.of();
        }
        String described = changes.stream().map(OrderChanges::describe).collect(Collectors.joining("; "));
        ServiceRequest changed = OrderChanges.apply(mapped.order(), mapped.areaSites(), changes);
        Action update = new Action("update", "Change the microneedling order: " + described, resource(changed), null);
        String label = summary("Change the order: " + described, "");
        return List.of(new Suggestion(label, UUID.randomUUID().toString(), true, List.of(update)));
    }

    private JsonNode resource(ServiceRequest order) {
        try {
            return json.readTree(fhir.newJsonParser().encodeResourceToString(order));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI wrote JSON that Jackson cannot read", e);
        }
    }

    private Source source(String label) {
        return new Source(label, sourceUrl, TOPIC);
    }

    private static void finding(StringBuilder detail, Finding finding) {
        detail.append("\n\n### ").append(escape(finding.summary()))
                .append("\n").append(finding.decision()).append(" · ").append(finding.category())
                .append(finding.area() == null ? " · case-wide" : " · " + finding.area())
                .append(" · evidence ").append(finding.evidence())
                .append(" · KB ").append(String.join(", ", finding.kb()))
                .append(" · sources ").append(escape(finding.source()))
                .append(" · rule ").append(code(finding.ruleId()));
        detail.append("\n\n").append(escape(finding.rationale()));
        if (!finding.basis().isEmpty()) {
            detail.append("\n\nBasis: ").append(finding.basis().stream().map(CardWriter::code)
                    .collect(Collectors.joining(", ")));
        }
        if (finding.referTo() != null) {
            detail.append("\n\nRefer to: ").append(finding.referTo());
        }
        if (finding.deferUntil() != null) {
            detail.append("\n\nNot before: ").append(finding.deferUntil());
        }
        if (finding.planChange() != null) {
            detail.append("\n\nChange: ").append(OrderChanges.describe(finding.planChange()));
        }
        if (finding.cleared() != null) {
            detail.append("\n\nCleared by ").append(finding.cleared().by()).append(" on ")
                    .append(finding.cleared().date()).append(" (otherwise ").append(finding.cleared().uncleared())
                    .append(")");
        }
    }

    private static void readByName(StringBuilder detail, List<String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        detail.append("\n\n**Recognised by name** (no code table knew the code; check the reading):");
        entries.stream().distinct().forEach(entry -> detail.append("\n- ").append(escape(entry)));
    }

    /**
     * The entries no table recognised, without repeats, ranked: active medications, active conditions, recent
     * procedures, allergies, each group counted and listed up to {@link #MAX_LISTED}; older entries only counted.
     */
    private static void notChecked(StringBuilder detail, List<NotChecked> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<NotChecked.Kind, Map<String, Integer>> byKind = new EnumMap<>(NotChecked.Kind.class);
        for (NotChecked entry : entries) {
            byKind.computeIfAbsent(entry.kind(), kind -> new LinkedHashMap<>()).merge(entry.entry(), 1, Integer::sum);
        }
        long distinct = byKind.values().stream().mapToLong(Map::size).sum();
        detail.append("\n\n**Not checked** (").append(distinct).append(distinct == 1 ? " entry" : " entries")
                .append(" no mapping table recognises, so no rule saw them; review them yourself):");
        byKind.forEach((kind, texts) -> {
            detail.append("\n- ").append(kind.heading()).append(" (").append(texts.size()).append(")");
            if (kind == NotChecked.Kind.OLDER) {
                return;
            }
            detail.append(": ").append(texts.entrySet().stream().limit(MAX_LISTED)
                    .map(text -> escape(text.getKey()) + (text.getValue() > 1 ? " ×" + text.getValue() : ""))
                    .collect(Collectors.joining("; ")));
            if (texts.size() > MAX_LISTED) {
                detail.append("; and ").append(texts.size() - MAX_LISTED).append(" more");
            }
        });
    }

    private static String phrase(Decision decision) {
        return switch (decision) {
            case PROCEED -> "Microneedling: proceed";
            case PROCEED_WITH_PRECAUTIONS -> "Microneedling: proceed with precautions";
            case MODIFY_PLAN -> "Microneedling: change the plan";
            case DEFER -> "Microneedling: defer";
            case DO_NOT_PROCEED -> "Microneedling: do not proceed";
        };
    }

    /** The text and its suffix in fewer than 140 characters, cut at a word with an ellipsis when too long. */
    static String summary(String text, String suffix) {
        if (text.length() + suffix.length() <= MAX_SUMMARY) {
            return text + suffix;
        }
        int room = MAX_SUMMARY - suffix.length() - 1;
        int cut = text.lastIndexOf(' ', room);
        return text.substring(0, cut > room / 2 ? cut : room).stripTrailing() + "…" + suffix;
    }

    /** Text from the rules or the EHR, made inert in Markdown: no links, images, HTML or emphasis can sneak in. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>!|#~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return escaped.toString();
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }
}
