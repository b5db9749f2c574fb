package org.needlesafe.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.needlesafe.audit.AuditRecord;

class PostgresAuditSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;
    private static PostgresStore store;

    @BeforeAll
    static void start() {
        database = new Database();
        store = PostgresStore.open(database.settings(4));
    }

    @AfterAll
    static void stop() {
        store.close();
        database.close();
    }

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE audit_record");
    }

    static AuditRecord assessment(String caseIdHash, String decision, List<String> fired) {
        Map<String, BigDecimal> configuration = new LinkedHashMap<>();
        configuration.put("periorbitalMaxDepthMm", new BigDecimal("0.5"));
        return new AuditRecord(Instant.parse("2026-11-25T09:30:00.123456Z"), "ASSESSMENT", caseIdHash, "1.0.0",
                "2576cecb", configuration, fired, decision, Map.of("jurisdictionProfile", "US-CA"));
    }

    @Test
    void oneRowPerRecordWithTheFileSinksLineAndTheQueryColumns() throws Exception {
        AuditRecord record = assessment("9719f832a613035cbea21ce80ecddded", "DEFER",
                List.of("MN-C01-ACTIVE-INFECTION", "MN-S01"));
        store.auditSink().record(record);

        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("event", "ASSESSMENT").containsEntry("case_id_hash",
                        "9719f832a613035cbea21ce80ecddded").containsEntry("ruleset_version", "1.0.0")
                .containsEntry("ruleset_hash", "2576cecb").containsEntry("decision", "DEFER")
                .containsEntry("fired_rules", List.of("MN-C01-ACTIVE-INFECTION", "MN-S01"))
                .containsEntry("recorded_at", Instant.parse("2026-11-25T09:30:00.123456Z"))
                .containsEntry("record", record.toJson());
        JsonNode json = JSON.readTree((String) row.get("record"));
        assertThat(json.path("configuration").path("periorbitalMaxDepthMm").decimalValue())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void aFeedbackRecordWithoutDecisionOrHashAndWithAnyClientTextIsStored() throws Exception {
        // Text a client sent (a card id) may hold NUL, lone surrogates and quotes: stored escaped, never refused.
        String card = "c\u0000\ud800\"'; DROP TABLE audit_record; --";
        AuditRecord feedback = new AuditRecord(Instant.now(), "CDS_FEEDBACK", null, "1.0.0", null, Map.of(),
                List.of(), null, Map.of("card", card, "outcome", "overridden"));
        store.auditSink().record(feedback);

        Map<String, Object> row = rows().get(0);
        assertThat(row.get("decision")).isNull();
        assertThat(row.get("case_id_hash")).isNull();
        assertThat(row.get("fired_rules")).isEqualTo(List.of());
        assertThat(JSON.readTree((String) row.get("record")).path("details").path("card").asText()).isEqualTo(card);
    }

    @Test
    void concurrentWritersLeaveExactlyOneWholeRowEach() throws Exception {
        int threads = 8;
        int each = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    store.auditSink().record(assessment(thread + "-" + i, "PROCEED", List.of("MN-" + i)));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        List<Map<String, Object>> rows = rows();
        assertThat(rows).hasSize(threads * each);
        Set<String> hashes = new HashSet<>();
        for (Map<String, Object> row : rows) {
            JsonNode json = JSON.readTree((String) row.get("record"));
            assertThat(json.path("caseIdHash").asText()).isEqualTo(row.get("case_id_hash"));
            hashes.add((String) row.get("case_id_hash"));
        }
        assertThat(hashes).hasSize(threads * each);
    }

    @Test
    void aRecordThatCannotBeWrittenThrows() {
        try (Database other = new Database(); PostgresStore lost = PostgresStore.open(other.settings(2))) {
            other.close();

            assertThat(lost.reachable()).isFalse();
            assertThatThrownBy(() -> lost.auditSink().record(assessment("h", "PROCEED", List.of())))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("audit record not written");
        }
    }

    @Test
    void aStoreThatCannotConnectSaysWhere() {
        PostgresSettings nowhere = new PostgresSettings("jdbc:postgresql://127.0.0.1:1/none", "u", "p", 1);
        assertThatThrownBy(() -> PostgresStore.open(nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/none");
    }

    static List<Map<String, Object>> rows() throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = database.postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM audit_record ORDER BY id")) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("recorded_at", result.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant());
                for (String column : List.of("event", "case_id_hash", "ruleset_version", "ruleset_hash", "decision",
                        "record")) {
                    row.put(column, result.getString(column));
                }
                Array fired = result.getArray("fired_rules");
                row.put("fired_rules", List.of((Object[]) fired.getArray()));
                rows.add(row);
            }
        }
        return rows;
    }
}
