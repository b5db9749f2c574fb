package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.needlesafe.cdshooks.security.TrustedClient;
import org.needlesafe.store.postgres.PostgresSettings;

/**
 * What several replicas of the service share in a test: a real PostgreSQL server, the test EHR (its keys served as a
 * JWK Set on loopback) and the public URL a load balancer would answer on. Replicas listen on their own loopback
 * ports; the test plays the load balancer by choosing the port.
 */
final class SharedStore implements AutoCloseable {
    static final String SIGN = "/cds-services/" + CdsService.ORDER_SIGN.id();
    /** A hook call whose order id is {@code ORDER}: replaced to make each call a case of its own. */
    static final String CALL_TEMPLATE = new Fixtures.Call(Fixtures.order("ORDER", Fixtures.CHEEK, "1.0"),
            Fixtures.checklist("ORDER")).json();

    final EmbeddedPostgres postgres;
    final Tokens tokens = new Tokens();
    final URI jku;
    /** The URL the EHR calls (the load balancer's): every replica's baseUrl, so a token fits any replica. */
    final String publicUrl = "http://127.0.0.1:" + TestService.freePort();
    private final HttpServer jwks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, JsonNode json) {
    }

    SharedStore() {
        try {
            // The embedded server's default turns synchronous commit off; a production database has it on, and the
            // durability (and cost) of "committed before the answer" depends on it.
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A replica's configuration: the shared store, the test EHR, the public URL. */
    ServiceConfiguration.Builder configuration() {
        return ServiceConfiguration.builder()
                .baseUrl(publicUrl)
                .host("127.0.0.1")
                .timeZone(ZoneOffset.UTC)
                .jurisdiction("US-CA")
                .client(new TrustedClient("test-ehr", Tokens.ISSUER, Set.of(jku.toString()), null, List.of()))
                .postgres(new PostgresSettings(jdbcUrl(), "postgres", "unused", 8));
    }

    /** The same settings as a configuration file, for a replica in a process of its own. */
    String configurationFile() {
        return String.join("\n",
                "baseUrl = " + publicUrl,
                "host = 127.0.0.1",
                "jurisdiction = US-CA",
                "timeZone = UTC",
                "client.ehr.iss = " + Tokens.ISSUER,
                "client.ehr.jku = " + jku,
                "auditStore = postgres",
                "postgres.jdbcUrl = " + jdbcUrl(),
                "postgres.username = postgres",
                "postgres.password = unused",
                "postgres.poolSize = 4",
                "");
    }

    /** An RS384 token for the endpoint, valid now (cheap to verify, so the load measures the service). */
    String token(String path) {
        return tokens.token(jku, publicUrl + path, Instant.now()).rs384().sign();
    }

    static String call(String orderId) {
        return CALL_TEMPLATE.replace("ORDER", orderId);
    }

    Response post(int port, String path, String body, String jwt) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + jwt)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body().isEmpty() ? null
                : TestService.JSON.readTree(response.body()));
    }

    Response get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), path.equals("/metrics") ? null
                : TestService.JSON.readTree(response.body()));
    }

    String getText(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every audit row: its event, decision, case hash and the record's JSON text. */
    List<String[]> auditRows() {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT event, decision, case_id_hash, record FROM audit_record ORDER BY id")) {
            while (result.next()) {
                rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Override
    public void close() {
        jwks.stop(0);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
