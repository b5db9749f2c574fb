package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Fail-closed: when the shared store cannot write or answer, no decision goes out and the replica is not ready. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreDownTest {
    private static SharedStore shared;
    private static CdsHooksServer replica;

    @BeforeAll
    static void start() {
        shared = new SharedStore();
        replica = CdsHooksServer.builder(shared.configuration().build()).build().start(0);
    }

    @AfterAll
    static void stop() {
        replica.close();
        shared.close();
    }

    @Test
    @Order(1)
    void anAssessmentWhoseAuditRecordCannotBeWrittenIsNotReturned() throws Exception {
        assertThat(post().status()).isEqualTo(200);

        shared.execute("ALTER TABLE audit_record RENAME TO audit_record_away");
        try {
            SharedStore.Response refused = post();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().path("error").asText())
                    .isEqualTo("the audit trail cannot be written, so no answer is given; retry later");
            assertThat(refused.json().has("cards")).isFalse();
            assertThat(shared.getText(replica.port(), "/metrics"))
                    .contains("needlesafe_store_errors_total{operation=\"audit\"} 1.0");
        } finally {
            shared.execute("ALTER TABLE audit_record_away RENAME TO audit_record");
        }
        assertThat(post().status()).isEqualTo(200);
        assertThat(shared.auditRows()).hasSize(2);
    }

    @Test
    @Order(2)
    void aStoppedDatabaseMakesTheReplicaUnreadyAndEveryCallAnswer503() throws Exception {
        SharedStore.Response ready = shared.get(replica.port(), "/readyz");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("auditStore").asText()).isEqualTo("postgres reachable");

        shared.postgres.close();

        SharedStore.Response unready = shared.get(replica.port(), "/readyz");
        assertThat(unready.status()).isEqualTo(503);
        assertThat(unready.json().path("status").asText()).isEqualTo("not ready");
        assertThat(unready.json().path("auditStore").asText()).isEqualTo("postgres unreachable");
        assertThat(shared.get(replica.port(), "/healthz").status()).as("alive all the same").isEqualTo(200);

        SharedStore.Response refused = post();
        assertThat(refused.status()).isEqualTo(503);
        // The token cannot be checked for replay first: refused, never let through unchecked.
        assertThat(refused.json().path("error").asText()).contains("token replay check is unavailable");
        assertThat(shared.getText(replica.port(), "/metrics"))
                .contains("needlesafe_store_errors_total{operation=\"token_check\"} 1.0");
    }

    private static SharedStore.Response post() throws Exception {
        return shared.post(replica.port(), SharedStore.SIGN, SharedStore.call("down-" + System.nanoTime()),
                shared.token(SharedStore.SIGN));
    }
}
