package org.needlesafe.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.AftercareStep;
import org.needlesafe.SideEffect;

/**
 * The handout printed by headless Chromium: one page on A4 and one on US Letter, with its words in the PDF. The
 * printed pages are kept as pictures under target/handout for a person to look at.
 */
class HandoutPrintTest {
    private static final Path ARTEFACTS = Path.of("target", "handout");
    private static final Handout HANDOUT = new Handout(new ClinicContact("Sunrise Skin Clinic", "+1 (555) 010-2030"));

    @TempDir
    Path folder;

    @Test
    void theCleanCaseIsOnePageOnA4AndOnLetterWithItsWords() throws Exception {
        Scenarios.Assessed clean = Scenarios.assess("01-clean-proceed.json");
        for (Locale language : HandoutWords.LANGUAGES) {
            String html = clean.html(HANDOUT, language);
            for (Chromium.Paper paper : Chromium.Paper.values()) {
                String name = "01-clean-proceed-" + language + "-" + paper;
                Path pdf = Chromium.print(html, paper, folder, name);
                keep(pdf, name);

                assertThat(Chromium.pageSize(pdf)).contains(paper == Chromium.Paper.A4 ? "A4" : "letter");
                assertThat(Chromium.pages(pdf)).as(name + ": pages").isEqualTo(1);
                String text = Chromium.text(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("Sunrise Skin Clinic", "+1 (555) 010-2030");
                if (language.equals(Locale.ENGLISH)) {
                    assertThat(text).contains("When to call the clinic", "Contact the clinic promptly",
                            "not before Wednesday, December 23, 2026");
                } else {
                    assertThat(text).contains("Cuándo llamar a la clínica",
                            "no antes del miércoles, 23 de diciembre de 2026", "aún no ha sido revisada");
                }
            }
        }
    }

    /** The scenarios with the most to say (most side effects and aftercare text) still fit one sheet. */
    @Test
    void theBusiestCasesStillFitOnePage() throws Exception {
        List<Scenarios.Assessed> busiest = Scenarios.all().stream()
                .filter(assessed -> assessed.assessment().decision().treatableToday())
                .sorted(Comparator.comparingInt(HandoutPrintTest::characters).reversed()).limit(2).toList();
        for (Scenarios.Assessed assessed : busiest) {
            for (Locale language : HandoutWords.LANGUAGES) {
                for (Chromium.Paper paper : Chromium.Paper.values()) {
                    String name = assessed.file().replace(".json", "") + "-" + language + "-" + paper;
                    Path pdf = Chromium.print(assessed.html(HANDOUT, language), paper, folder, name);
                    keep(pdf, name);

                    assertThat(Chromium.pages(pdf)).as(name + ": pages").isEqualTo(1);
                    assertThat(Chromium.text(pdf).replaceAll("\\s+", " ")).contains("Sunrise Skin Clinic");
                }
            }
        }
    }

    @Test
    void theClinicianSummaryPrintsOnOnePage() throws Exception {
        Scenarios.Assessed deferred = Scenarios.assess("02-cold-sore-defer.json");
        Path pdf = Chromium.print(deferred.html(HANDOUT, Locale.ENGLISH), Chromium.Paper.LETTER, folder,
                "02-cold-sore-defer");
        keep(pdf, "02-cold-sore-defer-en-LETTER");

        assertThat(Chromium.pages(pdf)).isEqualTo(1);
        assertThat(Chromium.text(pdf)).contains("Clinician summary", "Not for the patient");
    }

    private static int characters(Scenarios.Assessed assessed) {
        return assessed.assessment().expectedSideEffects().stream().map(SideEffect::summary).mapToInt(String::length)
                .sum() + assessed.assessment().aftercare().stream().map(AftercareStep::instruction)
                .mapToInt(String::length).sum();
    }

    private static void keep(Path pdf, String name) throws Exception {
        Files.createDirectories(ARTEFACTS);
        Chromium.picture(pdf, ARTEFACTS.resolve(name + ".png"));
        Files.copy(pdf, ARTEFACTS.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
