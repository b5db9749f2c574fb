package org.needlesafe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.audit.AuditRecord;

/** POST /v1/handouts over real HTTP, with the clinic's name and phone from the service's clinic configuration. */
class HandoutApiTest {
    private static final String KEY = ApiServer.KEY;
    private static final List<AuditRecord> AUDIT = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path folder;
    private static ApiServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path clinic = Files.writeString(folder.resolve("clinic.properties"),
                "clinicName = Sunrise Skin Clinic\nclinicPhone = +1 (555) 010-2030\nclearanceValidDays = 60\n");
        server = ApiServer.start(AUDIT, configuration -> configuration.clinicConfiguration(clinic));
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCaseThatGoesAheadGetsThePatientsHandoutAndIsAudited() throws Exception {
        int audited = AUDIT.size();

        HttpResponse<String> response = post(scenario("01-clean-proceed.json"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("Sunrise Skin Clinic",
                "+1 (555) 010-2030", "<svg class=\"timeline\"", "When to call the clinic",
                "not before Wednesday, December 23, 2026");
        assertThat(AUDIT.size()).isEqualTo(audited + 1);
    }

    @Test
    void acceptLanguagePicksSpanish() throws Exception {
        HttpResponse<String> response = post(scenario("01-clean-proceed.json"), "es-MX, es;q=0.9, en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(response.body()).contains("<html lang=\"es\">", "Cuándo llamar a la clínica",
                "aún no ha sido revisada");
    }

    @Test
    void aLanguageTheHandoutIsNotWrittenInGetsEnglish() throws Exception {
        HttpResponse<String> response = post(scenario("01-clean-proceed.json"), "de-DE");

        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aCaseThatDoesNotGoAheadGetsAClinicianSummary() throws Exception {
        HttpResponse<String> response = post(scenario("02-cold-sore-defer.json"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Clinician summary: no aftercare handout").doesNotContain("<svg");
    }

    @Test
    void anInvalidCaseIsAProblemAndAMalformedAcceptLanguageGetsEnglish() throws Exception {
        HttpResponse<String> invalid = post("{\"plan\": 5}", null);
        HttpResponse<String> language = post(scenario("01-clean-proceed.json"), "es;q=2");

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // As for an assessment: a header naming none of our languages, malformed or not, is answered in English.
        assertThat(language.statusCode()).isEqualTo(200);
        assertThat(language.headers().firstValue("Content-Language")).hasValue("en");
    }

    private static HttpResponse<String> post(String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/v1/handouts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String scenario(String name) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples/scenarios"))) {
            dir = dir.getParent();
        }
        return Files.readString(dir.resolve("examples/scenarios").resolve(name));
    }
}
