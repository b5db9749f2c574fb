package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The development mode: no JWT, loopback only, and the documented sample request works. */
class InsecureDevModeTest {

    @Test
    void theSampleRequestGetsACriticalCardWithoutAToken() throws Exception {
        try (CdsHooksServer server = CdsHooksServer.builder(ServiceConfiguration.builder().build())
                .insecureDevMode(true).advisor(TestService.ADVISOR).clock(TestService.CLOCK).build().start(0)) {
            assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + TestService.SIGN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples/order-sign-cold-sore.json"))).build();

            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Needlesafe-Insecure-Dev-Mode")).isPresent();
            var json = TestService.JSON.readTree(response.body());
            JsonChecks.assertNoEmptyValues(json);
            assertThat(json.get("cards").get(0).get("indicator").asText()).isEqualTo("critical");
        }
    }
}
