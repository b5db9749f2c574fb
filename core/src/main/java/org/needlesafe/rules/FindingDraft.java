package org.needlesafe.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.needlesafe.Finding;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.Referral;
import org.needlesafe.RuleDescription;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * A finding a rule is writing. The rule's metadata supplies its id, knowledge-base items, decision, category,
 * evidence and source; the rule says what to do, why, and where. The facts the rule matched are already in the
 * basis. A draft without an area is case-wide.
 */
public final class FindingDraft {
    private final RuleDescription rule;
    private final Set<String> basis = new LinkedHashSet<>();
    private List<KbItem> kb;
    private Message summary;
    private Message rationale;
    private Referral referTo;
    private LocalDate deferUntil;
    private PlanChange planChange;
    private Area area;
    private Set<Area> where;
    private boolean region;

    FindingDraft(RuleDescription rule, List<String> matchedBasis) {
        this.rule = rule;
        this.kb = rule.kb();
        this.basis.addAll(matchedBasis);
    }

    /**
     * What to do, in one line: the English pattern and its arguments ({@code "Defer until the {0} has healed",
     * $infection.code()}); other languages have it in their catalogue under the rule's id.
     */
    public FindingDraft summary(String english, Object... args) {
        this.summary = Message.of(rule.id() + ".summary", english, args).qualified(rule.id());
        return this;
    }

    /** Why, as {@link #summary}; the sentence saying whether it is case-wide or area-scoped is added from @scope. */
    public FindingDraft rationale(String english, Object... args) {
        this.rationale = Message.of(rule.id() + ".rationale", english, args).qualified(rule.id());
        return this;
    }

    /**
     * A field of the case the rule relied on that it did not match as a {@link Fact} (a record's field, a "not"): its
     * path and value; an absent value reads "unknown".
     */
    public FindingDraft basis(ContractPath path, Object value) {
        basis.add(path.is(value));
        return this;
    }

    /** Basis lines already written with their paths (the jurisdiction profile's reasons for a restriction). */
    public FindingDraft basis(String... facts) {
        basis.addAll(List.of(facts));
        return this;
    }

    /** The knowledge-base items of this finding, when they depend on the fact (as for screening questions). */
    public FindingDraft kb(List<KbItem> kb) {
        this.kb = List.copyOf(kb);
        return this;
    }

    public FindingDraft referTo(Referral referral) {
        this.referTo = referral;
        return this;
    }

    public FindingDraft deferUntil(LocalDate date) {
        this.deferUntil = date;
        return this;
    }

    public FindingDraft planChange(PlanChange change) {
        this.planChange = change;
        return this;
    }

    /** Scopes the finding to one planned area. */
    public FindingDraft area(AreaFact planned) {
        this.area = planned.area();
        return this;
    }

    /**
     * Scopes the finding to the planned areas where the fact is; case-wide when the fact is not localised. When
     * none of the planned areas is affected there is no finding.
     */
    public FindingDraft inAreasOf(Located fact) {
        this.where = fact.areas();
        this.region = false;
        return this;
    }

    /**
     * Like {@link #inAreasOf}, but a fact on the face affects every planned facial area (an active cold sore defers
     * the whole face).
     */
    public FindingDraft inRegionOf(Located fact) {
        this.where = fact.areas();
        this.region = true;
        return this;
    }

    /** The findings this draft makes, given the planned areas: none, one case-wide, or one per affected area. */
    void complete(List<Area> planned, List<Finding> out) {
        if (summary == null || rationale == null) {
            throw new IllegalStateException("rule " + rule.id() + " raised a finding without summary or rationale");
        }
        if (area != null || where == null || where.isEmpty()) {
            out.add(finding(area));
            return;
        }
        boolean face = region && where.stream().anyMatch(Area::face);
        for (Area candidate : planned) {
            if (where.contains(candidate) || (face && candidate.face())) {
                out.add(finding(candidate));
            }
        }
    }

    private Finding finding(Area scopedTo) {
        // The scope is stated once, in @scope: the sentence saying it is written from it, in every language.
        List<Message> because = rule.scope() == null ? List.of(rationale)
                : List.of(rationale, Message.keyed("scope." + rule.scope()));
        Words english = Words.english();
        return new Finding(rule.id(), kb, rule.decision(), rule.category(), scopedTo, english.render(summary),
                english.render(because), new ArrayList<>(basis), rule.evidence(), rule.source(), referTo, deferUntil,
                planChange, null, summary, because);
    }
}
