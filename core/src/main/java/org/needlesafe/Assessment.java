package org.needlesafe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.needlesafe.plan.Area;
import org.needlesafe.text.Language;
import org.needlesafe.text.Message;
import org.needlesafe.text.Words;

/**
 * The explained decision on one case, with every field of the public contract.
 *
 * @param formatVersion       the contract's format version; changes only when the contract breaks
 * @param caseId              echoed from the case, or {@code null}
 * @param decision            the case's decision, per the contract's roll-up
 * @param rulesetVersion      the version of the rule pack
 * @param jurisdictionProfile the profile used
 * @param configuration       every configurable value the rules used, so the decision can be reproduced
 * @param findings            the reasons, most restrictive first
 * @param areaDecisions       per planned area, in plan order: the most restrictive of the case-wide findings and
 *                            that area's own
 * @param missingInformation  required screening answers that are unknown
 * @param expectedSideEffects as the treatment would go ahead; empty when it cannot go ahead today
 * @param aftercare           as the treatment would go ahead; empty when it cannot go ahead today
 * @param nextSessionEarliest the earliest date for the next session, or {@code null} when it cannot go ahead today
 * @param firedRules          the ids of the rules that fired, in firing order: the trace
 * @param language            the language its words are written in; codes stay language-neutral
 * @param languageNotice      one line, in that language, when its words are not clinically reviewed or the language
 *                            asked for is not available; {@code null} otherwise
 */
public record Assessment(
        String formatVersion,
        String caseId,
        Decision decision,
        String rulesetVersion,
        JurisdictionRef jurisdictionProfile,
        Map<String, BigDecimal> configuration,
        List<Finding> findings,
        Map<Area, Decision> areaDecisions,
        List<String> missingInformation,
        List<SideEffect> expectedSideEffects,
        List<AftercareStep> aftercare,
        LocalDate nextSessionEarliest,
        List<String> firedRules,
        Language language,
        String languageNotice) {

    /** The contract's current format version. */
    public static final String FORMAT_VERSION = "1";

    /**
     * Copies the lists and maps, so the record cannot change.
     *
     * @param formatVersion       the contract's format version; changes only when the contract breaks
     * @param caseId              echoed from the case, or {@code null}
     * @param decision            the case's decision, per the contract's roll-up
     * @param rulesetVersion      the version of the rule pack
     * @param jurisdictionProfile the profile used
     * @param configuration       every configurable value the rules used, so the decision can be reproduced
     * @param findings            the reasons, most restrictive first
     * @param areaDecisions       per planned area, in plan order: the most restrictive of the case-wide findings and
     *                            that area's own
     * @param missingInformation  required screening answers that are unknown
     * @param expectedSideEffects as the treatment would go ahead; empty when it cannot go ahead today
     * @param aftercare           as the treatment would go ahead; empty when it cannot go ahead today
     * @param nextSessionEarliest the earliest date for the next session, or {@code null} when it cannot go ahead today
     * @param firedRules          the ids of the rules that fired, in firing order: the trace
     * @param language            the language its words are written in; codes stay language-neutral
     * @param languageNotice      one line, in that language, when its words are not clinically reviewed or the language
     *                            asked for is not available; {@code null} otherwise
     */
    public Assessment {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        findings = List.copyOf(findings);
        areaDecisions = Collections.unmodifiableMap(new LinkedHashMap<>(areaDecisions));
        missingInformation = List.copyOf(missingInformation);
        expectedSideEffects = List.copyOf(expectedSideEffects);
        aftercare = List.copyOf(aftercare);
        firedRules = List.copyOf(firedRules);
    }

    /**
     * An assessment written in English, the source language, with no language notice.
     *
     * @param formatVersion       the contract's format version; changes only when the contract breaks
     * @param caseId              echoed from the case, or {@code null}
     * @param decision            the case's decision, per the contract's roll-up
     * @param rulesetVersion      the version of the rule pack
     * @param jurisdictionProfile the profile used
     * @param configuration       every configurable value the rules used, so the decision can be reproduced
     * @param findings            the reasons, most restrictive first
     * @param areaDecisions       per planned area, in plan order: the most restrictive of the case-wide findings and
     *                            that area's own
     * @param missingInformation  required screening answers that are unknown
     * @param expectedSideEffects as the treatment would go ahead; empty when it cannot go ahead today
     * @param aftercare           as the treatment would go ahead; empty when it cannot go ahead today
     * @param nextSessionEarliest the earliest date for the next session, or {@code null} when it cannot go ahead today
     * @param firedRules          the ids of the rules that fired, in firing order: the trace
     */
    public Assessment(String formatVersion, String caseId, Decision decision, String rulesetVersion,
                      JurisdictionRef jurisdictionProfile, Map<String, BigDecimal> configuration,
                      List<Finding> findings, Map<Area, Decision> areaDecisions, List<String> missingInformation,
                      List<SideEffect> expectedSideEffects, List<AftercareStep> aftercare,
                      LocalDate nextSessionEarliest, List<String> firedRules) {
        this(formatVersion, caseId, decision, rulesetVersion, jurisdictionProfile, configuration, findings,
                areaDecisions, missingInformation, expectedSideEffects, aftercare, nextSessionEarliest, firedRules,
                Language.ENGLISH, null);
    }

    /**
     * This assessment with every human text written in a language: the decision and every code stay as they are.
     *
     * @param language the language to write it in
     * @return the assessment in that language
     */
    public Assessment in(Language language) {
        return in(Language.Choice.of(language));
    }

    /**
     * This assessment written in the language chosen for a caller; when the caller asked for a language that is not
     * available, the notice says so.
     *
     * @param choice the language chosen, and what was asked for when it was not available
     * @return the assessment in that language
     */
    public Assessment in(Language.Choice choice) {
        Words words = Words.in(choice.language());
        String notice = notice(choice, words);
        if (choice.language() == language && Objects.equals(notice, languageNotice)) {
            // Already written in that language: the words would come out the same, at the cost of writing them again.
            return this;
        }
        List<Finding> localisedFindings = findings.stream().map(finding -> finding.in(words)).toList();
        List<SideEffect> localisedEffects = expectedSideEffects.stream().map(effect -> effect.in(words)).toList();
        List<AftercareStep> localisedSteps = aftercare.stream().map(step -> step.in(words)).toList();
        return new Assessment(formatVersion, caseId, decision, rulesetVersion, jurisdictionProfile, configuration,
                localisedFindings, areaDecisions, missingInformation, localisedEffects, localisedSteps,
                nextSessionEarliest, firedRules, choice.language(), notice);
    }

    private static String notice(Language.Choice choice, Words words) {
        List<Message> notes = new java.util.ArrayList<>(2);
        if (choice.unavailable() != null) {
            notes.add(Message.keyed("language.unavailable", choice.unavailable()));
        }
        if (!choice.language().review().clinicallyReviewed()) {
            notes.add(Message.keyed("language.notReviewed"));
        }
        return notes.isEmpty() ? null : words.render(notes);
    }
}
