package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
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
    private final List<FindingDraft> drafts = new ArrayList<>();
    // By code, in the order first written: the first with a code wins.
    private final Map<String, SideEffect> sideEffects = new LinkedHashMap<>();
    private final Map<String, AftercareStep> aftercare = new LinkedHashMap<>();
    private LocalDate nextSessionEarliest;

    public Report(Map<String, RuleDescription> rulesByName, List<Area> plannedAreas) {
        this.rulesByName = rulesByName;
        this.plannedAreas = plannedAreas;
    }

    /** Starts a finding of the firing rule; the facts it matched are its basis. */
    public FindingDraft finding(RuleContext drools) {
        RuleDescription rule = describe(drools);
        if (rule.decision() == null) {
            throw new IllegalStateException("rule " + rule.id() + " raises a finding but has no @decision");
        }
        List<String> basis = new ArrayList<>();
        for (Object matched : drools.getMatch().getObjects()) {
            if (matched instanceof Fact fact) {
                basis.add(fact.basis());
            }
        }
        FindingDraft draft = new FindingDraft(rule, basis);
        drafts.add(draft);
        return draft;
    }

    /**
     * The same for a rule compiled to Drools' executable model, where {@code drools} has this type; the object is
     * the same rule context.
     */
    public FindingDraft finding(org.drools.model.Drools drools) {
        return finding((RuleContext) drools);
    }

    /**
     * An expected side effect of the treatment as it would go ahead, in English; other languages have it in their
     * catalogue under the rule's id and the code ({@code <id>.<code>.duration}, {@code <id>.<code>}). The first with
     * a code wins.
     */
    public void sideEffect(RuleContext drools, String code, String typicalDuration, String summary) {
        if (!sideEffects.containsKey(code)) {
            String id = describe(drools).id();
            sideEffects.put(code, SideEffect.of(code, Message.of(id + "." + code + ".duration", typicalDuration),
                    Message.of(id + "." + code, summary)));
        }
    }

    /** The same for a rule compiled to Drools' executable model. */
    public void sideEffect(org.drools.model.Drools drools, String code, String typicalDuration, String summary) {
        sideEffect((RuleContext) drools, code, typicalDuration, summary);
    }

    /**
     * An aftercare instruction, its English pattern and arguments; other languages have it in their catalogue under
     * {@code <rule id>.<code>}. Day 0 is the treatment day; the first with a code wins.
     */
    public void aftercare(RuleContext drools, String code, int fromDay, int untilDay, String instruction,
                          Object... args) {
        if (!aftercare.containsKey(code)) {
            String id = describe(drools).id();
            aftercare.put(code, AftercareStep.of(code, fromDay, untilDay,
                    Message.of(id + "." + code, instruction, args).qualified(id)));
        }
    }

    /** The same for a rule compiled to Drools' executable model. */
    public void aftercare(org.drools.model.Drools drools, String code, int fromDay, int untilDay, String instruction,
                          Object... args) {
        aftercare((RuleContext) drools, code, fromDay, untilDay, instruction, args);
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

    private RuleDescription describe(RuleContext drools) {
        RuleDescription rule = rulesByName.get(drools.getRule().getName());
        if (rule == null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' is not in the catalogue");
        }
        return rule;
    }
}
