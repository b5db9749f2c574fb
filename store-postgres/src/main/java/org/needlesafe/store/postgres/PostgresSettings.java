package org.needlesafe.store.postgres;

import java.util.Objects;

/**
 * How to reach the shared database.
 *
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://db.internal:5432/needlesafe}
 * @param username the database role
 * @param password its password (withheld from {@link #toString()})
 * @param poolSize the most connections one replica holds
 */
public record PostgresSettings(String jdbcUrl, String username, String password, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 8;

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("postgres.jdbcUrl must start with jdbc:postgresql:, was '" + jdbcUrl
                    + "'");
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("postgres.poolSize must be from 1 to 200, was " + poolSize);
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", username=" + username + ", poolSize=" + poolSize + "]";
    }
}
