package org.needlesafe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * One reason behind a decision: what to do, why, how well supported, and the input facts that made it fire.
 *
 * @param ruleId     the rule's stable id, e.g. {@code MN-C08-ANTICOAGULANT}
 * @param kb         the knowledge-base items it implements
 * @param decision   what this finding asks for (after any clearance)
 * @param category   what kind of concern it is
 * @param area       the planned area it is scoped to, or {@code null} when it is case-wide
 * @param summary    what to do, in one line
 * @param rationale  why, ending with whether the finding is case-wide or area-scoped
 * @param basis      the input facts that made it fire, as JSON paths with their values
 * @param evidence   how well the knowledge-base item is supported
 * @param source     the knowledge base's source keys
 * @param referTo    who to refer to, or {@code null}
 * @param deferUntil the earliest date the cause is gone, or {@code null} when not computable
 * @param planChange the change that resolves a {@code MODIFY_PLAN}, or {@code null}
 * @param cleared    the clearance applied and the decision it replaced, or {@code null}
 * @param summaryText   the summary before it is put into words: the message {@code summary} renders
 * @param rationaleText the rationale before it is put into words: its sentences, rendered one after the other
 */
public record Finding(
        String ruleId,
        List<KbItem> kb,
        Decision decision,
        Category category,
        Area area,
        String summary,
        String rationale,
        List<String> basis,
        Evidence evidence,
        String source,
        Referral referTo,
        LocalDate deferUntil,
        PlanChange planChange,
        Cleared cleared,
        Message summaryText,
        List<Message> rationaleText) {

    /**
     * Copies the lists, so the record cannot change.
     *
     * @param ruleId     the rule's stable id, e.g. {@code MN-C08-ANTICOAGULANT}
     * @param kb         the knowledge-base items it implements
     * @param decision   what this finding asks for (after any clearance)
     * @param category   what kind of concern it is
     * @param area       the planned area it is scoped to, or {@code null} when it is case-wide
     * @param summary    what to do, in one line
     * @param rationale  why, including whether the rule is case-wide or area-scoped
     * @param basis      the input facts that made it fire, as JSON paths with their values
     * @param evidence   how well the knowledge-base item is supported
     * @param source     the knowledge base's source keys
     * @param referTo    who to refer to, or {@code null}
     * @param deferUntil the earliest date the cause is gone, or {@code null} when not computable
     * @param planChange the change that resolves a {@code MODIFY_PLAN}, or {@code null}
     * @param cleared    the clearance applied and the decision it replaced, or {@code null}
     * @param summaryText   the summary before it is put into words: the message {@code summary} renders
     * @param rationaleText the rationale before it is put into words: its sentences, rendered one after the other
     */
    public Finding {
        kb = List.copyOf(kb);
        basis = List.copyOf(basis);
        rationaleText = List.copyOf(rationaleText);
    }

    /**
     * A finding whose words are already written (in no catalogue): they read the same in every language.
     *
     * @param ruleId     the rule's stable id, e.g. {@code MN-C08-ANTICOAGULANT}
     * @param kb         the knowledge-base items it implements
     * @param decision   what this finding asks for (after any clearance)
     * @param category   what kind of concern it is
     * @param area       the planned area it is scoped to, or {@code null} when it is case-wide
     * @param summary    what to do, in one line
     * @param rationale  why, including whether the rule is case-wide or area-scoped
     * @param basis      the input facts that made it fire, as JSON paths with their values
     * @param evidence   how well the knowledge-base item is supported
     * @param source     the knowledge base's source keys
     * @param referTo    who to refer to, or {@code null}
     * @param deferUntil the earliest date the cause is gone, or {@code null} when not computable
     * @param planChange the change that resolves a {@code MODIFY_PLAN}, or {@code null}
     * @param cleared    the clearance applied and the decision it replaced, or {@code null}
     */
    public Finding(String ruleId, List<KbItem> kb, Decision decision, Category category, Area area, String summary,
                   String rationale, List<String> basis, Evidence evidence, String source, Referral referTo,
                   LocalDate deferUntil, PlanChange planChange, Cleared cleared) {
        this(ruleId, kb, decision, category, area, summary, rationale, basis, evidence, source, referTo, deferUntil,
                planChange, cleared, new Message(null, summary, List.of()),
                List.of(new Message(null, rationale, List.of())));
    }

    /**
     * This finding with its summary and rationale written in the language of the words; the decision, the codes and
     * the basis stay as they are.
     *
     * @param words the language to write it in
     * @return the finding, its summary and rationale in that language
     */
    public Finding in(Words words) {
        return new Finding(ruleId, kb, decision, category, area, words.render(summaryText),
                words.render(rationaleText), basis, evidence, source, referTo, deferUntil, planChange, cleared,
                summaryText, rationaleText);
    }

    /**
     * Whether the finding applies to the whole case rather than one area.
     *
     * @return {@code true} when the finding has no area
     */
    public boolean caseWide() {
        return area == null;
    }

    /**
     * This finding with a clearance that did not lower it: the clearance joins the basis, and the rationale says it was
     * not accepted and why.
     *
     * @param clearanceBasis the clearance, as a basis line
     * @param reason         why it was not accepted
     * @return the finding, its decision unchanged
     */
    public Finding withClearanceNotAccepted(String clearanceBasis, Message reason) {
        List<String> withClearance = new ArrayList<>(basis);
        withClearance.add(clearanceBasis);
        List<Message> because = new ArrayList<>(rationaleText);
        because.add(reason);
        return new Finding(ruleId, kb, decision, category, area, summary,
                rationale + " " + Words.english().render(reason), withClearance, evidence, source, referTo,
                deferUntil, planChange, cleared, summaryText, because);
    }

    /**
     * This finding after a clearance: lowered to {@code PROCEED_WITH_PRECAUTIONS}, with the summary that reads right
     * once cleared, no longer deferred, remembering the clearance and what it replaced.
     *
     * @param clearance      the clearance applied and the decision it replaced
     * @param clearedSummary the summary that reads right once cleared
     * @return the cleared finding
     */
    public Finding clearedBy(Cleared clearance, Message clearedSummary) {
        return new Finding(ruleId, kb, Decision.PROCEED_WITH_PRECAUTIONS, category, area,
                Words.english().render(clearedSummary), rationale, basis, evidence, source, referTo, null,
                planChange, clearance, clearedSummary, rationaleText);
    }
}
