package org.needlesafe.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The shared store of several service replicas: a connection pool (HikariCP) to one PostgreSQL database whose schema
 * is brought up to date (Flyway) when the store opens. Replicas starting together are safe: Flyway serialises the
 * migration on a database lock. Thread-safe; close it to release the pool.
 */
public final class PostgresStore implements AutoCloseable {
    /** How long a request waits for a connection before the store counts as down. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final PostgresAuditSink auditSink;
    private final TokenUses tokenUses;

    private PostgresStore(HikariDataSource pool) {
        this.pool = pool;
        this.auditSink = new PostgresAuditSink(pool);
        this.tokenUses = new TokenUses(pool);
    }

    /**
     * Connects and migrates the schema.
     *
     * @throws StoreUnavailableException when the database cannot be reached or migrated
     */
    public static PostgresStore open(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("needlesafe-store");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(true);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        // A statement on a connection whose server went away must fail, not hang the request.
        config.addDataSourceProperty("socketTimeout", "10");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("ApplicationName", "needlesafe");
        try {
            migrate(settings);
        } catch (FlywayException e) {
            throw new StoreUnavailableException("cannot migrate the schema at " + settings.jdbcUrl() + ": "
                    + rootMessage(e), e);
        }
        try {
            return new PostgresStore(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    /** Flyway holds a lock on a connection of its own while it migrates on another: it gets them outside the pool. */
    private static void migrate(PostgresSettings settings) {
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.username(), settings.password())
                .locations("classpath:db/migration/needlesafe")
                .table("needlesafe_schema_history")
                .connectRetries(0)
                .load()
                .migrate();
    }

    /** The audit trail: assessments and feedback. */
    public PostgresAuditSink auditSink() {
        return auditSink;
    }

    /** The JWT ids already used, by every replica. */
    public TokenUses tokenUses() {
        return tokenUses;
    }

    /** Whether a connection can be had and answers within a second. */
    public boolean reachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
