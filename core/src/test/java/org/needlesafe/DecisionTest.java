package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionTest {
    @Test
    void decisionsAreOrderedFromLeastToMostRestrictive() {
        assertThat(Decision.values()).containsExactly(Decision.PROCEED, Decision.PROCEED_WITH_PRECAUTIONS,
                Decision.MODIFY_PLAN, Decision.DEFER, Decision.DO_NOT_PROCEED);
        assertThat(Decision.DEFER.or(Decision.MODIFY_PLAN)).isEqualTo(Decision.DEFER);
        assertThat(Decision.PROCEED.or(Decision.DO_NOT_PROCEED)).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void onlyModifyPlanAndLessRestrictiveCanBeTreatedToday() {
        assertThat(Decision.MODIFY_PLAN.treatableToday()).isTrue();
        assertThat(Decision.PROCEED.treatableToday()).isTrue();
        assertThat(Decision.DEFER.treatableToday()).isFalse();
        assertThat(Decision.DO_NOT_PROCEED.treatableToday()).isFalse();
    }
}
