package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Cleared;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.Finding;
import org.needlesafe.JurisdictionRef;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.Problem;
import org.needlesafe.Referral;
import org.needlesafe.SideEffect;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.text.Language;

class AssessmentWriterTest {
    /** The contract's finding fields, in the contract's order; the optional ones may be left out. */
    private static final List<String> FINDING_FIELDS = List.of("ruleId", "kb", "decision", "category", "area",
            "summary", "rationale", "basis", "evidence", "source", "referTo", "deferUntil", "planChange", "cleared");
    private static final List<String> REQUIRED_FINDING_FIELDS = List.of("ruleId", "kb", "decision", "category",
            "summary", "rationale", "basis", "evidence", "source");

    @Test
    void writesEveryFieldInTheContractsOrderOnOneLine() {
        Finding full = new Finding("MN-C08-ANTICOAGULANT", List.of(KbItem.of("C-08")),
                Decision.PROCEED_WITH_PRECAUTIONS,
                Category.CONTRAINDICATION, Area.PERIORBITAL, "Prescriber approved \"treatment\"",
                "Line one.\nLine two.", List.of("patient.medications[0]: ANTICOAGULANT CURRENT"), Evidence.MIXED,
                "SKINPEN; DP4", Referral.PRESCRIBER, LocalDate.of(2026, 12, 9),
                PlanChange.maxDepth(Area.PERIORBITAL, new BigDecimal("0.5")),
                new Cleared(ClearingRole.PRESCRIBER, LocalDate.of(2026, 11, 20), Decision.DEFER));
        Map<String, BigDecimal> configuration = new LinkedHashMap<>();
        configuration.put("periorbitalMaxDepthMm", new BigDecimal("5E-1"));
        configuration.put("experienceDepthOverMm", new BigDecimal("1.0"));
        configuration.put("clearanceValidDays", new BigDecimal("90"));
        Map<Area, Decision> areas = new LinkedHashMap<>();
        areas.put(Area.PERIORBITAL, Decision.PROCEED_WITH_PRECAUTIONS);
        areas.put(Area.CHEEKS, Decision.PROCEED_WITH_PRECAUTIONS);
        Assessment assessment = new Assessment("1", "demo-001", Decision.PROCEED_WITH_PRECAUTIONS, "1.0.0",
                new JurisdictionRef("US-UT", "2026-12", LocalDate.of(2026, 1, 1), "Utah Code 58-11a-302.18",
                        LocalDate.of(2026, 12, 1)), configuration, List.of(full), areas, List.of(),
                List.of(new SideEffect("ERYTHEMA_OEDEMA", "1-3 days", "Redness and swelling")),
                List.of(new AftercareStep("NO_MAKEUP", 0, 1, "No makeup for 24 hours")),
                LocalDate.of(2026, 12, 23), List.of("MN-C08-ANTICOAGULANT"));

        assertThat(AssessmentWriter.toJson(assessment)).isEqualTo("{\"formatVersion\":\"1\",\"caseId\":\"demo-001\","
                + "\"decision\":\"PROCEED_WITH_PRECAUTIONS\",\"rulesetVersion\":\"1.0.0\","
                + "\"jurisdictionProfile\":{\"id\":\"US-UT\",\"version\":\"2026-12\",\"validFrom\":\"2026-01-01\","
                + "\"source\":\"Utah Code 58-11a-302.18\",\"lastChecked\":\"2026-12-01\"},"
                + "\"configuration\":{\"periorbitalMaxDepthMm\":0.5,\"experienceDepthOverMm\":1.0,"
                + "\"clearanceValidDays\":90},"
                + "\"findings\":[{\"ruleId\":\"MN-C08-ANTICOAGULANT\",\"kb\":[\"C-08\"],"
                + "\"decision\":\"PROCEED_WITH_PRECAUTIONS\",\"category\":\"CONTRAINDICATION\","
                + "\"area\":\"PERIORBITAL\","
                + "\"summary\":\"Prescriber approved \\\"treatment\\\"\",\"rationale\":\"Line one.\\nLine two.\","
                + "\"basis\":[\"patient.medications[0]: ANTICOAGULANT CURRENT\"],\"evidence\":\"MIXED\","
                + "\"source\":\"SKINPEN; DP4\",\"referTo\":\"PRESCRIBER\",\"deferUntil\":\"2026-12-09\","
                + "\"planChange\":{\"area\":\"PERIORBITAL\",\"maxDepthMm\":0.5},"
                + "\"cleared\":{\"by\":\"PRESCRIBER\",\"date\":\"2026-11-20\",\"uncleared\":\"DEFER\"}}],"
                + "\"areaDecisions\":{\"PERIORBITAL\":\"PROCEED_WITH_PRECAUTIONS\","
                + "\"CHEEKS\":\"PROCEED_WITH_PRECAUTIONS\"},"
                + "\"missingInformation\":[],"
                + "\"expectedSideEffects\":[{\"code\":\"ERYTHEMA_OEDEMA\",\"typicalDuration\":\"1-3 days\","
                + "\"summary\":\"Redness and swelling\"}],"
                + "\"aftercare\":[{\"code\":\"NO_MAKEUP\",\"fromDay\":0,\"untilDay\":1,"
                + "\"instruction\":\"No makeup for 24 hours\"}],"
                + "\"nextSessionEarliest\":\"2026-12-23\",\"firedRules\":[\"MN-C08-ANTICOAGULANT\"],\"language\":\"en\"}");
    }

    @Test
    void optionalFieldsWithNoValueAreOmittedNotNull() {
        Finding bare = new Finding("MN-S03-NO-GLOVES", List.of(KbItem.of("S-03")), Decision.DO_NOT_PROCEED,
                Category.STERILITY,
                null, "Do not proceed without gloves", "Why.", List.of("setup.gloves: false"),
                Evidence.WELL_SUPPORTED, "DP4", null, null, null, null);
        Assessment assessment = new Assessment("1", null, Decision.DO_NOT_PROCEED, "1.0.0",
                new JurisdictionRef("DEFAULT", "2026-11", null, null, null), Map.of(), List.of(bare),
                Map.of(Area.CHEEKS, Decision.DO_NOT_PROCEED), List.of("patient.pregnant"), List.of(), List.of(), null,
                List.of("MN-S03-NO-GLOVES"));

        String json = AssessmentWriter.toJson(assessment);

        assertThat(json).doesNotContain("null", "caseId", "nextSessionEarliest", "\"area\"", "referTo",
                "deferUntil", "planChange", "cleared", "validFrom", "lastChecked");
        assertThat(fieldNames(Documents.parse(json))).containsExactly("formatVersion", "decision", "rulesetVersion",
                "jurisdictionProfile", "configuration", "findings", "areaDecisions", "missingInformation",
                "expectedSideEffects", "aftercare", "firedRules", "language");
        assertThat(fieldNames(Documents.parse(json).get("findings").get(0))).containsExactlyElementsOf(
                REQUIRED_FINDING_FIELDS);
    }

    static Stream<Arguments> planChanges() {
        return Stream.of(
                Arguments.of(PlanChange.maxDepth(Area.ABDOMEN, new BigDecimal("1.5")),
                        "{\"area\":\"ABDOMEN\",\"maxDepthMm\":1.5}"),
                Arguments.of(PlanChange.removeArea(Area.HANDS), "{\"removeArea\":\"HANDS\"}"),
                Arguments.of(PlanChange.removeTopical(TopicalProduct.VITAMIN_C_SERUM),
                        "{\"removeTopical\":\"VITAMIN_C_SERUM\"}"),
                Arguments.of(PlanChange.withoutAnesthetic(), "{\"omitAnesthetic\":true}"));
    }

    @ParameterizedTest
    @MethodSource("planChanges")
    void writesEachShapeOfPlanChange(PlanChange change, String expected) {
        Finding finding = new Finding("MN-X", List.of(KbItem.of("X-01")), Decision.MODIFY_PLAN, Category.PLAN, null,
                "s", "r",
                List.of(), Evidence.MIXED, "src", null, null, change, null);
        Assessment assessment = new Assessment("1", "c", Decision.MODIFY_PLAN, "1.0.0",
                new JurisdictionRef("US-CA", "2026-11", null, null, null), Map.of(), List.of(finding), Map.of(),
                List.of(), List.of(), List.of(), null, List.of());

        assertThat(AssessmentWriter.toJson(assessment)).contains("\"planChange\":" + expected + "}");
    }

    @Test
    void writesTheErrorRecordOfAnInvalidFile() {
        String record = AssessmentWriter.errorRecord("examples/invalid/99 \"bad\".json", List.of(
                new Problem("patient.ageYears", "required"),
                new Problem("plan.areas[0].depthMm", "must be > 0 and <= 3.5"),
                new Problem("", "no such file")));

        assertThat(record).isEqualTo("{\"file\":\"examples/invalid/99 \\\"bad\\\".json\",\"errors\":["
                + "{\"path\":\"patient.ageYears\",\"message\":\"required\"},"
                + "{\"path\":\"plan.areas[0].depthMm\",\"message\":\"must be > 0 and <= 3.5\"},"
                + "{\"path\":\"\",\"message\":\"no such file\"}]}");
    }

    @Test
    void theContractsExampleSerialisesWithTheContractsFieldNames() {
        Assessment assessment = AdvisorHolder.ADVISOR.assess(new CaseReader(AdvisorHolder.ADVISOR)
                .read(Documents.resource("contract-input-example.json")));
        JsonNode contract = Documents.parse(Documents.resource("contract-output-example.json"));

        String line = AssessmentWriter.toJson(assessment);
        JsonNode json = Documents.parse(line);

        assertThat(line).doesNotContain("\n");
        List<String> expectedFields = new ArrayList<>(fieldNames(contract));
        expectedFields.add("firedRules"); // the extension; nextSessionEarliest is absent: the case is deferred
        expectedFields.add("language");
        assertThat(fieldNames(json)).containsExactlyElementsOf(expectedFields);
        assertThat(json.get("formatVersion").asText()).isEqualTo(contract.get("formatVersion").asText());
        assertThat(json.get("caseId").asText()).isEqualTo("demo-001");
        assertThat(json.get("decision").asText()).isEqualTo("DEFER");
        // The contract's id and version first, then the extensions naming the version's dates and legal source.
        assertThat(fieldNames(json.get("jurisdictionProfile"))).containsExactly("id", "version", "validFrom",
                "source", "lastChecked");
        assertThat(json.get("jurisdictionProfile").get("id").asText()).isEqualTo("US-UT");
        assertThat(line).contains("\"periorbitalMaxDepthMm\":0.5", "\"clearanceValidDays\":90");
        assertThat(fieldNames(json.get("areaDecisions"))).containsExactly("FOREHEAD", "PERIORBITAL");
        assertThat(json.get("missingInformation").toString()).isEqualTo("[\"patient.pregnant\"]");
        assertThat(json.get("findings")).isNotEmpty().allSatisfy(finding -> {
            assertThat(fieldNames(finding)).containsAll(REQUIRED_FINDING_FIELDS);
            assertThat(FINDING_FIELDS).containsSubsequence(fieldNames(finding));
        });
        contract.get("findings").forEach(finding ->
                assertThat(FINDING_FIELDS).containsSubsequence(fieldNames(finding)));
    }

    @Test
    void aScenarioSurvivesTheRoundTrip() {
        Assessment assessment = AdvisorHolder.ADVISOR.assess(new CaseReader(AdvisorHolder.ADVISOR)
                .read(Documents.resource("round-trip-case.json")));

        JsonNode json = Documents.parse(AssessmentWriter.toJson(assessment));

        assertThat(json.get("caseId").asText()).isEqualTo("round-trip");
        assertThat(json.get("decision").asText()).isEqualTo(assessment.decision().name()).isEqualTo("MODIFY_PLAN");
        assertThat(json.get("rulesetVersion").asText()).isEqualTo(assessment.rulesetVersion());
        assertThat(json.get("jurisdictionProfile").get("version").asText())
                .isEqualTo(assessment.jurisdictionProfile().version());
        assertThat(json.get("jurisdictionProfile").get("validFrom").asText())
                .isEqualTo(assessment.jurisdictionProfile().validFrom().toString());
        assertThat(json.get("jurisdictionProfile").get("source").asText())
                .isEqualTo(assessment.jurisdictionProfile().source());
        assertThat(json.get("jurisdictionProfile").get("lastChecked").asText())
                .isEqualTo(assessment.jurisdictionProfile().lastChecked().toString());
        assessment.configuration().forEach((key, value) ->
                assertThat(json.get("configuration").get(key).decimalValue()).isEqualByComparingTo(value));
        assertThat(json.get("findings")).hasSameSizeAs(assessment.findings());
        for (int i = 0; i < assessment.findings().size(); i++) {
            Finding finding = assessment.findings().get(i);
            JsonNode written = json.get("findings").get(i);
            assertThat(written.get("ruleId").asText()).isEqualTo(finding.ruleId());
            assertThat(texts(written.get("kb"))).isEqualTo(KbItem.ids(finding.kb()));
            assertThat(written.get("decision").asText()).isEqualTo(finding.decision().name());
            assertThat(written.get("category").asText()).isEqualTo(finding.category().name());
            assertThat(written.has("area") ? written.get("area").asText() : null)
                    .isEqualTo(finding.area() == null ? null : finding.area().name());
            assertThat(written.get("summary").asText()).isEqualTo(finding.summary());
            assertThat(written.get("rationale").asText()).isEqualTo(finding.rationale());
            assertThat(texts(written.get("basis"))).isEqualTo(finding.basis());
            assertThat(written.get("evidence").asText()).isEqualTo(finding.evidence().name());
            assertThat(written.get("source").asText()).isEqualTo(finding.source());
            assertThat(written.has("referTo") ? written.get("referTo").asText() : null)
                    .isEqualTo(finding.referTo() == null ? null : finding.referTo().name());
        }
        JsonNode depthChange = findingOf(json, "MN-D04-DEPTH-OVER-SCOPE").get("planChange");
        assertThat(depthChange.toString()).isEqualTo("{\"area\":\"ABDOMEN\",\"maxDepthMm\":1.5}");
        JsonNode cleared = findingOf(json, "MN-C09-BREASTFEEDING").get("cleared");
        assertThat(cleared.toString())
                .isEqualTo("{\"by\":\"PHYSICIAN\",\"date\":\"2026-11-02\",\"uncleared\":\"DEFER\"}");
        assertThat(json.get("areaDecisions").toString())
                .isEqualTo("{\"ABDOMEN\":\"MODIFY_PLAN\",\"HANDS\":\"DEFER\"}");
        assertThat(texts(json.get("firedRules"))).isEqualTo(assessment.firedRules());
        assertThat(json.get("expectedSideEffects")).hasSameSizeAs(assessment.expectedSideEffects());
        assertThat(json.get("aftercare")).hasSameSizeAs(assessment.aftercare());
    }

    @Test
    void inSpanishTheWordsChangeTheCodesDoNotAndTheOutputSaysItIsNotClinicallyReviewed() {
        Assessment english = AdvisorHolder.ADVISOR.assess(new CaseReader(AdvisorHolder.ADVISOR)
                .read(Documents.resource("contract-input-example.json")));
        JsonNode en = Documents.parse(AssessmentWriter.toJson(english));
        JsonNode es = Documents.parse(AssessmentWriter.toJson(english.in(Language.SPANISH)));

        assertThat(en.get("language").asText()).isEqualTo("en");
        assertThat(en.has("languageNotice")).isFalse();
        assertThat(es.get("language").asText()).isEqualTo("es");
        assertThat(es.get("languageNotice").asText()).contains("español", "revisado");
        for (String field : List.of("decision", "areaDecisions", "missingInformation", "firedRules")) {
            assertThat(es.get(field)).as(field).isEqualTo(en.get(field));
        }
        for (int i = 0; i < en.get("findings").size(); i++) {
            JsonNode enFinding = en.get("findings").get(i);
            JsonNode esFinding = es.get("findings").get(i);
            assertThat(esFinding.get("ruleId")).isEqualTo(enFinding.get("ruleId"));
            assertThat(esFinding.get("basis")).isEqualTo(enFinding.get("basis"));
            assertThat(esFinding.get("summary").asText()).isNotEqualTo(enFinding.get("summary").asText());
            assertThat(esFinding.get("rationale").asText()).isNotEqualTo(enFinding.get("rationale").asText());
        }
    }

    @Test
    void theBytesAreTheLineInUtf8InEitherLanguage() {
        Assessment english = AdvisorHolder.ADVISOR.assess(new CaseReader(AdvisorHolder.ADVISOR)
                .read(Documents.resource("contract-input-example.json")));

        for (Assessment assessment : List.of(english, english.in(Language.SPANISH))) {
            assertThat(new String(AssessmentWriter.toJsonBytes(assessment), StandardCharsets.UTF_8))
                    .isEqualTo(AssessmentWriter.toJson(assessment));
        }
        assertThat(new String(AssessmentWriter.toJsonBytes(english.in(Language.SPANISH)), StandardCharsets.UTF_8))
                .contains("español");
    }

    private static JsonNode findingOf(JsonNode assessment, String ruleId) {
        for (JsonNode finding : assessment.get("findings")) {
            if (finding.get("ruleId").asText().equals(ruleId)) {
                return finding;
            }
        }
        throw new AssertionError("no finding of " + ruleId + " in " + assessment);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
