package org.needlesafe.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL server for a test class, started from the binaries on the test class path. */
final class Database implements AutoCloseable {
    final EmbeddedPostgres postgres;

    Database() {
        try {
            // The embedded server's default turns synchronous commit off; a production database has it on, and the
            // durability (and cost) of "committed before the answer" depends on it.
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PostgresSettings settings(int poolSize) {
        return new PostgresSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", poolSize);
    }

    /** Runs SQL as the superuser, outside any store. */
    void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
