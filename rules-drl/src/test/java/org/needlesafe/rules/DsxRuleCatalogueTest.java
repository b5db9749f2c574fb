package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.Scope;

/**
 * The catalogue rows of the device, set-up, topical, aftercare, screening and side-effect rules: ids are stable
 * forever, and sterility and scope of practice are never clearable.
 */
class DsxRuleCatalogueTest {
    private static final Map<String, RuleDescription> RULES = Cases.ADVISOR.rules().stream()
            .collect(Collectors.toMap(RuleDescription::id, Function.identity()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "MN-D01-UNDER-AUTHORISED-AGE                           | D-01      | PLAN      | PROCEED_WITH_PRECAUTIONS | CASE         | -",
            "MN-D01-HOME-DEVICE                                    | D-01      | PLAN      | DO_NOT_PROCEED           | CASE         | -",
            "MN-D01-DEVICE-NOT-CLEARED                             | D-01      | PLAN      | DO_NOT_PROCEED           | CASE         | -",
            "MN-D01-DEVICE-CLEARANCE-UNKNOWN                       | D-01      | PLAN      | PROCEED_WITH_PRECAUTIONS | CASE         | -",
            "MN-D02-FACIAL-DEPTH-NON-PHYSICIAN                     | D-02      | PLAN      | MODIFY_PLAN              | AREA         | -",
            "MN-D02-FACIAL-DEPTH-PHYSICIAN                         | D-02      | PLAN      | PROCEED_WITH_PRECAUTIONS | AREA         | -",
            "MN-D03-EYELID-LABELLED-DEVICE                         | D-03      | PLAN      | DO_NOT_PROCEED           | AREA         | -",
            "MN-D03-EYELID-DEPTH                                   | D-03      | PLAN      | MODIFY_PLAN              | AREA         | -",
            "MN-D03-PERIORBITAL-DEPTH                              | D-03      | PLAN      | MODIFY_PLAN              | AREA         | -",
            "MN-D03-FOREHEAD-NOSE-DEPTH                            | D-03      | PLAN      | MODIFY_PLAN              | AREA         | -",
            "MN-D04-NOT-IN-SCOPE                                   | D-04      | CREDENTIAL| DO_NOT_PROCEED           | CASE         | -",
            "MN-D04-DEPTH-OVER-SCOPE                               | D-04      | CREDENTIAL| MODIFY_PLAN              | AREA         | -",
            "MN-D04-UNDER-MINIMUM-AGE                              | D-04      | CREDENTIAL| DO_NOT_PROCEED           | CASE         | -",
            "MN-D05-RF-NOT-IN-SCOPE                                | D-05      | CREDENTIAL| DO_NOT_PROCEED           | CASE         | -",
            "MN-D06-NO-TRAINING                                    | D-06      | CREDENTIAL| DO_NOT_PROCEED           | CASE         | -",
            "MN-D06-LITTLE-EXPERIENCE                              | D-06      | CREDENTIAL| PROCEED_WITH_PRECAUTIONS | AREA         | -",
            "MN-S01-NON-STERILE-NEEDLES                            | S-01      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S01-REUSABLE-ROLLER-SAME-CLIENT                    | S-01      | STERILITY | PROCEED_WITH_PRECAUTIONS | CASE         | -",
            "MN-S01-PACKAGING-BREACHED                             | S-01      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S01-NO-SHARPS-CONTAINER                            | S-01      | STERILITY | DEFER                    | CASE         | -",
            "MN-S02-NO-BARRIER-SLEEVE                              | S-02      | STERILITY | DEFER                    | CASE         | -",
            "MN-S03-NO-ANTISEPSIS                                  | S-03      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S03-NO-GLOVES                                      | S-03      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S03-ANTISEPTIC-ALLERGY                             | S-03      | CONTRAINDICATION | DEFER             | CASE         | -",
            "MN-S04-NO-CLIENT-RECORDS                              | S-04      | STERILITY | PROCEED_WITH_PRECAUTIONS | CASE         | -",
            "MN-S04-UNLICENSED-SETTING                             | D-04 S-04 | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S05-PRP-SETTING                                    | S-05      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S05-BLOOD-HANDLING                                 | S-05      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-S06-TAP-WATER-RINSE                                | S-06      | STERILITY | DO_NOT_PROCEED           | CASE         | -",
            "MN-X01-NON-STERILE-TOPICAL                            | X-01      | TOPICAL   | MODIFY_PLAN              | CASE         | -",
            "MN-X01-VITAMIN-C-SERUM                                | X-01      | TOPICAL   | MODIFY_PLAN              | CASE         | -",
            "MN-A02-SESSION-TOO-SOON                               | A-02      | PLAN      | DEFER                    | CASE         | -",
            "MN-A02-SESSION-SOONER-THAN-RECOMMENDED                | A-02      | PLAN      | PROCEED_WITH_PRECAUTIONS | CASE         | -",
            "MN-A02-RECENT-MICRONEEDLING-TOO-SOON                  | A-02      | PLAN      | DEFER                    | CASE_OR_AREA | -",
            "MN-A02-RECENT-MICRONEEDLING-SOONER-THAN-RECOMMENDED   | A-02      | PLAN      | PROCEED_WITH_PRECAUTIONS | CASE_OR_AREA | -",
            "MN-Q01-BDD-SCREEN-POSITIVE                            | Q-01      | SCREENING | DEFER                    | CASE         | DERMATOLOGIST PHYSICIAN",
            "MN-SCREEN-UNKNOWN-ANSWER                              | Q-02 Q-03 | SCREENING | DEFER                    | CASE         | -"})
    void findingRules(String id, String kb, Category category, Decision decision, Scope scope, String clearableBy) {
        assertThat(RULES).containsKey(id);
        RuleDescription rule = RULES.get(id);
        assertThat(KbItem.ids(rule.kb())).containsExactly(kb.split(" "));
        assertThat(rule.category()).isEqualTo(category);
        assertThat(rule.decision()).isEqualTo(decision);
        assertThat(rule.scope()).isEqualTo(scope);
        assertThat(rule.clearableBy()).extracting(Enum::name)
                .containsExactlyInAnyOrder(clearableBy == null ? new String[0] : clearableBy.split(" "));
        assertThat(rule.source()).isNotBlank();
        assertThat(rule.evidence()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "MN-A01-AFTERCARE, A-01", "MN-A01-SUNSCREEN, A-01", "MN-A01-SUNSCREEN-PIGMENT-RISK, A-01",
            "MN-A02-NEXT-SESSION, A-02",
            "MN-E-ERYTHEMA-SHALLOW, E", "MN-E-ERYTHEMA-MEDIUM, E", "MN-E-ERYTHEMA-DEEP, E", "MN-E-DRYNESS-FLAKING, E",
            "MN-E-PERIOCULAR-BRUISING, E", "MN-E-LESS-COMMON, E", "MN-E-PIH, E", "MN-E-HSV-REACTIVATION, E",
            "MN-E-ACNE-FLARE, E", "MN-E-KOEBNERISATION, E", "MN-E-DEEP-NEEDLING-RARE, E", "MN-E-RF-BURNS, E"})
    void rulesThatRaiseNoFindingHaveNoDecision(String id, String kb) {
        assertThat(RULES).containsKey(id);
        RuleDescription rule = RULES.get(id);
        assertThat(KbItem.ids(rule.kb())).contains(kb);
        assertThat(rule.decision()).isNull();
        assertThat(rule.category()).isNull();
        assertThat(rule.scope()).isNull();
        assertThat(rule.clearable()).isFalse();
    }

    @Test
    void sterilityAndScopeOfPracticeAreNeverClearable() {
        assertThat(RULES.values())
                .filteredOn(rule -> rule.category() == Category.STERILITY || rule.category() == Category.CREDENTIAL)
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.clearable()).as(rule.id()).isFalse());
    }
}
