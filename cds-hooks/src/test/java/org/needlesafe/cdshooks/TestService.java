package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.cdshooks.security.TrustedClient;

/**
 * The service running on loopback for a test class, with a test EHR: its keys served as a JWK Set by a loopback
 * server (the {@code jku}), and an in-memory audit sink. Every JSON response is checked for empty values.
 */
final class TestService implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final SafetyAdvisor ADVISOR = SafetyAdvisor.builder().build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SIGN = "/cds-services/" + CdsService.ORDER_SIGN.id();
    static final String SELECT = "/cds-services/" + CdsService.ORDER_SELECT.id();

    final Tokens tokens = new Tokens();
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final URI jku;
    final CdsHooksServer server;
    private final HttpServer jwks;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A response, its body parsed when there is one. */
    record Response(int status, String body, JsonNode json, HttpHeaders headers) {
    }

    private TestService(Consumer<ServiceConfiguration.Builder> configure, boolean configuredAudit) throws IOException {
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] keys = tokens.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        jwks.start();
        jku = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
        int port = freePort();
        ServiceConfiguration.Builder configuration = ServiceConfiguration.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .host("127.0.0.1")
                .timeZone(ZoneOffset.UTC)
                .jurisdiction("US-CA")
                .sourceUrl("https://needlesafe.org/rules")
                .client(new TrustedClient("test-ehr", Tokens.ISSUER, Set.of(jku.toString()), null, List.of()));
        configure.accept(configuration);
        CdsHooksServer.Builder builder = CdsHooksServer.builder(configuration.build()).advisor(ADVISOR).clock(CLOCK);
        if (!configuredAudit) {
            builder.auditSink(audit::add);
        }
        server = builder.build().start(port);
    }

    static TestService start() {
        return start(configuration -> { });
    }

    static TestService start(Consumer<ServiceConfiguration.Builder> configure) {
        return start(configure, false);
    }

    /** The service with the audit destination of its configuration ({@code auditFile}), not the in-memory list. */
    static TestService withConfiguredAudit(Consumer<ServiceConfiguration.Builder> configure) {
        return start(configure, true);
    }

    private static TestService start(Consumer<ServiceConfiguration.Builder> configure, boolean configuredAudit) {
        try {
            return new TestService(configure, configuredAudit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    /** A valid token for the endpoint; change it to make it invalid. */
    Tokens.Token token(String path) {
        return tokens.token(jku, url(path), NOW);
    }

    Response get(String path) {
        return send(request(path).GET(), token(path).sign());
    }

    Response post(String path, String body) {
        return post(path, body, token(path).sign());
    }

    Response post(String path, String body, String jwt) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), jwt);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    /** Sends with the JWT (none when {@code null}); checks every JSON body for empty values. */
    Response send(HttpRequest.Builder request, String jwt) {
        if (jwt != null) {
            request.header("Authorization", "Bearer " + jwt);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (!response.body().isEmpty()) {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/json"));
                json = JSON.readTree(response.body());
                JsonChecks.assertNoEmptyValues(json);
            }
            return new Response(response.statusCode(), response.body(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        jwks.stop(0);
    }
}
