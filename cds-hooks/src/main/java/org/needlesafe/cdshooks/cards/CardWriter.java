package org.needlesafe.cdshooks.cards;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.PlanChanges;
import org.needlesafe.Problem;
import org.needlesafe.cdshooks.cards.CardModel.Action;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.cards.CardModel.Link;
import org.needlesafe.cdshooks.cards.CardModel.Source;
import org.needlesafe.cdshooks.cards.CardModel.Suggestion;
import org.needlesafe.cdshooks.fhir.MappedCase;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;
import org.needlesafe.cdshooks.fhir.NotChecked;
import org.needlesafe.cdshooks.fhir.OrderChanges;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Catalogue;
import org.needlesafe.text.DisplayNames;
import org.needlesafe.text.Language;
import org.needlesafe.text.Words;

/**
 * Writes one card per microneedling order, naming the order. The indicator follows the decision: {@code PROCEED} is
 * {@code info}; {@code PROCEED_WITH_PRECAUTIONS} and {@code MODIFY_PLAN} are {@code warning} (it can go ahead today,
 * with care or after a change); {@code DEFER} and {@code DO_NOT_PROCEED} are {@code critical} (not today) when an
 * actual finding says so, and {@code warning} (configurable) when the card only asks for information the clinic can
 * complete in this visit. The detail carries every distinct finding with its rationale, basis, evidence and sources,
 * within a size limit; a {@code MODIFY_PLAN} card suggests the changed order as one update. Thread-safe.
 */
public final class CardWriter {
    /** The spec: "one-sentence, <140-character summary". */
    static final int MAX_SUMMARY = 139;
    private static final int MAX_LISTED = 10;
    private static final int MAX_ID = 24;
    private static final String SCREENING_RULE = "MN-SCREEN-UNKNOWN-ANSWER";
    private static final String TOPIC_CODE = "microneedling-safety";
    private static final List<String> OVERRIDE_CODES = List.of("data-incorrect", "already-addressed",
            "reassess-on-the-day", "clinical-judgement");
    /** The words of a card, per language. */
    private static final Map<Language, Catalogue> WORDS = new EnumMap<>(Language.class);
    /** The override reasons a card offers, their display texts in the card's language. */
    private static final Map<Language, List<CardModel.Coding>> REASONS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Catalogue words = new Catalogue("org.needlesafe.cdshooks.cards.Cards", language,
                    CardWriter.class.getClassLoader());
            WORDS.put(language, words);
            REASONS.put(language, OVERRIDE_CODES.stream().map(code -> new CardModel.Coding(
                    NeedlesafeFhir.OVERRIDE_REASON, code, words.text("OverrideReason." + code))).toList());
        }
    }

    /** The override reasons every card may offer (their codes are what feedback names). */
    public static final List<CardModel.Coding> OVERRIDE_REASONS = REASONS.get(Language.ENGLISH);

    private final FhirContext fhir;
    private final ObjectMapper json;
    private final CardPolicy policy;

    /**
     * What a clinic decides about its cards.
     *
     * @param sourceUrl                  where a clinician reads about the rule pack, or {@code null}
     * @param missingInformationCritical whether a card that only asks for information is {@code critical}
     * @param checklistUrl               where missing information is completed, or {@code null}
     * @param checklistLinkType          {@code absolute} or {@code smart}
     * @param notCheckedIsPrecaution     whether a {@code PROCEED} with an active medication or condition no table
     *                                   recognised is shown as a precaution ({@code warning}, naming the entries to
     *                                   review) rather than {@code info}: off only for clinics with complete mappings
     */
    public record CardPolicy(String sourceUrl, boolean missingInformationCritical, String checklistUrl,
                             String checklistLinkType, boolean notCheckedIsPrecaution) {
    }

    public CardWriter(FhirContext fhir, ObjectMapper json, CardPolicy policy) {
        this.fhir = fhir;
        this.json = json;
        this.policy = policy;
    }

    /** The indicator of an assessed order's card. */
    public String indicator(Assessment assessment) {
        return switch (assessment.decision()) {
            case PROCEED -> "info";
            case PROCEED_WITH_PRECAUTIONS, MODIFY_PLAN -> "warning";
            case DEFER, DO_NOT_PROCEED -> actualFinding(assessment) || policy.missingInformationCritical()
                    ? "critical" : "warning";
        };
    }

    /** Whether a finding other than "confirm this answer" keeps the treatment from today. */
    private static boolean actualFinding(Assessment assessment) {
        return assessment.findings().stream().anyMatch(finding -> !finding.decision().treatableToday()
                && !SCREENING_RULE.equals(finding.ruleId()));
    }

    /**
     * The card for an assessed order.
     *
     * @param incomplete  the record's lists the EHR did not send whole, with why
     * @param detailLimit the most characters the detail may have
     */
    public Card assessed(MappedCase mapped, Assessment assessment, Map<String, String> incomplete, int detailLimit) {
        // The card is written in the assessment's language; codes, ids and paths stay as they are.
        Catalogue words = WORDS.get(assessment.language());
        DisplayNames names = DisplayNames.in(assessment.language());
        List<Finding> findings = distinct(assessment.findings());
        List<Finding> questions = findings.stream().filter(f -> SCREENING_RULE.equals(f.ruleId())).toList();
        List<Finding> others = findings.stream().filter(f -> !SCREENING_RULE.equals(f.ruleId())).toList();
        boolean onlyQuestions = !assessment.decision().treatableToday() && !actualFinding(assessment);
        // "No concern" is never said about what was not read: unrecognised active entries make it a precaution.
        boolean reviewFirst = policy.notCheckedIsPrecaution() && assessment.decision() == Decision.PROCEED
                && mapped.currentEntriesNotChecked();
        long toReview = mapped.notChecked().stream().filter(entry -> entry.kind().current())
                .map(NotChecked::entry).distinct().count();
        String headline = reviewFirst ? words.text("review", toReview)
                : findings.isEmpty() ? words.text("noConcern")
                : onlyQuestions && !questions.isEmpty() ? questions.get(0).summary() : findings.get(0).summary();
        int notInHeadline = reviewFirst ? findings.size() : findings.size() - 1;
        String more = notInHeadline > 0 ? words.text("more", notInHeadline) : "";
        String phrase = onlyQuestions ? words.text("completeFirst")
                : names.of(reviewFirst ? Decision.PROCEED_WITH_PRECAUTIONS : assessment.decision());
        String summary = summary(words.text("summary", words.text("order", shortId(mapped.order(), words)), phrase,
                headline), more);

        Detail detail = new Detail(detailLimit);
        if (assessment.languageNotice() != null) {
            detail.force("*" + escape(assessment.languageNotice()) + "*\n\n");
        }
        detail.add(orderLine(mapped.order(), words));
        detail.add(words.text("decision", names.of(assessment.decision()).toUpperCase(assessment.language().locale()),
                names.of(assessment.decision())));
        if (reviewFirst) {
            detail.force(words.text("reviewFirst"));
        }
        if (!assessment.areaDecisions().isEmpty()) {
            detail.add(words.text("areas") + assessment.areaDecisions().entrySet().stream()
                    .map(entry -> names.of(entry.getKey()) + ": " + names.of(entry.getValue()))
                    .collect(Collectors.joining("; ")));
        }
        if (!questions.isEmpty()) {
            StringBuilder section = new StringBuilder(words.text("toComplete"));
            for (Finding question : questions) {
                section.append("\n- ").append(escape(question.summary()));
                question.basis().stream().findFirst().ifPresent(path -> section.append(" ")
                        .append(code(path.replace(": unknown", ""))));
            }
            detail.force(section.toString());
        }
        incomplete(detail, incomplete, words);
        int shown = 0;
        for (Finding finding : others) {
            if (!detail.add(finding(finding, words, names))) {
                break;
            }
            shown++;
        }
        if (shown < others.size()) {
            detail.force(words.text("notShown", others.size() - shown));
        }
        detail.add(readByName(mapped.readByName(), words));
        detail.force(notChecked(mapped.notChecked(), words));
        detail.force(words.text("disclaimer"));

        List<Suggestion> suggestions = suggestions(mapped, assessment, words);
        boolean overridable = assessment.decision() != Decision.PROCEED || reviewFirst;
        boolean asksForInformation = !questions.isEmpty() || !incomplete.isEmpty();
        return new Card(UUID.randomUUID().toString(), summary, detail.text(),
                reviewFirst ? "warning" : indicator(assessment),
                source(words.text("sourceProfile", assessment.rulesetVersion(), assessment.jurisdictionProfile().id(),
                        assessment.jurisdictionProfile().version()), words),
                suggestions, suggestions.isEmpty() ? null : "at-most-one",
                overridable ? REASONS.get(assessment.language()) : null,
                asksForInformation ? checklistLink(mapped.order(), words) : null);
    }

    /** The card for an order that could not be assessed: what is missing or wrong, so the clinician can fix it. */
    public Card notAssessed(MappedCase mapped, List<Problem> problems, String rulesetVersion, int detailLimit,
                            Language language) {
        Catalogue words = WORDS.get(language);
        Detail detail = new Detail(detailLimit);
        detail.add(orderLine(mapped.order(), words));
        detail.add(words.text("notRun"));
        problemList(detail, problems, words);
        detail.force(notChecked(mapped.notChecked(), words));
        detail.force(words.text("disclaimer"));
        return new Card(UUID.randomUUID().toString(),
                summary(words.text("notRunSummary", orderPhrase(mapped.order(), words)),
                        words.text("problems", problems.size())),
                detail.text(), "warning", source(words.text("source", rulesetVersion), words), null, null,
                REASONS.get(language), null);
    }

    /**
     * The card for a hook call too large to read: nothing in it was checked, so the EHR must not sign a
     * microneedling order in it as if it had been.
     */
    public Card tooLarge(long limitBytes, String rulesetVersion, Language language) {
        Catalogue words = WORDS.get(language);
        // Digits without grouping: the size is the setting's value, as the administrator writes it.
        String limit = limitBytes % (1024 * 1024) == 0
                ? words.text("mebibytes", String.valueOf(limitBytes / (1024 * 1024)))
                : words.text("bytes", String.valueOf(limitBytes));
        String detail = words.text("tooLarge", limit) + words.text("disclaimer");
        return new Card(UUID.randomUUID().toString(), summary(words.text("tooLargeSummary"), ""),
                detail, "warning", source(words.text("source", rulesetVersion), words), null, null,
                REASONS.get(language), null);
    }

    /**
     * The card for an order whose data is about another patient than the call's: the check is stopped, and nothing
     * of that data reached the rules.
     */
    public Card wrongPatient(ServiceRequest order, List<Problem> problems, String rulesetVersion, int detailLimit,
                             Language language) {
        Catalogue words = WORDS.get(language);
        Detail detail = new Detail(detailLimit);
        detail.add(orderLine(order, words));
        detail.add(words.text("wrongPatient"));
        problemList(detail, problems, words);
        detail.force(words.text("disclaimer"));
        return new Card(UUID.randomUUID().toString(),
                summary(words.text("wrongPatientSummary", orderPhrase(order, words)), ""),
                detail.text(), "critical", source(words.text("source", rulesetVersion), words), null, null,
                REASONS.get(language), null);
    }

    private static void problemList(Detail detail, List<Problem> problems, Catalogue words) {
        int shown = 0;
        for (Problem problem : new LinkedHashSet<>(problems)) {
            if (!detail.add("\n- " + escape(problemLine(problem, words)))) {
                break;
            }
            shown++;
        }
        int distinct = new LinkedHashSet<>(problems).size();
        if (shown < distinct) {
            detail.force(words.text("andMore", distinct - shown));
        }
    }

    /**
     * A problem as the card lists it: its path as it is, its message in the card's language (the EHR data's problems
     * from this catalogue, the engine's from the core's; the JSON reader's structural ones are English).
     */
    private static String problemLine(Problem problem, Catalogue words) {
        String message = problem.words() == null || words.language() == Language.ENGLISH ? problem.message()
                : Words.in(words.language()).render(problem.words(), words);
        return problem.path() + ": " + message;
    }

    private static void incomplete(Detail detail, Map<String, String> incomplete, Catalogue words) {
        if (incomplete.isEmpty()) {
            return;
        }
        StringBuilder section = new StringBuilder(words.text("incomplete"));
        new TreeMap<>(incomplete).forEach((key, why) -> section.append("\n- ").append(escape(key)).append(": ")
                .append(escape(why)));
        detail.force(section.toString());
    }

    private List<Link> checklistLink(ServiceRequest order, Catalogue words) {
        if (policy.checklistUrl() == null) {
            return null;
        }
        String context = "smart".equals(policy.checklistLinkType())
                ? "{\"order\":\"ServiceRequest/" + order.getIdElement().getIdPart() + "\"}" : null;
        return List.of(new Link(words.text("checklist"), policy.checklistUrl(),
                policy.checklistLinkType(), context));
    }

    private List<Suggestion> suggestions(MappedCase mapped, Assessment assessment, Catalogue words) {
        if (assessment.decision() != Decision.MODIFY_PLAN) {
            return List.of();
        }
        PlanChanges changes = PlanChanges.of(assessment);
        if (changes.isEmpty()) {
            return List.of();
        }
        String described = changes.asList().stream().map(change -> describe(change, words))
                .collect(Collectors.joining("; "));
        ServiceRequest changed = OrderChanges.apply(mapped.order(), mapped.areaSites(), changes);
        String order = "ServiceRequest/" + mapped.order().getIdElement().getIdPart();
        Action update = new Action("update", words.text("changeAction", order, described), resource(changed), null);
        String label = summary(words.text("changeOrder", shortId(mapped.order(), words), described), "");
        return List.of(new Suggestion(label, UUID.randomUUID().toString(), true, List.of(update)));
    }

    /** A change to the plan in the card's language: the area's or product's name, the depth as the language writes it. */
    private static String describe(PlanChange change, Catalogue words) {
        DisplayNames names = DisplayNames.in(words.language());
        return change.match(
                depth -> words.text("changeMaxDepth", names.of(depth.area()),
                        Words.in(words.language()).decimal(depth.maxDepthMm())),
                area -> words.text("changeRemoveArea", names.of(area.area())),
                topical -> words.text("changeRemoveTopical", names.of(topical.product())),
                anesthetic -> words.text("changeOmitAnesthetic"));
    }

    private JsonNode resource(ServiceRequest order) {
        try {
            return json.readTree(fhir.newJsonParser().encodeResourceToString(order));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI wrote JSON that Jackson cannot read", e);
        }
    }

    /** The card's source: its label and the topic's display in the card's language, the topic's code unchanged. */
    private Source source(String label, Catalogue words) {
        return new Source(label, policy.sourceUrl(),
                new CardModel.Coding(NeedlesafeFhir.TOPIC, TOPIC_CODE, words.text("topic")));
    }

    /** Findings that say the same thing once (a condition recorded twice fires its rule twice). */
    private static List<Finding> distinct(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> distinct = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (seen.add(finding.ruleId() + "|" + finding.area() + "|" + finding.decision() + "|" + finding.summary())) {
                distinct.add(finding);
            }
        }
        return distinct;
    }

    private static String finding(Finding finding, Catalogue words, DisplayNames names) {
        Words dates = Words.in(words.language());
        StringBuilder detail = new StringBuilder();
        detail.append("\n\n### ").append(escape(finding.summary()))
                .append("\n").append(names.of(finding.decision())).append(" · ")
                .append(words.text("Category." + finding.category().name()))
                .append(" · ").append(finding.area() == null ? words.text("caseWide") : names.of(finding.area()))
                .append(" · ").append(words.text("evidence", words.text("Evidence." + finding.evidence().name())))
                .append(" · KB ").append(String.join(", ", KbItem.ids(finding.kb())))
                .append(" · ").append(words.text("sources", escape(finding.source())))
                .append(" · ").append(words.text("rule", code(finding.ruleId())));
        detail.append("\n\n").append(escape(finding.rationale()));
        if (!finding.basis().isEmpty()) {
            detail.append(words.text("basis")).append(finding.basis().stream().map(line -> basis(line, dates))
                    .collect(Collectors.joining("; ")));
        }
        if (finding.referTo() != null) {
            detail.append(words.text("referTo", names.of(finding.referTo())));
        }
        if (finding.deferUntil() != null) {
            detail.append(words.text("notBefore", dates.date(finding.deferUntil())));
        }
        if (finding.planChange() != null) {
            detail.append(words.text("change")).append(describe(finding.planChange(), words));
        }
        if (finding.cleared() != null) {
            detail.append(words.text("cleared", names.of(finding.cleared().by()), dates.date(finding.cleared().date()),
                    names.of(finding.cleared().uncleared())));
        }
        return detail.toString();
    }

    private static String readByName(List<String> entries, Catalogue words) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder detail = new StringBuilder(words.text("readByName"));
        entries.stream().distinct().limit(MAX_LISTED).forEach(entry -> detail.append("\n- ").append(escape(entry)));
        return detail.toString();
    }

    /**
     * The entries no table recognised, without repeats, ranked: active medications, active conditions, recent
     * procedures, allergies, each group counted and listed up to {@link #MAX_LISTED}; older entries only counted.
     * Bounded whatever the record, so it always fits the detail.
     */
    private static String notChecked(List<NotChecked> entries, Catalogue words) {
        if (entries.isEmpty()) {
            return "";
        }
        Map<NotChecked.Kind, Map<String, Integer>> byKind = new EnumMap<>(NotChecked.Kind.class);
        for (NotChecked entry : entries) {
            byKind.computeIfAbsent(entry.kind(), kind -> new LinkedHashMap<>()).merge(entry.entry(), 1, Integer::sum);
        }
        long distinct = byKind.values().stream().mapToLong(Map::size).sum();
        StringBuilder detail = new StringBuilder(words.text("notChecked", distinct));
        byKind.forEach((kind, texts) -> {
            detail.append("\n- ").append(words.text("NotChecked." + kind.name())).append(" (").append(texts.size()).append(")");
            if (kind == NotChecked.Kind.OLDER) {
                return;
            }
            detail.append(": ").append(texts.entrySet().stream().limit(MAX_LISTED)
                    .map(text -> escape(clip(text.getKey())) + (text.getValue() > 1 ? " ×" + text.getValue() : ""))
                    .collect(Collectors.joining("; ")));
            if (texts.size() > MAX_LISTED) {
                detail.append(words.text("notCheckedMore", texts.size() - MAX_LISTED));
            }
        });
        return detail.toString();
    }

    /** "Microneedling order mn1": which order a card is about, short enough for the summary. */
    private static String orderPhrase(ServiceRequest order, Catalogue words) {
        return words.text("order", shortId(order, words));
    }

    private static String shortId(ServiceRequest order, Catalogue words) {
        String id = order.getIdElement().getIdPart();
        if (id == null) {
            return words.text("noId");
        }
        return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID - 1) + "…";
    }

    /**
     * The order in full: its reference, what it is and the sites planned, as the EHR wrote them (the depths with the
     * card's decimal separator).
     */
    static String orderLine(ServiceRequest order, Catalogue words) {
        StringBuilder line = new StringBuilder(words.text("orderLine"))
                .append(code("ServiceRequest/" + order.getIdElement().getIdPart()))
                .append(" — ").append(escape(clip(text(order.getCode(), words.text("orderProcedure"), words))));
        List<String> sites = new ArrayList<>();
        for (CodeableConcept site : order.getBodySite()) {
            Extension depth = site.getExtensionByUrl(NeedlesafeFhir.NEEDLE_DEPTH);
            String at = depth != null && depth.getValue() instanceof Quantity quantity && quantity.hasValue()
                    ? " " + Words.in(words.language()).decimal(quantity.getValue()) + " mm" : "";
            sites.add(escape(clip(text(site, words.text("orderSite"), words))) + at);
        }
        if (!sites.isEmpty()) {
            line.append(": ").append(String.join(", ", sites.subList(0, Math.min(sites.size(), MAX_LISTED))));
            if (sites.size() > MAX_LISTED) {
                line.append(words.text("moreSites", sites.size() - MAX_LISTED));
            }
        }
        return line.toString();
    }

    /**
     * What the EHR wrote for a concept: its text, a display, or its first code; needlesafe's own codes are written
     * as words in the card's language (an area's display name; the fallback for the procedure).
     */
    private static String text(CodeableConcept concept, String fallback, Catalogue words) {
        if (concept == null) {
            return fallback;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        for (Coding coding : concept.getCoding()) {
            if (coding.hasDisplay()) {
                return coding.getDisplay();
            }
        }
        if (!concept.hasCoding() || !concept.getCodingFirstRep().hasCode()) {
            return fallback;
        }
        Coding first = concept.getCodingFirstRep();
        if (NeedlesafeFhir.codeSystem("area").equals(first.getSystem())) {
            return Arrays.stream(Area.values()).filter(area -> area.name().equals(first.getCode())).findFirst()
                    .map(DisplayNames.in(words.language())::of).orElse(first.getCode());
        }
        return first.hasSystem() && first.getSystem().startsWith(NeedlesafeFhir.codeSystem("")) ? fallback
                : first.getCode();
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
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

    /** A basis line: its JSON path as code, its value in the card's words. */
    private static String basis(String line, Words words) {
        int colon = line.indexOf(": ");
        return colon < 0 ? code(line) : code(line.substring(0, colon)) + escape(words.basis(line).substring(colon));
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /** A card's detail, built section by section up to a limit (the closing lines always fit). */
    private static final class Detail {
        private static final int RESERVED = 400;
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        Detail(int limit) {
            this.limit = Math.max(limit - RESERVED, 0);
        }

        /** Appends the section if it fits; {@code false} when it does not (nothing is appended). */
        boolean add(String section) {
            if (text.length() + section.length() > limit) {
                return false;
            }
            text.append(section);
            return true;
        }

        void force(String section) {
            text.append(section);
        }

        String text() {
            return text.toString();
        }
    }
}
