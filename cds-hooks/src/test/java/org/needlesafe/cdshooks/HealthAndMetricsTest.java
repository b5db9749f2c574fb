package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.needlesafe.audit.AuditRecord;

/** /healthz, /readyz and /metrics of a single replica with its own advisor (the default file-sink set-up). */
class HealthAndMetricsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthReadinessAndBoundedMetrics() throws Exception {
        List<AuditRecord> audit = new CopyOnWriteArrayList<>();
        try (CdsHooksServer server = CdsHooksServer.builder(ServiceConfiguration.builder().build())
                .insecureDevMode(true).auditSink(audit::add).build().start(0)) {
            Fixtures.Call call = Fixtures.Call.clean();
            assertThat(post(server, TestService.SIGN, call.json()).statusCode()).isEqualTo(200);
            assertThat(post(server, TestService.SIGN, Fixtures.Call.clean().json()).statusCode()).isEqualTo(200);
            assertThat(post(server, "/cds-services/no-such-service-42", call.json()).statusCode()).isEqualTo(404);
            assertThat(get(server, "/patients/p-777").statusCode()).isEqualTo(404);

            HttpResponse<String> health = get(server, "/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(TestService.JSON.readTree(health.body()).path("status").asText()).isEqualTo("alive");
            HttpResponse<String> ready = get(server, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(TestService.JSON.readTree(ready.body()).path("auditStore").asText()).isEqualTo("file");

            String metrics = get(server, "/metrics").body();
            String decision = audit.get(0).decision();
            assertThat(metrics)
                    .contains("needlesafe_http_requests_seconds_bucket{endpoint=\"/cds-services/{id}\",method=\"POST\","
                            + "status=\"200\",le=\"0.005\"}")
                    .contains("needlesafe_http_requests_seconds_count{endpoint=\"/cds-services/{id}\",method=\"POST\","
                            + "status=\"200\"} 2")
                    .contains("needlesafe_http_requests_seconds_count{endpoint=\"/cds-services/{id}\",method=\"POST\","
                            + "status=\"404\"} 1")
                    .contains("needlesafe_http_requests_seconds_count{endpoint=\"unmatched\",method=\"GET\","
                            + "status=\"404\"} 1")
                    .contains("needlesafe_assessments_total{decision=\"" + decision + "\"} 2.0")
                    .contains("needlesafe_store_errors_total{operation=\"audit\"} 0.0")
                    .contains("needlesafe_ruleset_info{hash=\"" + audit.get(0).rulesetHash() + "\",version=\""
                            + audit.get(0).rulesetVersion() + "\"} 1");
            // Raw paths and request data never become label values.
            assertThat(metrics).doesNotContain("no-such-service-42", "p-777", call.hookInstance,
                    CdsService.ORDER_SIGN.id());
        }
    }

    @Test
    void theRequestLogWritesMillisecondsWithOneDecimalAndAPointInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("es-ES"));
        try {
            assertThat(CdsHooksServer.tenths(1.84f)).isEqualTo("1.8");
            assertThat(CdsHooksServer.tenths(12.35f)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", 12.35f));
            assertThat(CdsHooksServer.tenths(0.04f)).isEqualTo("0.0");
            assertThat(CdsHooksServer.tenths(1234.96f)).isEqualTo("1235.0");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void anAssessmentThatCannotBeAuditedIsRefusedWith503() throws Exception {
        try (CdsHooksServer server = CdsHooksServer.builder(ServiceConfiguration.builder().build())
                .insecureDevMode(true)
                .auditSink(record -> {
                    throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
                })
                .build().start(0)) {
            HttpResponse<String> refused = post(server, TestService.SIGN, Fixtures.Call.clean().json());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(TestService.JSON.readTree(refused.body()).path("error").asText())
                    .isEqualTo("the audit trail cannot be written, so no answer is given; retry later");
            String metrics = get(server, "/metrics").body();
            assertThat(metrics).contains("needlesafe_store_errors_total{operation=\"audit\"} 1.0")
                    .doesNotContain("disk full")
                    .doesNotContainPattern("needlesafe_assessments_total\\{decision=\"\\w+\"} 1\\.0");
        }
    }

    private static HttpResponse<String> post(CdsHooksServer server, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(CdsHooksServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
