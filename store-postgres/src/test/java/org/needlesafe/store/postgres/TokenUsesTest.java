package org.needlesafe.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenUsesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(180);
    private static Database database;
    /** Two replicas: each its own pool on the one database. */
    private static PostgresStore replicaA;
    private static PostgresStore replicaB;

    @BeforeAll
    static void start() {
        database = new Database();
        replicaA = PostgresStore.open(database.settings(2));
        replicaB = PostgresStore.open(database.settings(2));
    }

    @AfterAll
    static void stop() {
        replicaA.close();
        replicaB.close();
        database.close();
    }

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE token_use");
    }

    @Test
    void anIdIsAcceptedOnceByAnyReplica() {
        assertThat(replicaA.tokenUses().firstUse("iss\njti-1", EXPIRES, NOW)).isTrue();

        assertThat(replicaA.tokenUses().firstUse("iss\njti-1", EXPIRES, NOW)).isFalse();
        assertThat(replicaB.tokenUses().firstUse("iss\njti-1", EXPIRES, NOW.plusSeconds(179))).isFalse();
        assertThat(replicaB.tokenUses().firstUse("iss\njti-2", EXPIRES, NOW)).isTrue();
        assertThat(replicaB.tokenUses().firstUse("other-iss\njti-1", EXPIRES, NOW)).isTrue();
    }

    @Test
    void anExpiredUseIsForgotten() {
        assertThat(replicaA.tokenUses().firstUse("iss\njti-1", EXPIRES, NOW)).isTrue();

        // Past its expiry the token itself is refused; its id may come back on a new token.
        assertThat(replicaB.tokenUses().firstUse("iss\njti-1", EXPIRES.plusSeconds(300), EXPIRES.plusSeconds(1)))
                .isTrue();
        assertThat(replicaA.tokenUses().firstUse("iss\njti-1", EXPIRES.plusSeconds(300), EXPIRES.plusSeconds(2)))
                .isFalse();
    }

    @Test
    void housekeepingDeletesOnlyExpiredUses() {
        replicaA.tokenUses().firstUse("iss\nold", NOW.plusSeconds(10), NOW);
        replicaA.tokenUses().firstUse("iss\nlive", NOW.plusSeconds(600), NOW);

        assertThat(replicaA.tokenUses().forgetExpired(NOW.plusSeconds(60))).isEqualTo(1);
        assertThat(replicaB.tokenUses().firstUse("iss\nlive", NOW.plusSeconds(600), NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void concurrentUsesOfOneIdAcceptExactlyOne() throws Exception {
        int attempts = 16;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            PostgresStore replica = i % 2 == 0 ? replicaA : replicaB;
            results.add(pool.submit(() -> {
                go.await();
                return replica.tokenUses().firstUse("iss\nraced", EXPIRES, NOW);
            }));
        }
        go.countDown();
        int accepted = 0;
        for (java.util.concurrent.Future<Boolean> result : results) {
            accepted += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
    }

    @Test
    void aStoreThatIsDownNeverAccepts() {
        try (Database other = new Database(); PostgresStore lost = PostgresStore.open(other.settings(1))) {
            other.close();
            assertThatThrownBy(() -> lost.tokenUses().firstUse("iss\njti-1", EXPIRES, NOW))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("token use not checked");
        }
    }
}
