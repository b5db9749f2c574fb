package org.needlesafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The translation gate: every text in every language, with the same parameters. The rule pack's English is in the
 * DRL; every other language has each of its keys in {@code needlesafe/rules/Messages_<tag>.properties}. The
 * engine's own texts and the display names are in catalogues for every language, English included.
 */
class TranslationGateTest {
    private static final RuleTexts RULE_TEXTS = RuleTexts.read();

    @Test
    void everyRuleWritesItsWordsAsLiteralsTheTranslatorCanSee() {
        assertThat(RULE_TEXTS.problems).isEmpty();
        assertThat(RULE_TEXTS.english).hasSizeGreaterThan(200);
    }

    @Test
    void everyEnglishPatternIsAValidMessageFormat() {
        RULE_TEXTS.english.forEach((key, pattern) ->
                assertThat(new MessageFormat(pattern.replace("'", "''")).toPattern()).as(key).isNotNull());
    }

    @Test
    void everyRuleTextIsInEveryLanguageWithTheSameParameters() {
        for (Language language : translations()) {
            Map<String, String> catalogue = load("needlesafe/rules/Messages_" + language.tag() + ".properties");
            assertThat(Catalogues.differences(RULE_TEXTS.english, catalogue)).as(language + " rule texts").isEmpty();
        }
    }

    @Test
    void everyTextOfTheEngineIsInEveryLanguageWithTheSameParameters() {
        Map<String, String> english = load("org/needlesafe/text/Messages.properties");
        for (Language language : translations()) {
            Map<String, String> catalogue = load("org/needlesafe/text/Messages_" + language.tag() + ".properties");
            assertThat(Catalogues.differences(english, catalogue)).as(language + " engine texts").isEmpty();
        }
    }

    @Test
    void everyDisplayNameIsInEveryLanguage() {
        Map<String, String> english = load("org/needlesafe/text/DisplayNames.properties");
        for (Language language : translations()) {
            Map<String, String> names = load("org/needlesafe/text/DisplayNames_" + language.tag() + ".properties");
            assertThat(names.keySet()).as(language + " display names").isEqualTo(english.keySet());
            assertThat(names.values()).as(language + " display names").allSatisfy(name ->
                    assertThat(name).isNotBlank().doesNotContain("_"));
        }
    }

    @Test
    void theGateCatchesAMissingTextAndAChangedParameter() {
        Map<String, String> english = Map.of("a", "Defer until {0}", "b", "Reduce {0} to {1} mm");
        assertThat(Catalogues.differences(english, Map.of("b", "Reducir {0} a {2} mm"))).containsExactly(
                "a: missing", "b: parameters [0, 2], English has [0, 1]");
        assertThat(Catalogues.differences(english, Map.of("a", "Aplazar hasta {0}", "b", "Reducir {0} a {1} mm", "c", "x")))
                .containsExactly("c: not an English text (stale?)");
    }

    private static List<Language> translations() {
        return List.of(Language.values()).stream().filter(language -> language != Language.ENGLISH).toList();
    }

    private static Map<String, String> load(String resource) {
        return Catalogues.load(TranslationGateTest.class.getClassLoader(), resource);
    }
}
