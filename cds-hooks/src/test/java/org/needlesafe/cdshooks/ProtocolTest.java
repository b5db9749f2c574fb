package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;

/** HTTP details an EHR integrator meets: every error is JSON, methods and media types are exact, JSON is strict. */
class ProtocolTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Response post(String contentType, String body) {
        return service.send(service.request(SIGN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), service.token(SIGN).sign());
    }

    @Test
    void aHugeHeaderIsRefusedInJson() {
        Response response = service.send(service.request("/cds-services").header("X-Padding", "x".repeat(20_000))
                .GET(), service.token("/cds-services").sign());

        assertThat(response.status()).isEqualTo(431);
        assertThat(response.json().get("error").asText()).isEqualTo("request header fields too large");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void getOnAHookIs405() {
        Response response = service.send(service.request(SIGN).GET(), service.token(SIGN).sign());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("error").asText()).isEqualTo("method not allowed");
    }

    @Test
    void theContentTypeIsMatchedExactly() {
        assertThat(post("application/jsonx", Call.clean().json()).status()).isEqualTo(415);
        assertThat(post("application/json-patch+json", Call.clean().json()).status()).isEqualTo(415);
        assertThat(post("application/json; charset=iso-8859-1", Call.clean().json()).status()).isEqualTo(415);
        assertThat(post("application/json; charset=UTF-8", Call.clean().json()).status()).isEqualTo(200);
        assertThat(post("Application/JSON", Call.clean().json()).status()).isEqualTo(200);
    }

    @Test
    void contentAfterTheJsonIs400() {
        Response trailingValue = post("application/json", Call.clean().json() + " {\"hook\": \"order-select\"}");
        Response trailingGarbage = post("application/json", Call.clean().json() + " garbage");

        assertThat(trailingValue.status()).isEqualTo(400);
        assertThat(trailingValue.json().get("error").asText())
                .isEqualTo("the request body is not valid JSON: content after the JSON value");
        assertThat(trailingGarbage.status()).isEqualTo(400);
    }

    @Test
    void aDuplicateKeyIs400() {
        String body = Call.clean().json().replaceFirst("\\{", "{\"hook\": \"order-select\", ");

        Response response = post("application/json", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("the request body is not valid JSON: a duplicate key");
    }
}
