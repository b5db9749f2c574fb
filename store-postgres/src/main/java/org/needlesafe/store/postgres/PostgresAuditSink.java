package org.needlesafe.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.AuditSink;

/**
 * Writes each audit record as one row, committed before {@link #record} returns (the connection auto-commits and
 * PostgreSQL's synchronous commit waits for the write-ahead log to reach the disk): the same guarantee as the file
 * sink. The row keeps the record exactly as the file sink writes it, beside the columns one queries by. A record that
 * cannot be written throws, so that its assessment is never returned.
 */
public final class PostgresAuditSink implements AuditSink {
    private static final String INSERT = "INSERT INTO audit_record (recorded_at, event, case_id_hash, ruleset_version,"
            + " ruleset_hash, decision, fired_rules, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    PostgresAuditSink(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @throws StoreUnavailableException when the row could not be committed
     */
    @Override
    public void record(AuditRecord record) {
        String json = record.toJson();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, Sql.timestamp(record.timestamp()));
            insert.setString(2, record.event());
            insert.setString(3, record.caseIdHash());
            insert.setString(4, record.rulesetVersion());
            insert.setString(5, record.rulesetHash());
            insert.setString(6, record.decision());
            insert.setArray(7, connection.createArrayOf("text", record.firedRules().toArray()));
            insert.setString(8, json);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreUnavailableException("audit record not written: " + e.getMessage(), e);
        }
    }
}
