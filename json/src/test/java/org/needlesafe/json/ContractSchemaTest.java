package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;

/** The published schemas: the examples keep to them, and they agree with the core's codes and the contract page. */
class ContractSchemaTest {
    private static final JsonNode CASE = CaseSchema.resource(CaseSchema.CASE);
    private static final JsonNode ASSESSMENT = CaseSchema.resource(CaseSchema.ASSESSMENT);
    private static final JsonNode ERROR_RECORD = CaseSchema.resource(CaseSchema.ERROR_RECORD);
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]*(?:-[A-Z]+)?)`");

    static Stream<Path> scenarios() throws IOException {
        return Files.list(FuzzDocuments.repositoryRoot().resolve("examples/scenarios"))
                .filter(file -> file.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyExampleScenarioKeepsToTheCaseSchema(Path scenario) throws IOException {
        assertThat(errors(CASE, Documents.parse(Files.readString(scenario)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyAssessmentKeepsToTheAssessmentSchema(Path scenario) {
        String assessment = AssessmentWriter.toJson(AdvisorHolder.ADVISOR.assess(
                new CaseReader(AdvisorHolder.ADVISOR).read(scenario)));

        assertThat(errors(ASSESSMENT, Documents.parse(assessment))).isEmpty();
    }

    @Test
    void theContractsExamplesKeepToTheirSchemas() {
        assertThat(errors(CASE, Documents.parse(Documents.resource("contract-input-example.json")))).isEmpty();
        assertThat(errors(ASSESSMENT, Documents.parse(Documents.resource("contract-output-example.json"))))
                .isEmpty();
    }

    @Test
    void everyErrorRecordKeepsToTheErrorRecordSchema() throws IOException {
        Path invalid = FuzzDocuments.repositoryRoot().resolve("examples/invalid/01-incomplete-intake.json");
        var problems = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new CaseReader(AdvisorHolder.ADVISOR).read(invalid),
                org.needlesafe.InvalidCaseException.class).problems();

        assertThat(errors(ERROR_RECORD, Documents.parse(AssessmentWriter.errorRecord("x.json", problems))))
                .isEmpty();
        assertThat(errors(ERROR_RECORD, Documents.parse("{\"errors\": []}"))).isNotEmpty();
    }

    @Test
    void theSchemasCodesAreTheCoresCodes() {
        Map<String, Class<? extends Enum<?>>> codes = Map.ofEntries(
                Map.entry("/$defs/patient/properties/fitzpatrickType", FitzpatrickType.class),
                Map.entry("/$defs/condition/properties/code", ConditionCode.class),
                Map.entry("/$defs/condition/properties/status", ConditionStatus.class),
                Map.entry("/$defs/medication/properties/code", MedicationCode.class),
                Map.entry("/$defs/medication/properties/status", MedicationStatus.class),
                Map.entry("/$defs/allergy/then", Allergy.class),
                Map.entry("/$defs/recentProcedure/properties/code", ProcedureCode.class),
                Map.entry("/$defs/implant/then", ImplantCode.class),
                Map.entry("/$defs/practitioner/properties/credential", Credential.class),
                Map.entry("/$defs/setup/properties/setting", Setting.class),
                Map.entry("/$defs/setup/properties/needles", Needles.class),
                Map.entry("/$defs/setup/properties/skinAntisepsis", Antisepsis.class),
                Map.entry("/$defs/plan/properties/device", Device.class),
                Map.entry("/$defs/plan/properties/indication", Indication.class),
                Map.entry("/$defs/area", Area.class),
                Map.entry("/$defs/topical/properties/product", TopicalProduct.class),
                Map.entry("/$defs/clearance/properties/by", ClearingRole.class));
        codes.forEach((pointer, type) -> {
            assertThat(enumeration(CASE.at(pointer).get("enum"))).as(pointer).isEqualTo(names(type));
        });
        Map<String, Class<? extends Enum<?>>> output = Map.of(
                "/$defs/decision", Decision.class,
                "/$defs/finding/properties/category", Category.class,
                "/$defs/finding/properties/evidence", Evidence.class,
                "/$defs/finding/properties/referTo", Referral.class);
        output.forEach((pointer, type) -> assertThat(enumeration(ASSESSMENT.at(pointer).get("enum"))).as(pointer)
                .isEqualTo(names(type)));
    }

    @Test
    void theContractPageListsExactlyTheSchemasCodes() throws IOException {
        String page = Files.readString(FuzzDocuments.repositoryRoot().resolve("docs/CONTRACT.md"));
        String codesSection = page.substring(page.indexOf("### Codes"), page.indexOf("## Output"));
        Set<String> listed = new TreeSet<>();
        Matcher code = CODE.matcher(codesSection);
        while (code.find()) {
            listed.add(code.group(1));
        }
        Set<String> inSchemas = new TreeSet<>();
        collectCodes(CASE, inSchemas);
        Set<String> outputCodes = new TreeSet<>();
        collectCodes(ASSESSMENT, outputCodes);
        Set<String> jurisdictions = AdvisorHolder.ADVISOR.jurisdictions().ids();

        Set<String> expected = union(inSchemas, jurisdictions);
        assertThat(minus(listed, expected)).as("codes on the contract page that no schema has").isEmpty();
        assertThat(minus(expected, listed)).as("codes of the schemas the contract page does not list").isEmpty();
        assertThat(page.substring(page.indexOf("## Output"))).as("the output codes on the contract page")
                .contains(outputCodes.stream().filter(c -> !inSchemas.contains(c)).map(c -> "`" + c + "`")
                        .toList());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> minus = new TreeSet<>(a);
        minus.removeAll(b);
        return minus;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static void collectCodes(JsonNode schema, Set<String> codes) {
        if (schema.isObject()) {
            if (schema.has("enum")) {
                codes.addAll(enumeration(schema.get("enum")));
            }
            schema.forEach(child -> collectCodes(child, codes));
        } else if (schema.isArray()) {
            schema.forEach(child -> collectCodes(child, codes));
        }
    }

    private static List<String> enumeration(JsonNode values) {
        return Stream.of(values).flatMap(v -> java.util.stream.StreamSupport.stream(v.spliterator(), false))
                .filter(v -> !v.isNull()).map(JsonNode::asText).toList();
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    }

    static List<String> errors(JsonNode schema, JsonNode document) {
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true).build()))
                .getSchema(schema);
        return validator.validate(document).stream().map(Error::toString).toList();
    }
}
