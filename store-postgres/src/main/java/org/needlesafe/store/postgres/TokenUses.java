package org.needlesafe.store.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JWT ids ({@code jti}) already used, shared by every replica: the first use of an id inserts a row on a unique
 * key, so a second use, by any replica, finds it and is refused until the token has expired. Expired rows are swept
 * away at most once a minute per replica. When the database cannot answer, {@link #firstUse} throws: a token is
 * never accepted unchecked.
 */
public final class TokenUses {
    private static final Logger LOG = LoggerFactory.getLogger(TokenUses.class);
    /** Inserts the id; an existing row is taken over only when it has expired. One row changed = first use. */
    private static final String CLAIM = "INSERT INTO token_use (token_hash, expires_at) VALUES (?, ?)"
            + " ON CONFLICT (token_hash) DO UPDATE SET expires_at = EXCLUDED.expires_at"
            + " WHERE token_use.expires_at < ?";
    private static final String SWEEP = "DELETE FROM token_use WHERE expires_at < ?";
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    TokenUses(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the use of a token id.
     *
     * @param id        the token's id, qualified by its issuer
     * @param keepUntil when the token can no longer be accepted anyway (its expiry plus the clock skew)
     * @param now       the current time, by the caller's clock
     * @return {@code false} when the id was used before and has not expired: a replay
     * @throws StoreUnavailableException when the database cannot say
     */
    public boolean firstUse(String id, Instant keepUntil, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            sweepIfDue(connection, now);
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setBytes(1, sha256(id));
                claim.setObject(2, Sql.timestamp(keepUntil));
                claim.setObject(3, Sql.timestamp(now));
                return claim.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("token use not checked: " + e.getMessage(), e);
        }
    }

    /** Deletes the rows of tokens expired before {@code now}; returns how many. */
    public int forgetExpired(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return sweep(connection, now);
        } catch (SQLException e) {
            throw new StoreUnavailableException("expired token uses not deleted: " + e.getMessage(), e);
        }
    }

    private void sweepIfDue(Connection connection, Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(SWEEP_INTERVAL).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        try {
            int deleted = sweep(connection, now);
            LOG.debug("forgot {} expired token use(s)", deleted);
        } catch (SQLException e) {
            // The claim that follows decides; housekeeping is tried again at the next interval.
            LOG.warn("expired token uses not deleted: {}", e.getMessage());
        }
    }

    private static int sweep(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(SWEEP)) {
            delete.setObject(1, Sql.timestamp(now));
            return delete.executeUpdate();
        }
    }

    private static byte[] sha256(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
