package org.needlesafe.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.SideEffect;

class HandoutTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Handout HANDOUT = new Handout(new ClinicContact("Clínica Sol & Piel", "+1 (555) 010-2030"));
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(PROCEED|DEFER|CHEEKS|"
            + "FOREHEAD|NOSE|NECK|PERIORBITAL|EYELID|ERYTHEMA|RED_FLAGS)\\b");

    @Test
    void aCaseThatGoesAheadGetsThePatientsHandout() {
        Scenarios.Assessed clean = Scenarios.assess("01-clean-proceed.json");

        String html = clean.html(HANDOUT, Locale.ENGLISH);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">",
                "Clínica Sol &amp; Piel", "Questions? Call <span class=\"nowrap\">+1 (555) 010-2030</span>",
                "Treated on Wednesday, November 25, 2026: cheeks",
                "<svg class=\"timeline\"", "Redness and swelling", "Watch for warning signs",
                "When to call the clinic", "Contact the clinic promptly if redness",
                "Call Clínica Sol &amp; Piel on <span class=\"nowrap\">+1 (555) 010-2030</span>.",
                "Your next session:", "not before Wednesday, December 23, 2026")
                .doesNotContain("not yet been reviewed", "<script");
        assertThat(codesIn(visibleText(html))).as("codes in the patient's words").isEmpty();
    }

    @Test
    void theSpanishHandoutSaysItIsNotYetClinicallyReviewed() {
        Scenarios.Assessed clean = Scenarios.assess("01-clean-proceed.json");

        String html = clean.html(HANDOUT, SPANISH);

        assertThat(html).contains("<html lang=\"es\">", "Cuidados de su piel", "Qué hacer", "mejillas",
                "Cuándo llamar a la clínica", "no antes del miércoles, 23 de diciembre de 2026",
                "Enrojecimiento e hinchazón")
                .containsOnlyOnce("aún no ha sido revisada por un profesional clínico nativo");
        assertThat(codesIn(visibleText(html))).isEmpty();
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        assertThat(Scenarios.assess("01-clean-proceed.json").html(HANDOUT, Locale.GERMAN))
                .contains("<html lang=\"en\">", "What to do");
    }

    @Test
    void aCaseThatDoesNotGoAheadGetsAClinicianSummaryInstead() {
        Scenarios.Assessed deferred = Scenarios.assess("02-cold-sore-defer.json");

        String html = deferred.html(HANDOUT, Locale.ENGLISH);

        assertThat(html).contains("Clinician summary: no aftercare handout", "Not for the patient",
                "Decision: defer. Not today", "Findings, most restrictive first")
                .doesNotContain("What to do", "<svg", "Your next session");
        assertThat(codesIn(visibleText(html))).isEmpty();
    }

    @Test
    void everyScenarioGivesAPageWithoutCodes() {
        List<String> problems = new ArrayList<>();
        for (Scenarios.Assessed assessed : Scenarios.all()) {
            for (Locale language : HandoutWords.LANGUAGES) {
                Set<String> codes = codesIn(visibleText(assessed.html(HANDOUT, language)));
                if (!codes.isEmpty()) {
                    problems.add(assessed.file() + " " + language + ": " + codes);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutAConfiguredClinicThePageLeavesLinesToFillIn() {
        Scenarios.Assessed clean = Scenarios.assess("01-clean-proceed.json");

        String html = new Handout(ClinicContact.UNKNOWN).html(clean.assessment(), clean.day(), Locale.ENGLISH);

        assertThat(html).contains("Your clinic", "Clinic phone: <span class=\"blank\">",
                "Call the clinic: ask for the number before you leave");
    }

    @Test
    void aStepOrEffectThisHandoutDoesNotKnowIsDrawnWithPlainWords() {
        Scenarios.Assessed clean = Scenarios.assess("01-clean-proceed.json");
        Assessment a = clean.assessment();
        Assessment custom = new Assessment(a.formatVersion(), a.caseId(), a.decision(), a.rulesetVersion(),
                a.jurisdictionProfile(), a.configuration(), a.findings(), a.areaDecisions(), a.missingInformation(),
                List.of(new SideEffect("ITCHING", "about 1-2 days", "Mild <itching> is common.")),
                List.of(new AftercareStep("COOL_COMPRESS", 0, 1, "Use a cool compress.")),
                a.nextSessionEarliest(), a.firedRules());

        String html = HANDOUT.html(custom, clean.day(), Locale.ENGLISH);

        assertThat(html).contains("Other care step", "Use a cool compress.", "Mild &lt;itching&gt; is common.")
                .doesNotContain("COOL_COMPRESS", "ITCHING");
    }

    @Test
    void theSpanishCataloguesHaveTheEnglishKeysAndParameters() throws IOException {
        for (String[] pair : List.of(
                new String[] {"/org/needlesafe/handout/Handout.properties", "/org/needlesafe/handout/Handout_es.properties"},
                new String[] {"/org/needlesafe/text/DisplayNames.properties",
                    "/org/needlesafe/text/DisplayNames_es.properties"})) {
            Properties english = load(pair[0]);
            Properties spanish = load(pair[1]);
            assertThat(spanish.stringPropertyNames()).as(pair[1]).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(parameters(spanish.getProperty(key))).as(pair[1] + " " + key)
                        .isEqualTo(parameters(english.getProperty(key)));
                assertThat(spanish.getProperty(key)).as(pair[1] + " " + key).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HandoutTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> parameters(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher parameter = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (parameter.find()) {
            found.add(parameter.group());
        }
        return found;
    }

    /** The words a reader sees: the text between the tags, without the style sheet. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ");
    }

    private static Set<String> codesIn(String text) {
        Set<String> codes = new TreeSet<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            codes.add(code.group());
        }
        return codes;
    }
}
