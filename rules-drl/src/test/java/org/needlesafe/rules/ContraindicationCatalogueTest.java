package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.Scope;
import org.needlesafe.clearance.ClearingRole;

/**
 * The C rules' catalogue rows: ids are stable forever, and decision, scope and clearability are part of what a
 * clinician audits. A change here is a change to the rule pack's behaviour and must be deliberate.
 */
class ContraindicationCatalogueTest {
    private static final Map<String, RuleDescription> RULES = Cases.ADVISOR.rules().stream()
            .collect(Collectors.toMap(RuleDescription::id, rule -> rule));

    private static final String TABLE = """
        MN-C01-ACTIVE-INFECTION,               C-01, DEFER,                    CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C01-WART-OR-WOUND,                  C-01, DEFER,                    CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C02-HSV-PROPHYLAXIS,                C-02, PROCEED_WITH_PRECAUTIONS, CASE_OR_AREA, PRESCRIBER PHYSICIAN DERMATOLOGIST, WELL_SUPPORTED
        MN-C03-ACTIVE-ACNE,                    C-03, DEFER,                    CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C04-DERMATOSIS-FLARE,               C-04, DEFER,                    CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C04-DERMATOSIS-QUIESCENT,           C-04, DEFER,                    CASE_OR_AREA, PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C04-DERMATOSIS-QUIESCENT-PHYSICIAN, C-04, PROCEED_WITH_PRECAUTIONS, CASE_OR_AREA, -,                        MIXED
        MN-C05-SUNBURN,                        C-05, DEFER,                    CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C05-RECENT-SUN,                     C-05, DEFER,                    CASE_OR_AREA, -,                        WEAK
        MN-C06-KELOID-NON-PHYSICIAN,           C-06, DO_NOT_PROCEED,           CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C06-KELOID-PHYSICIAN,               C-06, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C07-ISOTRETINOIN-LABEL,             C-07, DO_NOT_PROCEED,           CASE,         -,                        MIXED
        MN-C07-ISOTRETINOIN-CURRENT,           C-07, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C07-ISOTRETINOIN-CURRENT-PHYSICIAN, C-07, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C07-ISOTRETINOIN-WASHOUT-PHYSICIAN, C-07, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C07-ISOTRETINOIN-WASHOUT,           C-07, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C08-BLEEDING-DISORDER,              C-08, DO_NOT_PROCEED,           CASE,         -,                        WELL_SUPPORTED
        MN-C08-ANTICOAGULANT,                  C-08, DEFER,                    CASE,         PRESCRIBER,               MIXED
        MN-C08-ANTITHROMBOTIC-RECENTLY-STOPPED, C-08, DEFER,                   CASE,         PRESCRIBER,               MIXED
        MN-C08-SUPPLEMENT,                     C-08, DEFER,                    CASE,         -,                        WEAK
        MN-C09-PREGNANT,                       C-09, DEFER,                    CASE,         -,                        WELL_SUPPORTED
        MN-C09-BREASTFEEDING,                  C-09, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C10-UNCONTROLLED-DIABETES,          C-10, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C10-CONTROLLED-DIABETES,            C-10, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C10-IMMUNOSUPPRESSION,              C-10, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C10-IMMUNOSUPPRESSIVE-TREATMENT,    C-10, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C10-RADIOTHERAPY,                   C-10, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  WEAK
        MN-C11-SUSPICIOUS-LESION,              C-11, DO_NOT_PROCEED,           CASE_OR_AREA, -,                        WELL_SUPPORTED
        MN-C12-METAL-ALLERGY-LABEL,            C-12, DO_NOT_PROCEED,           CASE,         -,                        MIXED
        MN-C12-METAL-ALLERGY,                  C-12, DEFER,                    CASE,         PHYSICIAN DERMATOLOGIST,  MIXED
        MN-C12-METAL-ALLERGY-PHYSICIAN,        C-12, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C13-ANESTHETIC-ALLERGY,             C-13, MODIFY_PLAN,              CASE,         -,                        WELL_SUPPORTED
        MN-C13-ANESTHETIC-RISK-CONDITION,      C-13, MODIFY_PLAN,              CASE,         -,                        WELL_SUPPORTED
        MN-C13-ANESTHETIC-ANTIARRHYTHMIC,      C-13, MODIFY_PLAN,              CASE,         -,                        WELL_SUPPORTED
        MN-C13-ANESTHETIC-PREGNANCY-OR-BREASTFEEDING, C-09 C-13, MODIFY_PLAN, CASE,  -,                        WELL_SUPPORTED
        MN-C13-ANESTHETIC-LARGE-AREA,          C-13, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        WELL_SUPPORTED
        MN-C14-KOEBNER,                        C-14, DO_NOT_PROCEED,           CASE,         DERMATOLOGIST,            MIXED
        MN-C14-KOEBNER-HISTORY,                C-14, DO_NOT_PROCEED,           CASE,         DERMATOLOGIST,            MIXED
        MN-C14-KOEBNER-DERMATOLOGIST,          C-14, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C15-DARKER-SKIN,                    C-15, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C15-PIH-HISTORY,                    C-15, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C15-MELASMA,                        C-15, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        MIXED
        MN-C16-RF-ELECTRONIC-IMPLANT,          C-16, DO_NOT_PROCEED,           CASE,         -,                        WEAK
        MN-C16-RF-METAL-IN-AREA,               C-16, DO_NOT_PROCEED,           CASE_OR_AREA, -,                        WEAK
        MN-C16-METAL-IN-AREA,                  C-16, DEFER,                    CASE_OR_AREA, PHYSICIAN DERMATOLOGIST,  WEAK
        MN-C16-METAL-IN-AREA-PHYSICIAN,        C-16, PROCEED_WITH_PRECAUTIONS, CASE_OR_AREA, -,                        WEAK
        MN-C17-NEUROTOXIN-FILLER,              C-17, DEFER,                    CASE_OR_AREA, -,                        WEAK
        MN-C18-TOPICAL-RETINOID,               C-18, DEFER,                    CASE,         -,                        WEAK
        MN-C18-PEEL-LASER,                     C-18, DEFER,                    CASE_OR_AREA, -,                        WEAK
        MN-C18-DEEP-PEEL,                      C-18, DEFER,                    CASE_OR_AREA, PHYSICIAN DERMATOLOGIST,  WEAK
        MN-C18-DEEP-PEEL-PHYSICIAN,            C-18, PROCEED_WITH_PRECAUTIONS, CASE_OR_AREA, -,                        WEAK
        MN-C19-RECENT-SCAR,                    C-19, DEFER,                    CASE_OR_AREA, -,                        WEAK
        MN-C19-RECENT-SURGERY,                 C-19, DEFER,                    CASE_OR_AREA, -,                        WEAK
        MN-C20-TATTOO-IN-AREA,                 C-20, MODIFY_PLAN,              AREA,         -,                        WEAK
        MN-C20-TATTOO,                         C-20, PROCEED_WITH_PRECAUTIONS, CASE,         -,                        WEAK
        """;

    @Test
    void everyCRuleIsInTheTableAndNoOther() {
        Set<String> loaded = RULES.keySet().stream().filter(id -> id.startsWith("MN-C")).collect(Collectors.toSet());
        Set<String> tabled = TABLE.lines().map(line -> line.split(",")[0].strip()).collect(Collectors.toSet());

        assertThat(loaded).containsExactlyInAnyOrderElementsOf(tabled);
    }

    @ParameterizedTest
    @CsvSource(textBlock = TABLE)
    void theCatalogueRowIsAsAudited(String id, String kb, Decision decision, Scope scope, String clearableBy,
                                    Evidence evidence) {
        RuleDescription rule = RULES.get(id);

        assertThat(rule).as(id).isNotNull();
        assertThat(KbItem.ids(rule.kb())).containsExactly(kb.split(" "));
        assertThat(rule.category()).isEqualTo(Category.CONTRAINDICATION);
        assertThat(rule.decision()).isEqualTo(decision);
        assertThat(rule.scope()).isEqualTo(scope);
        assertThat(rule.evidence()).isEqualTo(evidence);
        Set<ClearingRole> roles = clearableBy.equals("-") ? Set.of()
                : Arrays.stream(clearableBy.split(" ")).map(ClearingRole::valueOf).collect(Collectors.toSet());
        assertThat(rule.clearableBy()).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(rule.source()).isNotBlank();
    }

    @Test
    void whatTheContractCallsNeverClearableIsNot() {
        assertThat(RULES.get("MN-C01-ACTIVE-INFECTION").clearable()).isFalse();
        assertThat(RULES.get("MN-C01-WART-OR-WOUND").clearable()).isFalse();
        assertThat(RULES.get("MN-C11-SUSPICIOUS-LESION").clearable()).isFalse();
    }
}
