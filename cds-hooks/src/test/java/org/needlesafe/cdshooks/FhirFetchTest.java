package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.security.TrustedClient;

/**
 * When the EHR sends no prefetch but a {@code fhirServer} and {@code fhirAuthorization}, the service reads the record
 * itself: here from a stub FHIR server on loopback, which checks the access token.
 */
class FhirFetchTest {
    private static final String TOKEN = "fhir-access-token";
    private static final Tokens KEYS = new Tokens();
    private static HttpServer fhir;
    private static String base;
    private static TestService service;
    private static final Map<String, String> responses = new ConcurrentHashMap<>();
    private static final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        fhir = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fhir.createContext("/fhir/", FhirFetchTest::answer);
        fhir.start();
        base = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        service = TestService.start(configuration -> configuration.client(new TrustedClient("fetching-ehr",
                "https://fetching-ehr.example.org", Set.of(), KEYS.publicKeys(), List.of(base))));
    }

    @AfterAll
    static void stop() {
        service.close();
        fhir.stop(0);
    }

    @BeforeEach
    void record() {
        requests.clear();
        responses.clear();
        responses.put("/fhir/Patient/p1", encode(Fixtures.patient()));
        responses.put("/fhir/Condition?patient=p1", encode(Fixtures.search(Fixtures.condition("1475003", "active"))));
        responses.put("/fhir/MedicationRequest?patient=p1", encode(Fixtures.search()));
        responses.put("/fhir/MedicationStatement?patient=p1", encode(Fixtures.search()));
        responses.put("/fhir/Procedure?patient=p1", encode(Fixtures.search()));
        responses.put("/fhir/AllergyIntolerance?patient=p1", encode(Fixtures.search()));
        responses.put("/fhir/Practitioner/u1", encode(Fixtures.dermatologist()));
        responses.put("/fhir/PractitionerRole?practitioner=u1", encode(Fixtures.search()));
        responses.put("/fhir/PractitionerRole/r1", encode(Fixtures.role("DERMATOLOGIST")));
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getPath()
                + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery());
        requests.add(target);
        String query = target.contains("&") ? target.substring(0, target.indexOf('&')) : target;
        String body = responses.get(target) != null ? responses.get(target) : responses.get(query);
        int status = !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 401
                : body == null ? 404 : body.equals("500") ? 500 : 200;
        byte[] bytes = status == 200 ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String encode(Resource resource) {
        return Fixtures.FHIR.newJsonParser().encodeResourceToString(resource);
    }

    /** A call with no prefetch for the record, only the order and its checklist, and access to the stub server. */
    private static Call call(String server) {
        Call call = Call.clean();
        List.of("patient", "conditions", "medicationRequests", "medicationStatements", "procedures", "allergies",
                "observations", "practitioner", "practitionerRoles").forEach(call::without);
        call.fhirServer = server;
        call.accessToken = TOKEN;
        return call;
    }

    private static Response post(Call call) {
        Tokens.Token token = KEYS.token(null, service.url(SIGN), TestService.NOW);
        token.iss = "https://fetching-ehr.example.org";
        return service.post(SIGN, call.json(), token.sign());
    }

    private static JsonNode card(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("cards")).hasSize(1);
        return response.json().get("cards").get(0);
    }

    @Test
    void theRecordIsReadFromTheFhirServerWithTheAccessToken() {
        Response response = post(call(base));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode card = card(response);
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("detail").asText()).contains("MN-C01-ACTIVE-INFECTION");
        assertThat(requests).contains("/fhir/Patient/p1", "/fhir/Condition?patient=p1",
                "/fhir/Practitioner/u1");
        assertThat(requests).anyMatch(request -> request.startsWith("/fhir/Observation?patient=p1&code="
                + "http://loinc.org|82810-3,http://loinc.org|63895-7"));
    }

    @Test
    void searchPagesAreFollowedOnTheSameServer() {
        Bundle first = Fixtures.search();
        first.addLink().setRelation(Bundle.LINK_NEXT).setUrl(base + "/Condition?patient=p1&page=2");
        responses.put("/fhir/Condition?patient=p1", encode(first));
        responses.put("/fhir/Condition?patient=p1&page=2",
                encode(Fixtures.search(Fixtures.condition("1475003", "active"))));

        Response response = post(call(base));

        assertThat(card(response).get("indicator").asText()).isEqualTo("critical");
    }

    @Test
    void theUsersPractitionerIsFoundThroughTheirPractitionerRole() {
        Call call = call(base);
        call.userId = "PractitionerRole/r1";

        Response response = post(call);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(requests).contains("/fhir/PractitionerRole/r1", "/fhir/Practitioner/u1");
    }

    @Test
    void aFhirServerTheConfigurationDoesNotNameIsNotCalled() {
        Response response = post(call("https://elsewhere.example.org/fhir"));

        assertThat(response.status()).isEqualTo(412);
        assertThat(requests).isEmpty();
    }

    @Test
    void aFailedReadOfRequiredDataIs412() {
        responses.put("/fhir/Condition?patient=p1", "500");

        Response response = post(call(base));

        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("error").asText())
                .contains("prefetch conditions: the service's read of it from fhirServer failed (HTTP 500)")
                .doesNotContain("it needs fhirServer");
    }

    /** A full prefetch with this conditions prefetch, and access to the stub server for what it lacks. */
    private static Call prefetchedWith(Resource conditions) {
        Call call = Call.clean().set("conditions", conditions);
        call.fhirServer = base;
        call.accessToken = TOKEN;
        return call;
    }

    /** A first page of conditions whose next page the stub server answers with this body. */
    private static Bundle firstPage(String secondPage, Resource... entries) {
        Bundle firstPage = Fixtures.search(entries);
        firstPage.addLink().setRelation(Bundle.LINK_NEXT).setUrl(base + "/Condition?patient=p1&page=2");
        responses.put("/fhir/Condition?patient=p1&page=2", secondPage);
        return firstPage;
    }

    @Test
    void anOperationOutcomePrefetchIsReadFromTheServer() {
        Call call = prefetchedWith(PartialDataTest.failure());

        JsonNode card = card(post(call));

        assertThat(requests).contains("/fhir/Condition?patient=p1").doesNotContain("/fhir/Patient/p1");
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("detail").asText()).contains("MN-C01-ACTIVE-INFECTION");
    }

    @Test
    void anActiveColdSoreOnPageTwoOfAPrefetchedSearchIsFound() {
        Call call = prefetchedWith(firstPage(encode(Fixtures.search(Fixtures.condition("1475003", "active"))),
                Fixtures.condition("9014002", "remission")));

        JsonNode card = card(post(call));

        assertThat(requests).contains("/fhir/Condition?patient=p1&page=2").doesNotContain("/fhir/Condition?patient=p1");
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("detail").asText()).contains("MN-C01-ACTIVE-INFECTION");
    }

    @Test
    void aPageThatCannotBeReadLeavesTheListUnknown() {
        Call call = prefetchedWith(firstPage("500"));

        JsonNode card = card(post(call));

        assertThat(card.get("indicator").asText()).isNotEqualTo("info");
        assertThat(card.get("detail").asText()).contains("conditions: the next pages of a paged search could not be"
                + " read (HTTP 500)", "`patient.conditions`");
    }

    @Test
    void withoutFhirAuthorizationNothingIsFetched() {
        Call call = call(base);
        call.accessToken = null;

        assertThat(post(call).status()).isEqualTo(412);
        assertThat(requests).isEmpty();
    }
}
