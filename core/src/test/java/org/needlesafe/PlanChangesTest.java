package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.Decision.DEFER;
import static org.needlesafe.Decision.MODIFY_PLAN;
import static org.needlesafe.Decision.PROCEED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

class PlanChangesTest {

    private static Finding finding(Area area, PlanChange change) {
        return new Finding("MN-TEST", List.of(KbItem.of("D-03")), MODIFY_PLAN, Category.PLAN, area, "s", "r",
                List.of("b"),
                Evidence.MIXED, "src", null, null, change, null);
    }

    @Test
    void theLowestDepthLimitOfAnAreaHolds() {
        PlanChanges changes = PlanChanges.of(List.of(
                finding(Area.NOSE, PlanChange.maxDepth(Area.NOSE, new BigDecimal("0.75"))),
                finding(Area.NOSE, PlanChange.maxDepth(Area.NOSE, new BigDecimal("0.5")))),
                Map.of(Area.NOSE, MODIFY_PLAN));

        assertThat(changes.asList()).containsExactly(PlanChange.maxDepth(Area.NOSE, new BigDecimal("0.5")));
    }

    @Test
    void anAreaThatCannotBeTreatedTodayIsLeftOutAndKeepsNoDepthLimit() {
        PlanChanges changes = PlanChanges.of(List.of(
                finding(Area.EYELID, PlanChange.maxDepth(Area.EYELID, new BigDecimal("0.25")))),
                Map.of(Area.EYELID, DEFER, Area.CHEEKS, PROCEED));

        assertThat(changes.maxDepths()).isEmpty();
        assertThat(changes.asList()).containsExactly(PlanChange.removeArea(Area.EYELID));
    }

    @Test
    void eachChangeOnceInTheOrderDepthsAreasTopicalsAnaesthetic() {
        PlanChanges changes = PlanChanges.of(List.of(
                finding(null, PlanChange.withoutAnesthetic()),
                finding(null, PlanChange.removeTopical(TopicalProduct.VITAMIN_C_SERUM)),
                finding(Area.HANDS, PlanChange.removeArea(Area.HANDS)),
                finding(Area.NECK, PlanChange.maxDepth(Area.NECK, new BigDecimal("1.5"))),
                finding(null, PlanChange.withoutAnesthetic()),
                finding(Area.HANDS, PlanChange.removeArea(Area.HANDS))),
                Map.of(Area.HANDS, MODIFY_PLAN, Area.NECK, MODIFY_PLAN));

        assertThat(changes.asList()).containsExactly(
                PlanChange.maxDepth(Area.NECK, new BigDecimal("1.5")),
                PlanChange.removeArea(Area.HANDS),
                PlanChange.removeTopical(TopicalProduct.VITAMIN_C_SERUM),
                PlanChange.withoutAnesthetic());
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void findingsWithoutAChangeChangeNothing() {
        PlanChanges changes = PlanChanges.of(List.of(finding(Area.CHEEKS, null)), Map.of(Area.CHEEKS, PROCEED));

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.asList()).isEmpty();
    }

    @Test
    void matchCallsTheFunctionForTheChangesShape() {
        List<PlanChange> shapes = List.of(PlanChange.maxDepth(Area.NOSE, BigDecimal.ONE),
                PlanChange.removeArea(Area.NOSE), PlanChange.removeTopical(TopicalProduct.VITAMIN_C_SERUM),
                PlanChange.withoutAnesthetic());

        assertThat(shapes).extracting(change -> change.match(depth -> "depth", area -> "area",
                topical -> "topical", anesthetic -> "anaesthetic"))
                .containsExactly("depth", "area", "topical", "anaesthetic");
    }
}
