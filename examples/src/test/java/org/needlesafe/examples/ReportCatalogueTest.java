package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needlesafe.text.Catalogues;
import org.needlesafe.text.Language;

/** The translation gate for the text report's words: every language has every text, with the same parameters. */
class ReportCatalogueTest {
    @Test
    void everyReportTextIsInEveryLanguageWithTheSameParameters() {
        ClassLoader loader = ReportCatalogueTest.class.getClassLoader();
        Map<String, String> english = Catalogues.load(loader, "org/needlesafe/examples/Report.properties");
        for (Language language : Language.values()) {
            if (language != Language.ENGLISH) {
                Map<String, String> translation = Catalogues.load(loader,
                        "org/needlesafe/examples/Report_" + language.tag() + ".properties");
                assertThat(Catalogues.differences(english, translation)).as(language.name()).isEmpty();
            }
        }
    }
}
