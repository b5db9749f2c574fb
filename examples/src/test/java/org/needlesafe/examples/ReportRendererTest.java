package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.Finding;
import org.needlesafe.JurisdictionRef;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.Referral;
import org.needlesafe.SideEffect;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

class ReportRendererTest {
    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void rendersTheWholeReportInReadingOrder() {
        Finding precaution = finding("MN-D06-LITTLE-EXPERIENCE", Decision.PROCEED_WITH_PRECAUTIONS, Area.CHEEKS,
                "Have a senior practitioner review the plan", null, null, null);
        Finding depth = finding("MN-D03-PERIORBITAL-DEPTH", Decision.MODIFY_PLAN, Area.PERIORBITAL,
                "Reduce periorbital depth to 0.5 mm or less", null, null,
                PlanChange.maxDepth(Area.PERIORBITAL, new BigDecimal("0.5")));
        Finding anticoagulant = new Finding("MN-C08-ANTICOAGULANT", List.of(KbItem.of("C-08")),
                Decision.PROCEED_WITH_PRECAUTIONS,
                Category.CONTRAINDICATION, null, "Prescriber approved treatment on an anticoagulant", "More bleeding.",
                List.of("patient.medications[0]: ANTICOAGULANT CURRENT", "clearances[0]: C-08 by PRESCRIBER"),
                Evidence.MIXED, "SKINPEN; DP4", Referral.PRESCRIBER, null, null,
                new Cleared(ClearingRole.PRESCRIBER, LocalDate.of(2026, 11, 20), Decision.DEFER));
        Map<Area, Decision> areas = new LinkedHashMap<>();
        areas.put(Area.PERIORBITAL, Decision.MODIFY_PLAN);
        areas.put(Area.CHEEKS, Decision.PROCEED_WITH_PRECAUTIONS);
        Assessment assessment = new Assessment("1", "demo-7", Decision.MODIFY_PLAN, "1.0.0",
                new JurisdictionRef("US-UT", "2026-11", null, null, null), Map.of(),
                List.of(precaution, anticoagulant, depth), areas,
                List.of(),
                List.of(new SideEffect("ERYTHEMA_OEDEMA", "1-3 days", "Redness and swelling, like a mild sunburn")),
                List.of(new AftercareStep("NO_MAKEUP", 0, 1, "No makeup"),
                        new AftercareStep("SPF", 3, 3, "Start daily SPF 30")),
                LocalDate.of(2026, 12, 23), List.of());

        String report = renderer.render("cases/demo-7.json", assessment);

        assertThat(report).isEqualTo("""
                == Decision: change the plan - treat today only after the changes below
                   cases/demo-7.json  (case demo-7)
                Areas: periorbital area: change the plan; cheeks: proceed with precautions
                Jurisdiction profile US-UT 2026-11, rule set 1.0.0

                Findings, most restrictive first:
                 1. change the plan [periorbital area] - Reduce periorbital depth to 0.5 mm or less
                    Rule: MN-D03-PERIORBITAL-DEPTH (KB C-01), plan, for periorbital area
                    Why: Because.
                    Evidence: weak (SRC)
                    Basis: plan.areas[0]: periorbital area at 1.0 mm
                    Plan change: reduce periorbital area to 0.5 mm or less
                 2. proceed with precautions [cheeks] - Have a senior practitioner review the plan
                    Rule: MN-D06-LITTLE-EXPERIENCE (KB C-01), plan, for cheeks
                    Why: Because.
                    Evidence: weak (SRC)
                    Basis: plan.areas[0]: periorbital area at 1.0 mm
                 3. proceed with precautions - Prescriber approved treatment on an anticoagulant
                    Rule: MN-C08-ANTICOAGULANT (KB C-08), contraindication, case-wide
                    Why: More bleeding.
                    Evidence: mixed (SKINPEN; DP4)
                    Basis: patient.medications[0]: anticoagulant current
                           clearances[0]: C-08 by prescriber
                    Refer to: prescriber
                    Cleared: by prescriber on 2026-11-20 (defer without the clearance)

                Missing information: none

                Expected side effects:
                  - Redness and swelling, like a mild sunburn (1-3 days)
                Aftercare (day 0 is the treatment day):
                  - days 0-1: No makeup
                  - day 3: Start daily SPF 30
                Next session: not before 2026-12-23
                """);
    }

    @Test
    void aCaseThatDoesNotGoAheadListsWhatIsMissingAndNoAftercare() {
        Finding deferred = finding("MN-C17-NEUROTOXIN", Decision.DEFER, null, "Wait two weeks after the neurotoxin",
                Referral.PHYSICIAN, LocalDate.of(2026, 12, 1), null);
        Assessment assessment = new Assessment("1", null, Decision.DEFER, "1.0.0",
                new JurisdictionRef("DEFAULT", "2026-11", null, null, null), Map.of(), List.of(deferred),
                Map.of(Area.FOREHEAD, Decision.DEFER), List.of("patient.pregnant", "setup.gloves"), List.of(),
                List.of(), null, List.of());

        String report = renderer.render("x.json", assessment);

        assertThat(report)
                .startsWith("== Decision: defer - not today; re-assess when the cause below is gone\n   x.json\n")
                .contains("    Refer to: physician\n    Not before: 2026-12-01\n")
                .contains("Missing information (confirm before treating):\n  - patient.pregnant\n  - setup.gloves\n")
                .endsWith("Side effects and aftercare: not given, the treatment does not go ahead today.\n")
                .doesNotContain("Treat today");
    }

    @Test
    void aCaseWithoutFindingsSaysSo() {
        Assessment assessment = new Assessment("1", "c", Decision.PROCEED, "1.0.0",
                new JurisdictionRef("US-CA", "2026-11", null, null, null), Map.of(), List.of(),
                Map.of(Area.CHEEKS, Decision.PROCEED),
                List.of(), List.of(), List.of(), null, List.of());

        assertThat(renderer.render("c.json", assessment)).contains("== Decision: proceed - treat as planned\n",
                "Findings: none\n", "Missing information: none\n", "Expected side effects: none listed",
                "Aftercare: none listed").doesNotContain("Next session");
    }

    static Stream<Arguments> planChanges() {
        return Stream.of(
                Arguments.of(PlanChange.maxDepth(Area.NOSE, new BigDecimal("0.75")), "reduce nose to 0.75 mm or less"),
                Arguments.of(PlanChange.removeArea(Area.HANDS), "leave out hands"),
                Arguments.of(PlanChange.removeTopical(TopicalProduct.VITAMIN_C_SERUM),
                        "leave out the vitamin C serum (use a sterile product made for needled skin)"),
                Arguments.of(PlanChange.withoutAnesthetic(), "omit the topical anaesthetic"));
    }

    @ParameterizedTest
    @MethodSource("planChanges")
    void saysEachPlanChangeInWords(PlanChange change, String words) {
        Assessment assessment = new Assessment("1", "c", Decision.MODIFY_PLAN, "1.0.0",
                new JurisdictionRef("US-CA", "2026-11", null, null, null), Map.of(),
                List.of(finding("MN-X", Decision.MODIFY_PLAN, null, "Change the plan", null, null, change)),
                Map.of(Area.CHEEKS, Decision.MODIFY_PLAN), List.of(), List.of(), List.of(), null, List.of());

        assertThat(renderer.render("c.json", assessment)).contains("    Plan change: " + words + "\n");
    }

    @Test
    void longTextIsWrappedUnderItsLabel() {
        String rationale = "word ".repeat(60).strip();
        Finding finding = new Finding("MN-X", List.of(KbItem.of("C-01")), Decision.DEFER, Category.PLAN, null,
                "Summary",
                rationale, List.of(), Evidence.WEAK, "SRC", null, null, null, null);
        Assessment assessment = new Assessment("1", "c", Decision.DEFER, "1.0.0",
                new JurisdictionRef("US-CA", "2026-11", null, null, null), Map.of(), List.of(finding),
                Map.of(Area.CHEEKS, Decision.DEFER),
                List.of(), List.of(), List.of(), null, List.of());

        List<String> lines = renderer.render("c.json", assessment).lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReportRenderer.WIDTH));
        int why = lines.indexOf(lines.stream().filter(line -> line.startsWith("    Why: ")).findFirst().orElseThrow());
        assertThat(lines.get(why + 1)).startsWith("         word");
        assertThat(String.join(" ", lines.subList(why, why + 4)).replaceAll("\\s+", " ")).contains(rationale);
    }

    @Test
    void anInvalidFileIsNamedAndCounted() {
        assertThat(renderer.renderInvalid("bad.json", 1))
                .isEqualTo("== Not assessed: the input is invalid (1 problem, listed on standard error)\n"
                        + "   bad.json\n");
        assertThat(renderer.renderInvalid("bad.json", 3)).contains("(3 problems, listed on standard error)");
    }

    private static Finding finding(String ruleId, Decision decision, Area area, String summary, Referral referTo,
                                   LocalDate deferUntil, PlanChange change) {
        return new Finding(ruleId, List.of(KbItem.of("C-01")), decision, Category.PLAN, area, summary, "Because.",
                List.of("plan.areas[0]: PERIORBITAL at 1.0 mm"), Evidence.WEAK, "SRC", referTo, deferUntil, change,
                null);
    }
}
