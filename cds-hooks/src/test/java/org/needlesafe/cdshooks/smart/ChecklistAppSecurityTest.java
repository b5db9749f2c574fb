package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.CdsHooksServer;
import org.needlesafe.cdshooks.ServiceConfiguration;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/** The checklist app's launch over real HTTP: who may launch it, PKCE and state, cookies and headers. */
class ChecklistAppSecurityTest {
    private static TestEhr ehr;
    private static CdsHooksServer service;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        ehr = new TestEhr();
        service = CdsHooksServer.builder(ServiceConfiguration.builder().timeZone(ZoneOffset.UTC)
                        .checklistIssuer(new SmartIssuer("test-ehr", ehr.fhirBase() + "/", TestEhr.CLIENT_ID)).build())
                .insecureDevMode(true).build().start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        ehr.close();
    }

    @Test
    void aLaunchFromAnIssuerThatIsNotConfiguredIsRefusedBeforeAnythingIsFetched() throws Exception {
        HttpResponse<String> response = get("/checklist/launch?iss=" + encode("http://127.0.0.1:9/fhir")
                + "&launch=abc", null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("not configured").doesNotContain("127.0.0.1:9");
        assertThat(get("/checklist/launch?iss=" + encode(ehr.fhirBase()), null).statusCode()).as("no launch")
                .isEqualTo(400);
    }

    @Test
    void aLaunchSendsTheUserToTheEhrWithPkceStateAndTheScopesOnly() throws Exception {
        HttpResponse<String> response = get("/checklist/launch?iss=" + encode(ehr.fhirBase()) + "&launch=L-1", null);
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(ehr.oauth.authorizationEndpointUrl(TestEhr.ISSUER_ID).toString());
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", TestEhr.CLIENT_ID)
                .containsEntry("redirect_uri", service.baseUrl() + "/checklist/callback")
                .containsEntry("launch", "L-1").containsEntry("aud", ehr.fhirBase())
                .containsEntry("scope", ChecklistApp.SCOPES).containsEntry("code_challenge_method", "S256");
        assertThat(query.get("state")).hasSize(43);
        assertThat(query.get("code_challenge")).hasSize(43);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(ChecklistApp.COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/checklist");
        assertThat(cookie.split(";")[0]).doesNotContain(query.get("state"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(ChecklistApp.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(ChecklistApp.SCOPES).doesNotContain("*").doesNotContain(".u").doesNotContain(".d")
                .doesNotContain("offline_access");
    }

    @Test
    void aReturnWhoseStateDoesNotMatchIsRefusedAndEndsTheLaunch() throws Exception {
        HttpResponse<String> launch = get("/checklist/launch?iss=" + encode(ehr.fhirBase()) + "&launch=L-2", null);
        String cookie = launch.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String state = query(URI.create(launch.headers().firstValue("Location").orElseThrow())).get("state");

        HttpResponse<String> forged = get("/checklist/callback?code=stolen&state=" + state.substring(1) + "x", cookie);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("state");
        assertThat(get("/checklist/callback?code=stolen&state=" + state, cookie).statusCode())
                .as("the launch is over after a forged return").isEqualTo(400);
        assertThat(get("/checklist/callback?code=stolen&state=" + state, null).statusCode())
                .as("no session cookie").isEqualTo(400);
        assertThat(ehr.accessTokens).as("no code was exchanged").isEmpty();
    }

    @Test
    void theFormAndTheResultNeedALaunchedSession() throws Exception {
        assertThat(get("/checklist/form", null).statusCode()).isEqualTo(400);
        assertThat(get("/checklist/result", "needlesafe-checklist=guess").statusCode()).isEqualTo(400);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/checklist/form"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("gloves=true")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.headers().firstValue("Content-Security-Policy")).hasValue(ChecklistApp.CONTENT_SECURITY_POLICY);
    }

    @Test
    void theConformanceResourcesAreServedAtTheirCanonicalPaths() throws Exception {
        HttpResponse<String> questionnaire = get("/fhir/Questionnaire/pre-procedure-checklist", null);
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        assertThat(questionnaire.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+json");
        assertThat(FhirContext.forR4Cached().newJsonParser().parseResource(Questionnaire.class, questionnaire.body())
                .getUrl()).isEqualTo(NeedlesafeFhir.CHECKLIST);
        assertThat(get("/fhir/ValueSet/setting", null).statusCode()).isEqualTo(200);
        assertThat(get("/fhir/StructureDefinition/needle-depth", null).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = get("/fhir/CodeSystem/unknown", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(unknown.body()).path("error").asText()).isEqualTo("not found");
    }

    @Test
    void discoveryTellsTheEhrAboutTheApp() throws Exception {
        var services = new ObjectMapper().readTree(get("/cds-services", null).body()).path("services");
        assertThat(services).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.path("usageRequirements").asText()).contains("/checklist/launch", "SMART"));
    }

    @Test
    void thePkceChallengeIsTheS256OfRfc7636() {
        assertThat(ChecklistApp.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
