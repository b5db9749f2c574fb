package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two replicas of the service on two loopback ports sharing one PostgreSQL database, as behind a load balancer. */
class ReplicasTest {
    private static SharedStore shared;
    private static CdsHooksServer replicaA;
    private static CdsHooksServer replicaB;

    @BeforeAll
    static void start() {
        shared = new SharedStore();
        replicaA = CdsHooksServer.builder(shared.configuration().build()).build().start(0);
        replicaB = CdsHooksServer.builder(shared.configuration().build()).build().start(0);
    }

    @AfterAll
    static void stop() {
        replicaA.close();
        replicaB.close();
        shared.close();
    }

    @Test
    void aTokenUsedAtOneReplicaIsRefusedByTheOther() throws Exception {
        String token = shared.token(SharedStore.SIGN);
        String call = SharedStore.call("replay-1");

        assertThat(shared.post(replicaA.port(), SharedStore.SIGN, call, token).status()).isEqualTo(200);

        SharedStore.Response replayed = shared.post(replicaB.port(), SharedStore.SIGN, call, token);
        assertThat(replayed.status()).isEqualTo(401);
        // The caller is told only that the token was not accepted; the reason (replayed) goes to the log.
        assertThat(replayed.json().path("error").asText()).isEqualTo(CdsHooksServer.UNAUTHORIZED);
        assertThat(shared.post(replicaA.port(), SharedStore.SIGN, call, token).status()).isEqualTo(401);
        // A fresh token is welcome at either.
        assertThat(shared.post(replicaB.port(), SharedStore.SIGN, call, shared.token(SharedStore.SIGN)).status())
                .isEqualTo(200);
    }

    @Test
    void loadOnBothReplicasLeavesExactlyOneWholeRowPerAssessment() throws Exception {
        shared.execute("TRUNCATE audit_record");
        int perReplica = 2_000;
        int threadsPerReplica = 4;
        ExecutorService clients = Executors.newFixedThreadPool(2 * threadsPerReplica);
        List<Future<Integer>> answered = new ArrayList<>();
        for (CdsHooksServer replica : List.of(replicaA, replicaB)) {
            for (int t = 0; t < threadsPerReplica; t++) {
                String prefix = replica.port() + "-" + t + "-";
                answered.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < perReplica / threadsPerReplica; i++) {
                        SharedStore.Response response = shared.post(replica.port(), SharedStore.SIGN,
                                SharedStore.call(prefix + i), shared.token(SharedStore.SIGN));
                        if (response.status() == 200 && response.json().path("cards").size() == 1) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
        }
        int total = 0;
        for (Future<Integer> future : answered) {
            total += future.get();
        }
        clients.shutdown();
        assertThat(total).isEqualTo(2 * perReplica);

        List<String[]> rows = shared.auditRows("ASSESSMENT");
        assertThat(rows).hasSize(2 * perReplica);
        assertThat(shared.auditRows("CDS_CARD")).as("one card record per assessment").hasSize(2 * perReplica);
        Set<String> cases = new HashSet<>();
        for (String[] row : rows) {
            JsonNode record = TestService.JSON.readTree(row[3]);
            assertThat(record.path("event").asText()).isEqualTo("ASSESSMENT").isEqualTo(row[0]);
            assertThat(record.path("decision").asText()).isEqualTo(row[1]);
            assertThat(record.path("caseIdHash").asText()).isEqualTo(row[2]);
            assertThat(record.path("firedRules").isArray()).isTrue();
            cases.add(row[2]);
        }
        assertThat(cases).as("one row per case: none duplicated").hasSize(2 * perReplica);
    }

    @Test
    void aReplicaKilledMidLoadLosesNoAssessmentItAnswered(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("replica.properties"), shared.configurationFile());
        int port = TestService.freePort();
        Process replica = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CdsHooksMain.class.getName(),
                "--port", Integer.toString(port), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("replica.log").toFile()).start();
        try {
            awaitReady(replica, port, dir);
            shared.execute("TRUNCATE audit_record");
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger cutOff = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                String prefix = "killed-" + t + "-";
                clients.submit(() -> {
                    for (int i = 0; ; i++) {
                        try {
                            SharedStore.Response response = shared.post(port, SharedStore.SIGN,
                                    SharedStore.call(prefix + i), shared.token(SharedStore.SIGN));
                            if (response.status() == 200) {
                                answered.incrementAndGet();
                            }
                        } catch (IOException e) {
                            cutOff.incrementAndGet();
                            if (killed.get()) {
                                return null;
                            }
                        }
                    }
                });
            }
            while (answered.get() < 300 && replica.isAlive()) {
                Thread.sleep(5);
            }
            replica.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            killed.set(true);
            assertThat(replica.waitFor(30, TimeUnit.SECONDS)).isTrue();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(cutOff.get()).as("requests cut off by the kill").isPositive();
            List<String[]> rows = shared.auditRows("ASSESSMENT");
            // Every answer was committed before it was sent; a request cut off may have been recorded unanswered.
            assertThat(rows.size()).isGreaterThanOrEqualTo(answered.get()).isLessThanOrEqualTo(answered.get() + 4);
            for (String[] row : rows) {
                assertThat(TestService.JSON.readTree(row[3]).path("caseIdHash").asText()).isEqualTo(row[2]);
            }
        } finally {
            replica.destroyForcibly();
        }
    }

    private static void awaitReady(Process replica, int port, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!replica.isAlive()) {
                throw new AssertionError("the replica exited: " + Files.readString(dir.resolve("replica.log")));
            }
            try {
                if (shared.get(port, "/readyz").status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the replica did not become ready: " + Files.readString(dir.resolve("replica.log")));
    }
}
