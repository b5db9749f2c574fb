package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KbItemTest {
    @Test
    void aNumberedItemOrTheSideEffectsSectionIsAnItem() {
        assertThat(KbItem.of("C-07").numbered()).isTrue();
        assertThat(KbItem.of("Q-03").numbered()).isTrue();
        assertThat(KbItem.of("E").numbered()).isFalse();
        assertThat(KbItem.of("C-07")).hasToString("C-07").isEqualTo(new KbItem("C-07"));
    }

    @Test
    void anythingElseIsRefusedOrNotParsed() {
        for (String text : List.of("C-7", "C-007", "B-01", "c-07", "E-01", " C-07", "")) {
            assertThatThrownBy(() -> KbItem.of(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a knowledge-base id");
            assertThat(KbItem.parse(text)).as(text).isEmpty();
        }
        assertThat(KbItem.parse(null)).isEmpty();
        assertThat(KbItem.parse("S-05")).contains(KbItem.of("S-05"));
    }

    @Test
    void idsAreWrittenInTheirOrder() {
        assertThat(KbItem.ids(List.of(KbItem.of("D-04"), KbItem.of("S-04")))).containsExactly("D-04", "S-04");
    }
}
