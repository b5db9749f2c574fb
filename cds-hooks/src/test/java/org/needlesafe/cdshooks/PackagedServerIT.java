package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded server jar that {@code bin/needlesafe serve} runs, started as a separate {@code java -jar} process in
 * the documented development mode on a port it picks itself: proof that the packaged artifact starts and answers
 * (the rule pack, the Swagger UI webjar and the resources the shade configuration could drop). Runs in the
 * integration-test phase, after the jar is built.
 */
class PackagedServerIT {
    private static final Path JAR = Path.of(System.getProperty("needlesafe.server.jar",
            "target/needlesafe-cds-hooks.jar"));
    private static final Path SCENARIOS = Path.of(System.getProperty("needlesafe.scenarios",
            "../examples/scenarios"));
    private static final Pattern LISTENING = Pattern.compile("CDS Hooks service on [^\\s:]+:(\\d+) ");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path folder;
    private static Process server;
    private static Path log;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("the shaded server jar (built in the package phase)").isRegularFile();
        log = folder.resolve("server.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--insecure-dev-mode", "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        base = "http://127.0.0.1:" + port();
        awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server == null) {
            return;
        }
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            throw new AssertionError("the server did not stop within 30 s of SIGTERM");
        }
    }

    @Test
    void discoveryListsTheHooks() throws Exception {
        HttpResponse<String> response = get("/cds-services");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> hooks = JSON.readTree(response.body()).get("services").findValuesAsText("hook");
        assertThat(hooks).contains("order-sign", "order-select");
    }

    @Test
    void theJsonApiAssessesAScenario() throws Exception {
        Path scenario = SCENARIOS.resolve("38-pregnant-defer.json");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(scenario)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode assessment = JSON.readTree(response.body());
        String expected = JSON.readTree(Files.readString(scenario)).get("expected").get("decision").asText();
        assertThat(assessment.get("decision").asText()).isEqualTo(expected);
        assertThat(assessment.get("rulesetVersion").asText()).isNotBlank();
    }

    @Test
    void theInteractiveDocsPageAndItsWebjarAreServed() throws Exception {
        HttpResponse<String> page = get("/v1/docs");
        HttpResponse<String> bundle = get("/v1/docs/swagger-ui-bundle.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SwaggerUIBundle", "/v1/openapi.json");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }

    /** The port the server chose, from its start-up line; fails with its output if it exits or never listens. */
    private static int port() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(output());
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!server.isAlive()) {
                throw new AssertionError("the server exited with " + server.exitValue() + ":\n" + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within " + START_TIMEOUT + ":\n" + output());
    }

    private static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = get("/readyz");
                if (ready.statusCode() == 200) {
                    assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("ready");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("/readyz did not answer 200 within " + START_TIMEOUT + ":\n" + output());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String output() throws IOException {
        return Files.readString(log);
    }
}
