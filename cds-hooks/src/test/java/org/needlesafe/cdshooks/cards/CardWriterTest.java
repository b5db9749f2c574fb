package org.needlesafe.cdshooks.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;

class CardWriterTest {

    @ParameterizedTest
    @CsvSource({"PROCEED, info", "PROCEED_WITH_PRECAUTIONS, warning", "MODIFY_PLAN, warning", "DEFER, critical",
            "DO_NOT_PROCEED, critical"})
    void theIndicatorFollowsTheDecision(Decision decision, String indicator) {
        assertThat(CardWriter.indicator(decision)).isEqualTo(indicator);
    }

    @Test
    void aLongSummaryIsCutAtAWordBelow140Characters() {
        String summary = CardWriter.summary("word ".repeat(60).strip(), " (+3 more)");

        assertThat(summary).hasSizeLessThan(140).endsWith("… (+3 more)").doesNotContain("wor…");
    }

    @Test
    void aShortSummaryIsKept() {
        assertThat(CardWriter.summary("Microneedling: proceed", "")).isEqualTo("Microneedling: proceed");
    }

    @Test
    void textFromTheEhrCannotAddLinksImagesOrHtml() {
        assertThat(CardWriter.escape("![x](http://e) <b>*hi*</b> | `c`\nnext"))
                .isEqualTo("\\!\\[x\\](http://e) \\<b\\>\\*hi\\*\\</b\\> \\| \\`c\\` next");
    }
}
