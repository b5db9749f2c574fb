package org.needlesafe.cdshooks.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.needlesafe.text.Catalogues;
import org.needlesafe.text.Language;

/** The translation gate for the card's words: every language has every text, with the same parameters. */
class CardCatalogueTest {
    @Test
    void everyCardTextIsInEveryLanguageWithTheSameParameters() {
        ClassLoader loader = CardCatalogueTest.class.getClassLoader();
        Map<String, String> english = Catalogues.load(loader, "org/needlesafe/cdshooks/cards/Cards.properties");
        for (Language language : Language.values()) {
            if (language != Language.ENGLISH) {
                Map<String, String> translation = Catalogues.load(loader,
                        "org/needlesafe/cdshooks/cards/Cards_" + language.tag() + ".properties");
                assertThat(Catalogues.differences(english, translation)).as(language.name()).isEmpty();
            }
        }
    }
}
