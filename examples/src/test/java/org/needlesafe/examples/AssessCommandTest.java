package org.needlesafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.examples.Cli.Run;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.text.Language;

/** The command as users call it: arguments in, report or JSON Lines on stdout, problems on stderr, exit status. */
class AssessCommandTest {
    private static final Path WART = Cli.SCENARIOS.resolve("04-wart-on-hand-modify-plan.json");
    private static final Path BREASTFEEDING = Cli.SCENARIOS.resolve("10-breastfeeding-cleared-precautions.json");
    private static final Path INVALID = Cli.INVALID.resolve("01-incomplete-intake.json");

    @Test
    void theTextReportPutsTheDecisionFirst() {
        Run run = Cli.run("assess", WART);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isEqualTo("== Decision: change the plan - treat today only after the changes below");
        assertThat(lines.get(1)).isEqualTo("   " + WART + "  (case 04-wart-on-hand)");
        assertThat(lines.get(2)).isEqualTo("Areas: cheeks: proceed; hands: defer");
        assertThat(lines.get(3)).isEqualTo("Treat today: cheeks; leave out: hands");
        assertThat(run.out()).containsSubsequence("== Decision:", "Findings, most restrictive first:",
                " 1. defer [hands] - Do not needle over the warts", "Rule: MN-C01-WART-OR-WOUND (KB C-01)",
                "Why: ", "Evidence: well supported", "Basis: patient.conditions[0]: warts active in hands",
                "Missing information: none", "Expected side effects", "Aftercare");
        assertThat(run.out()).as("one case: no summary table").doesNotContain("Summary of");
    }

    @Test
    void aRunOfSeveralCasesEndsWithASummaryTableOfOneLinePerCase() {
        Run run = Cli.run("assess", WART, BREASTFEEDING, INVALID);

        assertThat(run.status()).isEqualTo(2);
        List<String> lines = run.outLines();
        int table = lines.indexOf("Summary of 3 cases:");
        assertThat(table).isPositive();
        assertThat(lines.subList(table + 1, lines.size())).hasSize(4).satisfies(rows -> {
            assertThat(rows.get(0)).startsWith("file").contains("decision", "treated / left out",
                    "most restrictive finding");
            assertThat(rows.get(1)).startsWith("04-wart-on-hand-modify").contains("change the plan",
                    "cheeks / hands", "Do not needle");
            assertThat(rows.get(2)).contains("proceed with precautions");
            assertThat(rows.get(3)).contains("01-incomplete", "not assessed", "the input is invalid");
        }).allSatisfy(row -> assertThat(row.length()).as("only the file names in full make a line wider")
                .isLessThanOrEqualTo(Math.max(ReportRenderer.WIDTH,
                        BREASTFEEDING.getFileName().toString().length() + 2 + 24 + 2 + 20 + 2 + 30)));
    }

    @Test
    void problemsAreWrittenInTheRunsLanguageAtTheSamePaths(@TempDir Path folder) throws IOException {
        Path missing = Cli.EXAMPLES.resolve("no-such-case.json");
        Path notJson = Files.writeString(folder.resolve("broken.json"), "{\"caseId\": ");

        Run run = Cli.run("assess", "--lang", "es", INVALID, missing, notJson, folder.resolve("nothing-here"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).contains(
                INVALID + ": patient.ageYears: obligatorio",
                INVALID + ": patient.pregnant: debe ser true, false o null (desconocido); se indicó una cadena de texto",
                INVALID + ": plan.areas[0].area: código desconocido 'LIPS' (se esperaba uno de estos: FOREHEAD, EYELID, "
                        + "PERIORBITAL, NOSE, CHEEKS, PERIORAL, CHIN, NECK, DECOLLETAGE, SCALP, HANDS, ABDOMEN, BODY_OTHER)",
                INVALID + ": plan.areas[1].depthMm: debe ser mayor que 0 y como máximo 3,5",
                missing + ": no existe el archivo");
        assertThat(run.err()).contains(notJson + ": JSON no válido en la línea 1, columna ")
                .doesNotContain("required", "must be", "> 0 and <=", "no such file", "invalid JSON at", "was a");
        assertThat(run.out()).contains("No valorado: la entrada no es válida");
    }

    @Test
    void theCommandsOwnErrorsAreInTheRunsLanguage() {
        Path missing = Cli.EXAMPLES.resolve("no-such-clinic.conf");

        Run spanish = Cli.run("assess", "--lang", "es", "--config", missing, WART);
        Run english = Cli.run("assess", "--config", missing, WART);

        assertThat(spanish.status()).isEqualTo(1);
        assertThat(spanish.err().strip())
                .isEqualTo("needlesafe: no se puede iniciar: --config " + missing + ": no existe el archivo");
        assertThat(english.err().strip()).isEqualTo("needlesafe: cannot start: --config " + missing + ": no such file");
    }

    @Test
    void theSummaryTableNamesEveryFileInFull() {
        Path longName = Cli.SCENARIOS.resolve("80-vitiligo-history-gp-clearance-not-accepted-do-not-proceed.json");
        Run run = Cli.run("assess", WART, longName);

        List<String> lines = run.outLines();
        int table = lines.indexOf("Summary of 2 cases:");
        assertThat(table).isPositive();
        assertThat(lines.get(table + 2)).startsWith("04-wart-on-hand-modify-plan.json ");
        assertThat(lines.get(table + 3)).startsWith(longName.getFileName() + "  do not proceed")
                .contains("Do not ");
        assertThat(lines.get(table + 2).indexOf("change the plan"))
                .as("the columns line up after the longest name").isEqualTo(lines.get(table + 3).indexOf("do not"));
    }

    /**
     * The report's own words (decisions, areas, referrals, clearances, plan changes, basis, categories, evidence
     * levels, the summary table) write no code as it is. The rules' summaries and rationales are scanned where they
     * are written, not here.
     */
    @Test
    void theReportOfEveryScenarioWritesNoCodeAsItIs() throws IOException {
        Run run = Cli.run("assess", Cli.SCENARIOS);

        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.of(Area.class, Decision.class, Referral.class, Evidence.class,
                Category.class, ClearingRole.class, TopicalProduct.class)) {
            for (Enum<?> code : type.getEnumConstants()) {
                if (!new ReportText(Language.ENGLISH).code(code).contains(code.name())) { // PRP is written PRP
                    codes.add(code.name());
                }
            }
        }
        Pattern code = Pattern.compile("(?<![-\\w])[A-Z][A-Z0-9_]*[A-Z0-9](?![-\\w])"); // not a rule id's part
        Pattern ownWords = Pattern.compile("^(== .*|Areas: .*|Treat today: .*|\\s+(Refer to|Cleared|Plan change|Basis|"
                + "Rule): .*|\\s+Evidence: \\S+ |\\s*\\d+\\. [^-]+ - )");
        List<String> found = new ArrayList<>();
        List<String> lines = run.outLines();
        int table = lines.indexOf("Summary of " + jsonFiles(Cli.SCENARIOS).size() + " cases:");
        assertThat(table).as("the summary table").isPositive();
        for (int i = 0; i < lines.size(); i++) {
            Matcher own = ownWords.matcher(lines.get(i));
            String words = i > table ? lines.get(i) : own.find() ? own.group() : "";
            Matcher each = code.matcher(words);
            while (each.find()) {
                if (codes.contains(each.group())) {
                    found.add(each.group() + " in: " + lines.get(i));
                }
            }
        }
        assertThat(found).as("codes written as they are in the report").isEmpty();
    }

    @Test
    void aJsonLinesFileIsAssessedLineByLineInOrder(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        List<Path> scenarios = jsonFiles(Cli.SCENARIOS);
        StringBuilder lines = new StringBuilder();
        for (Path scenario : scenarios) {
            lines.append(Cli.parse(Files.readString(scenario)).toString()).append('\n');
        }
        lines.insert(0, "{\"caseId\": 7}\n");
        Path batch = Files.writeString(folder.resolve("cases.jsonl"), lines);

        Run run = Cli.run("assess", "--format", "json", batch);

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> answers = run.jsonLines();
        assertThat(answers).hasSize(scenarios.size() + 1);
        assertThat(answers.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(run.err()).contains(batch + ":1: caseId: must be a string, was a number");
        for (int i = 0; i < scenarios.size(); i++) {
            JsonNode expected = Cli.parse(Files.readString(scenarios.get(i)));
            assertThat(answers.get(i + 1).get("caseId").asText()).isEqualTo(expected.get("caseId").asText());
            assertThat(answers.get(i + 1).get("decision").asText())
                    .isEqualTo(expected.get("expected").get("decision").asText());
        }
    }

    @Test
    void aStreamStopsSoonWhenItsOutputCanNoLongerBeWritten(@TempDir Path folder) throws IOException {
        Path batch = Files.write(folder.resolve("cases.jsonl"), Cli.scenarioLines(3_000));
        ClosingOutput output = new ClosingOutput(100_000);

        int status = Cli.runInto(output, "assess", "--format", "json", batch);

        assertThat(status).isEqualTo(AssessCommand.OUTPUT_FAILED);
        assertThat(output.offeredAfterClosing).as("bytes written after the reader went away (the whole run writes"
                + " megabytes)").isLessThan(1 << 20);
    }

    @Test
    void aRunOfFilesStopsAtTheFirstFileWhoseAnswerCannotBeWritten() {
        ClosingOutput output = new ClosingOutput(8_000);

        int status = Cli.runInto(output, "assess", "--format", "json", Cli.SCENARIOS);

        assertThat(status).isEqualTo(AssessCommand.OUTPUT_FAILED);
        assertThat(output.offeredAfterClosing).as("one answer, not the rest of the folder's").isLessThan(20_000);
    }

    /** An output whose reader goes away after {@code limit} bytes, as {@code | head} does; counts what follows. */
    private static final class ClosingOutput extends OutputStream {
        private final long limit;
        private long taken;
        private long offeredAfterClosing;

        ClosingOutput(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (taken >= limit) {
                offeredAfterClosing += length;
                throw new IOException("Broken pipe");
            }
            taken += length;
        }
    }

    @Test
    void aClearedFindingShowsItsClearance() {
        Run run = Cli.run("assess", BREASTFEEDING);

        assertThat(run.status()).isZero();
        assertThat(run.outLines().get(0)).startsWith("== Decision: proceed with precautions - ");
        assertThat(run.out()).contains("Refer to: physician",
                "Cleared: by physician on 2026-11-18 (defer without the clearance)");
    }

    @Test
    void everyCaseAssessedExitsZeroWhateverTheDecisions() {
        Run run = Cli.run("assess", Cli.SCENARIOS);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("== Decision: proceed -", "== Decision: proceed with precautions",
                "== Decision: change the plan", "== Decision: defer", "== Decision: do not proceed");
    }

    @Test
    void jsonLinesHaveOneLinePerInputFileInOrderWithErrorRecordsInPlace() throws IOException {
        List<Path> scenarios = jsonFiles(Cli.SCENARIOS);
        Path missing = Cli.EXAMPLES.resolve("no-such-case.json");

        Run run = Cli.run("assess", "--format", "json", Cli.SCENARIOS, INVALID, missing, WART);

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(scenarios.size() + 3);
        for (int i = 0; i < scenarios.size(); i++) {
            JsonNode expected = Cli.parse(Files.readString(scenarios.get(i)));
            assertThat(lines.get(i).get("caseId").asText()).isEqualTo(expected.get("caseId").asText());
            assertThat(lines.get(i).get("formatVersion").asText()).isEqualTo("1");
        }
        JsonNode invalid = lines.get(scenarios.size());
        assertThat(invalid.toString()).isEqualTo("{\"file\":" + Cli.JSON.writeValueAsString(INVALID.toString())
                + ",\"errors\":[{\"path\":\"patient.ageYears\",\"message\":\"required\"},"
                + "{\"path\":\"patient.pregnant\",\"message\":\"must be true, false or null (unknown), was a string\"},"
                + "{\"path\":\"plan.areas[0].area\",\"message\":\"unknown code 'LIPS' (expected one of FOREHEAD, "
                + "EYELID, PERIORBITAL, NOSE, CHEEKS, PERIORAL, CHIN, NECK, DECOLLETAGE, SCALP, HANDS, ABDOMEN, "
                + "BODY_OTHER)\"},{\"path\":\"plan.areas[1].depthMm\",\"message\":\"must be > 0 and <= 3.5\"}]}");
        assertThat(lines.get(scenarios.size() + 1).toString()).isEqualTo("{\"file\":"
                + Cli.JSON.writeValueAsString(missing.toString())
                + ",\"errors\":[{\"path\":\"\",\"message\":\"no such file\"}]}");
        assertThat(lines.get(scenarios.size() + 2).get("caseId").asText()).isEqualTo("04-wart-on-hand");
        assertThat(run.errLines()).containsExactly(
                INVALID + ": patient.ageYears: required",
                INVALID + ": patient.pregnant: must be true, false or null (unknown), was a string",
                INVALID + ": plan.areas[0].area: unknown code 'LIPS' (expected one of FOREHEAD, EYELID, PERIORBITAL, "
                        + "NOSE, CHEEKS, PERIORAL, CHIN, NECK, DECOLLETAGE, SCALP, HANDS, ABDOMEN, BODY_OTHER)",
                INVALID + ": plan.areas[1].depthMm: must be > 0 and <= 3.5",
                missing + ": no such file");
    }

    @Test
    void anInvalidFileKeepsItsPlaceInTheTextReportToo() {
        Run run = Cli.run("assess", INVALID, WART);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).startsWith("== Not assessed: the input is invalid (4 problems, listed on standard error)\n"
                + "   " + INVALID + "\n\n== Decision: change the plan - treat today only after the changes below\n"
                + "   " + WART);
        assertThat(run.errLines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith(INVALID + ": "));
    }

    @Test
    void aFolderStandsForItsJsonFilesInNameOrder(@TempDir Path folder) throws IOException {
        String wart = Files.readString(WART);
        Files.writeString(folder.resolve("b-second.json"), wart.replace("04-wart-on-hand", "second"));
        Files.writeString(folder.resolve("a-first.json"), wart.replace("04-wart-on-hand", "first"));
        Files.writeString(folder.resolve("c-third.json"), wart.replace("04-wart-on-hand", "third"));
        Files.writeString(folder.resolve("notes.txt"), "not a case");
        Files.writeString(folder.resolve(".editor-backup.json"), "{");
        Files.createDirectory(folder.resolve("d-folder.json"));

        Run run = Cli.run("assess", "--format", "json", folder);

        assertThat(run.status()).isZero();
        assertThat(run.jsonLines()).extracting(line -> line.get("caseId").asText())
                .containsExactly("first", "second", "third");
    }

    @Test
    void anEmptyFolderIsAnInputProblem(@TempDir Path folder) {
        Run run = Cli.run("assess", "--format", "json", folder);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(folder + ": no *.json files in this folder");
        assertThat(run.jsonLines()).singleElement().satisfies(line ->
                assertThat(line.get("errors").get(0).get("message").asText())
                        .isEqualTo("no *.json files in this folder"));
    }

    @Test
    void aProfileFileAddsAJurisdiction(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("XX-TEST.profile");
        Files.writeString(profile, """
                id = XX-TEST
                version = 2026-12
                name = A test jurisdiction
                source = none: a test
                lastChecked = 2026-12-01
                note = Only for this test.
                unsupervised.ESTHETICIAN = 0.5
                prp.settings =
                rf.credentials = PHYSICIAN
                """);
        Path treatment = folder.resolve("case.json");
        Path california = Cli.SCENARIOS.resolve("08-california-esthetician-do-not-proceed.json");
        Files.writeString(treatment, Files.readString(california)
                .replace("\"US-CA\"", "\"XX-TEST\""));

        Run run = Cli.run("assess", "--format", "json", "--profile", profile, treatment);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        JsonNode assessment = run.jsonLines().get(0);
        assertThat(assessment.get("jurisdictionProfile").toString())
                .isEqualTo("{\"id\":\"XX-TEST\",\"version\":\"2026-12\",\"validFrom\":\"1900-01-01\","
                        + "\"source\":\"none: a test\",\"lastChecked\":\"2026-12-01\"}");
        assertThat(assessment.get("decision").asText()).isEqualTo("PROCEED");
    }

    @Test
    void htmlGivesThePatientsHandoutWithTheClinicFromTheConfiguration(@TempDir Path folder) throws IOException {
        Path configuration = Files.writeString(folder.resolve("clinic.conf"),
                "clinicName = Sunrise Skin Clinic\nclinicPhone = +1 555 010 2030\nclearanceValidDays = 60\n");

        Run run = Cli.run("assess", "--format", "html", "--config", configuration,
                Cli.SCENARIOS.resolve("01-clean-proceed.json"));

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("Sunrise Skin Clinic",
                "+1 555 010 2030", "<svg class=\"timeline\"", "When to call the clinic",
                "not before Wednesday, December 23, 2026");
    }

    @Test
    void htmlForACaseThatDoesNotGoAheadIsAClinicianSummary() {
        Run run = Cli.run("assess", "--format", "html", Cli.SCENARIOS.resolve("02-cold-sore-defer.json"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Clinician summary: no aftercare handout").doesNotContain("<svg");
    }

    @Test
    void htmlTakesOneCaseFile() {
        Run run = Cli.run("assess", "--format", "html", WART, BREASTFEEDING);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("needlesafe: --format html: give one case file (one handout per case)");
    }

    @Test
    void aConfigurationFileChangesTheThresholds(@TempDir Path folder) throws IOException {
        Path configuration = folder.resolve("clinic.conf");
        Files.writeString(configuration,
                "# clearances older than five days are not used here\nclearanceValidDays = 5\n");

        Run run = Cli.run("assess", "--format", "json", "--config", configuration, BREASTFEEDING);

        assertThat(run.status()).isZero();
        JsonNode assessment = run.jsonLines().get(0);
        assertThat(assessment.get("configuration").get("clearanceValidDays").asInt()).isEqualTo(5);
        assertThat(assessment.get("decision").asText()).isEqualTo("DEFER"); // the week-old clearance has lapsed
    }

    @Test
    void aBrokenProfileStopsTheStartWithOneClearMessage(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("broken.profile");
        Files.writeString(profile, "id = XX\nversion = 1\nunsupervised.WIZARD = 1.0\n");

        Run run = Cli.run("assess", "--profile", profile, WART);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("needlesafe: cannot start: malformed jurisdiction profile\n")
                .contains(profile + ":3: unsupervised.WIZARD: ") // the file, the line and the key, whatever the wording
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingOrBrokenConfigurationStopsTheStart(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("clinic.conf");
        Files.writeString(broken, "periorbitalMaxDepthMm = deep\n");

        Run missing = Cli.run("assess", "--config", folder.resolve("nope.conf"), WART);
        Run malformed = Cli.run("assess", "--config", broken, WART);

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly(
                "needlesafe: cannot start: --config " + folder.resolve("nope.conf") + ": no such file");
        assertThat(malformed.status()).isEqualTo(1);
        assertThat(malformed.errLines()).containsExactly("needlesafe: cannot start: " + broken
                + ":1: periorbitalMaxDepthMm: must be a number, was 'deep'");
    }

    @Test
    void versionAndHelp() {
        Run version = Cli.run("--version");
        Run help = Cli.run("assess", "--help");
        Run nothing = Cli.run();

        assertThat(version.status()).isZero();
        assertThat(version.out()).matches("needlesafe \\S+ \\(rule set \\S+\\)\\n");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--format=text|json", "--config=FILE", "--profile=FILE", "FILE_OR_DIR",
                "Exit status:");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("Usage: needlesafe");
    }

    @Test
    void aWrongOptionIsAUsageError() {
        Run run = Cli.run("assess", "--format", "xml", WART);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Invalid value for option '--format'");
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(file -> file.toString().endsWith(".json")).sorted().toList());
        }
    }
}
