package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.audit.FileAuditSink;

/**
 * What the shared PostgreSQL audit store costs, measured in one run against the same service with no audit sink and
 * with the file sink: a single request's latency (p50, sequential calls) and throughput (8 client threads). On demand
 * only (excluded from the default build):
 * {@code mvn -B -pl cds-hooks -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=AuditStoreBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class AuditStoreBenchmarkTest {
    private static final int WARM_UP = 500;
    private static final int MEASURED = 2_000;
    private static final int BLOCK = 200;
    private static final int THREADS = 8;
    private static final int THROUGHPUT_CALLS = 2_000;
    private static final int ROUNDS = 2;
    private static final double TARGET_ADDED_P50_MS = 2.0;
    private static final double TARGET_THROUGHPUT_RATIO = 0.5;

    static {
        // The per-request log line goes to a pipe Maven reads when run under surefire: not what is measured here.
        System.setProperty("org.slf4j.simpleLogger.log.org.needlesafe.cdshooks", "warn");
    }

    @Test
    void thePostgresStoreStaysWithinItsTargets(@TempDir Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (SharedStore shared = new SharedStore();
             FileAuditSink file = FileAuditSink.open(dir.resolve("audit.jsonl"))) {
            Map<String, CdsHooksServer> servers = new LinkedHashMap<>();
            servers.put("no audit sink", CdsHooksServer.builder(shared.configuration().postgres(null).build())
                    .build().start(0));
            servers.put("file sink", CdsHooksServer.builder(shared.configuration().postgres(null).build())
                    .auditSink(file).build().start(0));
            servers.put("postgres store", CdsHooksServer.builder(shared.configuration().build()).build().start(0));
            try {
                String body = SharedStore.call("bench");
                Map<String, long[]> latencies = new LinkedHashMap<>();
                for (Map.Entry<String, CdsHooksServer> server : servers.entrySet()) {
                    send(http, shared, server.getValue(), body, signed(shared, WARM_UP));
                    latencies.put(server.getKey(), new long[MEASURED]);
                }
                // Interleaved blocks, so that a change in the machine's load falls on every variant alike.
                for (int block = 0; block < MEASURED / BLOCK; block++) {
                    for (Map.Entry<String, CdsHooksServer> server : servers.entrySet()) {
                        long[] nanos = send(http, shared, server.getValue(), body, signed(shared, BLOCK));
                        System.arraycopy(nanos, 0, latencies.get(server.getKey()), block * BLOCK, BLOCK);
                    }
                }
                Map<String, Double> p50 = new LinkedHashMap<>();
                latencies.forEach((name, nanos) -> {
                    Arrays.sort(nanos);
                    p50.put(name, ms(nanos[MEASURED / 2]));
                    System.out.printf("%-15s sequential, %d calls: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", name,
                            MEASURED, ms(nanos[MEASURED / 2]), ms(nanos[(int) (MEASURED * 0.9)]),
                            ms(nanos[(int) Math.ceil(MEASURED * 0.99) - 1]));
                });

                Map<String, long[]> throughput = new LinkedHashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (String name : List.of("file sink", "postgres store")) {
                        List<String> tokens = signed(shared, THROUGHPUT_CALLS);
                        long started = System.nanoTime();
                        int ok = load(http, servers.get(name), body, tokens);
                        long took = System.nanoTime() - started;
                        assertThat(ok).isEqualTo(THROUGHPUT_CALLS);
                        throughput.merge(name, new long[] {ok, took}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                    }
                }
                Map<String, Double> perSecond = new LinkedHashMap<>();
                throughput.forEach((name, total) -> {
                    perSecond.put(name, total[0] / (total[1] / 1e9));
                    System.out.printf("%-15s %d threads, %d calls: %.0f calls/s%n", name, THREADS, total[0],
                            perSecond.get(name));
                });

                double added = p50.get("postgres store") - p50.get("no audit sink");
                double ratio = perSecond.get("postgres store") / perSecond.get("file sink");
                System.out.printf("postgres store: p50 %+.2f ms over no audit sink (%+.2f ms over the file sink);"
                                + " throughput %.2f x the file sink's%n", added,
                        p50.get("postgres store") - p50.get("file sink"), ratio);
                assertThat(added).as("p50 added by the store, ms").isLessThanOrEqualTo(TARGET_ADDED_P50_MS);
                assertThat(ratio).as("throughput relative to the file sink").isGreaterThanOrEqualTo(
                        TARGET_THROUGHPUT_RATIO);
            } finally {
                servers.values().forEach(CdsHooksServer::close);
            }
        }
    }

    private static List<String> signed(SharedStore shared, int count) {
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(shared.token(SharedStore.SIGN));
        }
        return tokens;
    }

    private static HttpRequest request(CdsHooksServer server, String body, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + SharedStore.SIGN))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long[] send(HttpClient http, SharedStore shared, CdsHooksServer server, String body,
                               List<String> tokens) throws Exception {
        long[] nanos = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            HttpRequest request = request(server, body, tokens.get(i));
            long started = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            nanos[i] = System.nanoTime() - started;
            assertThat(status).isEqualTo(200);
        }
        return nanos;
    }

    private static int load(HttpClient http, CdsHooksServer server, String body, List<String> tokens)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(clients.submit(() -> {
                int ok = 0;
                for (int i = next.getAndIncrement(); i < tokens.size(); i = next.getAndIncrement()) {
                    if (http.send(request(server, body, tokens.get(i)), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> future : done) {
            ok += future.get();
        }
        clients.shutdown();
        return ok;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
