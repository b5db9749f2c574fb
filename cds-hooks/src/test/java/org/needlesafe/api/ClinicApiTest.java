package org.needlesafe.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.audit.AuditRecord;

/** The clinic's JSON API over real HTTP, with API-key authentication, as a caller in any language uses it. */
class ClinicApiTest {
    private static final String KEY = ApiServer.KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<AuditRecord> AUDIT = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ApiServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = ApiServer.start(AUDIT, configuration -> { });
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aScenarioIsAssessedAndAudited() throws Exception {
        JsonNode scenario = JSON.readTree(scenario("25-periorbital-too-deep-modify-plan.json").toFile());
        int audited = AUDIT.size();

        HttpResponse<String> response = post("/v1/assessments", "application/json", scenario.toString(), KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("decision").asText())
                .isEqualTo(scenario.get("expected").get("decision").asText());
        assertThat(AUDIT.size()).isEqualTo(audited + 1);
        assertThat(AUDIT.get(audited).event()).isEqualTo("ASSESSMENT");
    }

    @Test
    void anInvalidCaseIsAProblemListingEveryFieldByItsPath() throws Exception {
        String twice = "{\"assessmentDate\": \"2026-11-25\", \"patient\": {\"pregnant\": false, \"pregnant\": true}}";
        String several = "{\"assessmentDate\": \"2026-11-31\", \"jurisdiction\": \"US-UT\", \"patient\": {},"
                + " \"practitioner\": {\"credential\": \"NURSE\"}, \"setup\": {}, \"plan\": {\"device\": \"PEN\","
                + " \"areas\": [{\"area\": \"CHEEKS\", \"depthMm\": 4}]}}";

        HttpResponse<String> given = post("/v1/assessments", "application/json", twice, KEY);
        HttpResponse<String> invalid = post("/v1/assessments", "application/json", several, KEY);

        assertThat(given.statusCode()).isEqualTo(422);
        assertThat(given.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(given.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errors").get(0).get("path").asText()).isEqualTo("patient.pregnant");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("given twice");
        assertThat(JSON.readTree(invalid.body()).get("errors").findValuesAsText("path")).containsExactly(
                "assessmentDate", "patient.ageYears", "practitioner.credential", "plan.areas[0].depthMm");
    }

    @Test
    void validationsListTheProblemsAndAssessNothing() throws Exception {
        int audited = AUDIT.size();
        String valid = Files.readString(scenario("01-clean-proceed.json"));

        JsonNode yes = JSON.readTree(post("/v1/validations", "application/json", valid, KEY).body());
        JsonNode no = JSON.readTree(post("/v1/validations", "application/json", "{\"plan\": 5}", KEY).body());

        assertThat(yes.get("valid").asBoolean()).isTrue();
        assertThat(yes.get("errors")).isEmpty();
        assertThat(no.get("valid").asBoolean()).isFalse();
        assertThat(no.get("errors").findValuesAsText("path")).contains("assessmentDate", "plan");
        assertThat(AUDIT.size()).isEqualTo(audited);
    }

    @Test
    void aBatchAnswersEveryLineInOrder() throws Exception {
        List<String> lines = Stream.of("01-clean-proceed.json", "02-cold-sore-defer.json",
                "38-pregnant-defer.json").map(ClinicApiTest::compact).toList();
        String body = lines.get(0) + "\n{\"caseId\": \"broken\"\n" + lines.get(1) + "\r\n\n" + lines.get(2) + "\n";

        HttpResponse<String> response = post("/v1/assessments/batch", "application/x-ndjson", body, KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> answers = response.body().lines().map(ClinicApiTest::parse).toList();
        assertThat(answers).hasSize(5);
        assertThat(answers.get(0).get("caseId").asText()).isEqualTo("01-clean");
        assertThat(answers.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(answers.get(1).get("errors").get(0).get("message").asText()).startsWith("invalid JSON");
        assertThat(answers.get(2).get("decision").asText()).isEqualTo("DEFER");
        assertThat(answers.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(answers.get(4).get("decision").asText()).isEqualTo("DEFER");
    }

    @Test
    void callersWithoutARegisteredKeyAreRefused() throws Exception {
        String valid = Files.readString(scenario("01-clean-proceed.json"));

        HttpResponse<String> none = post("/v1/assessments", "application/json", valid, null);
        HttpResponse<String> wrong = post("/v1/assessments", "application/json", valid, KEY + "x");
        HttpResponse<String> rules = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/rules")).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : List.of(none, wrong, rules)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void theCataloguesAreServed() throws Exception {
        JsonNode rules = JSON.readTree(get("/v1/rules", KEY).body());
        JsonNode jurisdictions = JSON.readTree(get("/v1/jurisdictions", KEY).body());
        JsonNode configuration = JSON.readTree(get("/v1/configuration", KEY).body());

        assertThat(rules.findValuesAsText("id")).contains("MN-C08-ANTICOAGULANT");
        assertThat(jurisdictions.findValuesAsText("id")).contains("US-UT", "DEFAULT");
        assertThat(configuration.get("clearanceValidDays").asInt()).isEqualTo(90);
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi31AndItsSchemasAreServed() throws Exception {
        HttpResponse<String> openApi = get("/v1/openapi.json", null);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(openApi.body(), null, options);

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        for (String reference : JSON.readTree(openApi.body()).findValuesAsText("$ref")) {
            if (reference.startsWith("/")) {
                String path = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
                assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
            }
        }
        assertThat(get("/v1/schemas/nothing.json", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theInteractiveDocsPageServesSwaggerUi() throws Exception {
        HttpResponse<String> page = get("/v1/docs", null);
        HttpResponse<String> bundle = get("/v1/docs/swagger-ui-bundle.js", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SwaggerUIBundle", "/v1/openapi.json");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(get("/v1/docs/../../etc/passwd", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePythonExampleClientAssessesAScenarioAndABatch() throws Exception {
        Path client = repository().resolve("examples/clients/needlesafe_client.py");
        ProcessBuilder python = new ProcessBuilder("python3", client.toString(),
                scenario("38-pregnant-defer.json").toString(), scenario("01-clean-proceed.json").toString())
                .redirectErrorStream(true);
        python.environment().put("NEEDLESAFE_URL", base);
        python.environment().put("NEEDLESAFE_API_KEY", KEY);

        Process process = python.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsExactly("single 38-pregnant DEFER", "batch 38-pregnant DEFER",
                "batch 01-clean PROCEED");
    }

    @Test
    void anAssessmentIsWrittenInTheAcceptedLanguageWithItsCodesUnchanged() throws Exception {
        String scenario = JSON.readTree(scenario("02-cold-sore-defer.json").toFile()).toString();

        HttpResponse<String> english = post("/v1/assessments", "application/json", scenario, KEY);
        HttpResponse<String> spanish = post("/v1/assessments", "application/json", scenario, KEY,
                "es-MX,es;q=0.9,en;q=0.5");
        HttpResponse<String> french = post("/v1/assessments", "application/json", scenario, KEY, "fr-FR, fr;q=0.9");

        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(french.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode en = JSON.readTree(english.body());
        JsonNode es = JSON.readTree(spanish.body());
        JsonNode fr = JSON.readTree(french.body());
        assertThat(en.get("language").asText()).isEqualTo("en");
        assertThat(en.has("languageNotice")).isFalse();
        assertThat(es.get("language").asText()).isEqualTo("es");
        assertThat(es.get("languageNotice").asText()).contains("no revisado");
        assertThat(es.get("decision")).isEqualTo(en.get("decision"));
        assertThat(es.get("findings").get(0).get("ruleId")).isEqualTo(en.get("findings").get(0).get("ruleId"));
        assertThat(es.get("findings").get(0).get("summary").asText()).startsWith("Aplazar");
        // A language we do not have is answered in English, and the answer says so.
        assertThat(fr.get("language").asText()).isEqualTo("en");
        assertThat(fr.get("languageNotice").asText()).contains("fr-FR", "not available", "English");
        assertThat(fr.get("findings")).isEqualTo(en.get("findings"));
    }

    @Test
    void aProblemSaysItIsInEnglishWhateverWasAskedFor() throws Exception {
        HttpResponse<String> problem = post("/v1/assessments", "application/json", "{\"plan\": 5}", KEY, "es");

        assertThat(problem.statusCode()).isEqualTo(422);
        assertThat(problem.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(JSON.readTree(problem.body()).get("title").asText()).isEqualTo("Invalid case");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static HttpResponse<String> post(String path, String type, String body, String key) throws Exception {
        return post(path, type, body, key, null);
    }

    private static HttpResponse<String> post(String path, String type, String body, String key, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path scenario(String name) {
        return repository().resolve("examples/scenarios").resolve(name);
    }

    private static String compact(String name) {
        try {
            return JSON.readTree(scenario(name).toFile()).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/scenarios"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
