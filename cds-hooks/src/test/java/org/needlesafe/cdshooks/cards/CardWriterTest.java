package org.needlesafe.cdshooks.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardWriterTest {

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
