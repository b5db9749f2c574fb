package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.needlesafe.examples.Cli.Run;
import org.needlesafe.text.Catalogues;

/**
 * No code reaches the words a person reads: every human text every example scenario produces, in English and in
 * Spanish (and the whole Spanish report), is scanned for code-shaped words such as {@code HERPES_SIMPLEX},
 * {@code MASTER_ESTHETICIAN} or {@code CHEEKS}. Rule ids ({@code MN-C01-ACTIVE-INFECTION}) and JSON paths are names
 * a clinician cites, not words, and are left alone; so are short acronyms ({@code IPL}) and names a display name
 * itself uses.
 */
class CodeWordsTest {
    private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\w.\\[-])[A-Z][A-Z0-9_]*[A-Z0-9](?![\\w\\]-])");
    private static final Set<String> CODES = codes();
    /** English words the report's own lines once carried, or could: connectives, yes/no, the contract's words. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(at|in|on|by|of|the|and|or|onset|unknown|true|"
            + "false|not|accepted|last|dose|planned|off|face|none|file|decision|finding|treated|left|out|basis|why|"
            + "rule|evidence|refer|cleared|change|missing|information|aftercare|session|day|days)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    @Test
    void noHumanTextOfAnyScenarioContainsACodeInEnglishOrSpanish() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            Run run = Cli.run("assess", "--format", "json", "--lang", language, Cli.SCENARIOS);
            assertThat(run.status()).isZero();
            List<JsonNode> assessments = run.jsonLines();
            assertThat(assessments).hasSizeGreaterThanOrEqualTo(80);
            for (JsonNode assessment : assessments) {
                assertThat(assessment.get("language").asText()).isEqualTo(language);
                for (String text : humanTexts(assessment)) {
                    codesIn(text).forEach(code -> found.add(language + " " + assessment.path("caseId").asText()
                            + ": " + code + " in \"" + text + "\""));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theSpanishReportContainsNoCodes() {
        Run run = Cli.run("assess", "--lang", "es", Cli.SCENARIOS);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("== Decisión: ", "Texto en español redactado");
        List<String> found = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.startsWith("== ")) { // the file name
                codesIn(line).forEach(code -> found.add(code + " in \"" + line.strip() + "\""));
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The Spanish report's own words (everything but the rationale and the evidence's sources, whose profile notes
     * and citations are data kept as written) hold no English word and write decimals with a comma; the summary
     * table shows every file name and decision in full.
     */
    @Test
    void theSpanishReportsOwnWordsHoldNoEnglishAndUseTheDecimalComma() {
        Run run = Cli.run("assess", "--lang", "es", Cli.SCENARIOS);
        assertThat(run.status()).isZero();
        List<String> found = new ArrayList<>();
        boolean quoted = false; // within a rationale or an evidence line, which quote profile notes and sources
        for (String line : run.out().split("\n")) {
            if (line.matches("\\s+(Motivo|Evidencia): .*")) {
                quoted = true;
            } else if (!line.startsWith("          ")) {
                quoted = false;
            }
            if (quoted || line.startsWith("== ") || line.startsWith("   ") && line.endsWith(")")
                    && line.contains(".json")) {
                continue;
            }
            // Rule ids, file names, JSON paths and the rule set's version are names, not words.
            String words = line.replaceAll("MN-[A-Z0-9-]+|[\\w-]+\\.json|\\d+\\.\\d+\\.\\d+"
                    + "|\\b[a-z]\\w*(\\[\\d+\\])?(\\.[a-zA-Z]\\w*(\\[\\d+\\])?)+|\\b[a-z]+[A-Z]\\w*", "");
            if (ENGLISH_WORD.matcher(words).find() || DECIMAL_POINT.matcher(words).find()) {
                found.add(line.strip());
            }
        }
        assertThat(found).as("English words or decimal points in the Spanish report's own words").isEmpty();
        assertThat(run.out()).contains("Base: plan.areas[0]: zona periorbitaria a 1,0 mm",
                "Cambio del plan: reducir la zona (zona periorbitaria) a 0,5 mm o menos",
                "80-vitiligo-history-gp-clearance-not-accepted-do-not-proceed.json  no proceder")
                .doesNotContain("precauci...");
    }

    @Test
    void theEnglishWordScanFindsEnglish() {
        assertThat(ENGLISH_WORD.matcher("Base: patient.conditions[0]: herpes simple activa in zona peribucal").find())
                .isTrue();
        assertThat(ENGLISH_WORD.matcher("plan.topicals[0]: sérum, sterileForProcedure false".replaceAll(
                "[a-z]+[A-Z]\\w*", "")).find()).isTrue();
        assertThat(DECIMAL_POINT.matcher("Cambio del plan: reducir la zona (frente) a 0.75 mm o menos").find())
                .isTrue();
        assertThat(ENGLISH_WORD.matcher("Base: plan.areas[0]: frente a 1,25 mm; desde el 2 de mayo").find()).isFalse();
    }

    @Test
    void theScanFindsCodes() {
        assertThat(codesIn("Defer until the HERPES_SIMPLEX has healed; treat the CHEEKS")).containsExactly(
                "HERPES_SIMPLEX", "CHEEKS");
        assertThat(codesIn("MN-C01-ACTIVE-INFECTION: peel, laser or IPL (FDA); patient.conditions[0]")).isEmpty();
    }

    private static List<String> humanTexts(JsonNode assessment) {
        List<String> texts = new ArrayList<>();
        assessment.path("findings").forEach(finding -> {
            texts.add(finding.get("summary").asText());
            texts.add(finding.get("rationale").asText());
        });
        assessment.path("expectedSideEffects").forEach(effect -> {
            texts.add(effect.get("summary").asText());
            texts.add(effect.get("typicalDuration").asText());
        });
        assessment.path("aftercare").forEach(step -> texts.add(step.get("instruction").asText()));
        if (assessment.has("languageNotice")) {
            texts.add(assessment.get("languageNotice").asText());
        }
        return texts;
    }

    private static List<String> codesIn(String text) {
        List<String> codes = new ArrayList<>();
        Matcher words = UPPER_WORD.matcher(text);
        while (words.find()) {
            if (words.group().contains("_") || CODES.contains(words.group())) {
                codes.add(words.group());
            }
        }
        return codes;
    }

    /** The contract's codes that are words (CHEEKS, ROLLER): not acronyms (IPL) nor the names their display name uses. */
    private static Set<String> codes() {
        Map<String, String> names = Catalogues.load(CodeWordsTest.class.getClassLoader(),
                "org/needlesafe/text/DisplayNames.properties");
        Set<String> codes = new TreeSet<>();
        names.forEach((key, name) -> {
            String code = key.substring(key.indexOf('.') + 1);
            if (code.length() > 3 && !name.contains(code)) {
                codes.add(code);
            }
        });
        return codes;
    }
}
