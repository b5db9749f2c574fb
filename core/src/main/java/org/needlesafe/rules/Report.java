package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.needlesafe.AftercareStep;
import org.needlesafe.Finding;
import org.needlesafe.RuleDescription;
import org.needlesafe.SideEffect;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Message;

/**
 * What the rules write for one assessment: findings, expected side effects, aftercare and the earliest next
 * session. The DRL global {@code report}; one per assessment, never shared.
 */
public final class Report {
    private static final Comparator<Finding> MOST_RESTRICTIVE_FIRST = Comparator
            .comparing(Finding::decision).reversed()
            .thenComparing(Finding::ruleId)
            .thenComparing(finding -> finding.area() == null ? -1 : finding.area().ordinal())
            .thenComparing(finding -> finding.basis().toString());

    private final Map<String, RuleDescription> rulesByName;
    private final List<Area> plannedAreas;
    private final Firing.Reader firings;
    private final List<FindingDraft> drafts = new ArrayList<>();
    // By code, in the order first written: the first with a code wins.
    private final Map<String, SideEffect> sideEffects = new LinkedHashMap<>();
    private final Map<String, AftercareStep> aftercare = new LinkedHashMap<>();
    private LocalDate nextSessionEarliest;

    /**
     * An empty report for one assessment.
     *
     * @param rulesByName  the pack's rules by DRL name
     * @param plannedAreas the planned areas a case-wide or unlocalised finding applies to
     * @param firings      how the engine reads the firing rule from a consequence
     */
    public Report(Map<String, RuleDescription> rulesByName, List<Area> plannedAreas, Firing.Reader firings) {
        this.rulesByName = rulesByName;
        this.plannedAreas = plannedAreas;
        this.firings = firings;
    }

    /**
     * Starts a finding of the firing rule; the facts it matched are its basis.
     *
     * @param drools what the consequence calls {@code drools}
     * @return the finding to complete
     */
    public FindingDraft finding(Object drools) {
        Firing firing = firings.read(drools);
        RuleDescription rule = describe(firing.ruleName());
        if (rule.decision() == null) {
            throw new IllegalStateException("rule " + rule.id() + " raises a finding but has no @decision");
        }
        List<String> basis = new ArrayList<>();
        for (Object matched : firing.matched()) {
            if (matched instanceof Fact fact) {
                basis.add(fact.basis());
            }
        }
        FindingDraft draft = new FindingDraft(rule, basis);
        drafts.add(draft);
        return draft;
    }

    /**
     * An expected side effect of the treatment as it would go ahead, in English; other languages have it in their
     * catalogue under the rule's id and the code ({@code <id>.<code>.duration}, {@code <id>.<code>}). The first with
     * a code wins.
     *
     * @param drools          what the consequence calls {@code drools}
     * @param code            the side effect's code
     * @param typicalDuration how long it typically lasts, in English
     * @param summary         what the patient can expect, in English
     */
    public void sideEffect(Object drools, String code, String typicalDuration, String summary) {
        if (!sideEffects.containsKey(code)) {
            String id = describe(firings.read(drools).ruleName()).id();
            sideEffects.put(code, SideEffect.of(code, Message.of(id + "." + code + ".duration", typicalDuration),
                    Message.of(id + "." + code, summary)));
        }
    }

    /**
     * An aftercare instruction, its English pattern and arguments; other languages have it in their catalogue under
     * {@code <rule id>.<code>}. Day 0 is the treatment day; the first with a code wins.
     */
    public void aftercare(Object drools, String code, int fromDay, int untilDay, String instruction,
                          Object... args) {
        if (!aftercare.containsKey(code)) {
            String id = describe(firings.read(drools).ruleName()).id();
            aftercare.put(code, AftercareStep.of(code, fromDay, untilDay,
                    Message.of(id + "." + code, instruction, args).qualified(id)));
        }
    }

    /** The next session may not be before this date; the latest such date wins. */
    public void nextSessionFrom(LocalDate date) {
        if (nextSessionEarliest == null || date.isAfter(nextSessionEarliest)) {
            nextSessionEarliest = date;
        }
    }

    /** The findings, most restrictive first, in a deterministic order. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (FindingDraft draft : drafts) {
            draft.complete(plannedAreas, findings);
        }
        findings.sort(MOST_RESTRICTIVE_FIRST);
        return findings;
    }

    public List<SideEffect> sideEffects() {
        return List.copyOf(sideEffects.values());
    }

    public List<AftercareStep> aftercare() {
        List<AftercareStep> steps = new ArrayList<>(aftercare.values());
        steps.sort(Comparator.comparingInt(AftercareStep::fromDay).thenComparing(AftercareStep::code));
        return steps;
    }

    public LocalDate nextSessionEarliest() {
        return nextSessionEarliest;
    }

    private RuleDescription describe(String ruleName) {
        RuleDescription rule = rulesByName.get(ruleName);
        if (rule == null) {
            throw new IllegalStateException("rule '" + ruleName + "' is not in the catalogue");
        }
        return rule;
    }
}
