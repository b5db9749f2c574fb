package org.needlesafe.cdshooks.security;

import java.time.Instant;

/**
 * The {@code jti} values already used: in this process ({@link InMemoryReplayCache}) or shared by every replica
 * ({@link SharedReplayCache}). Implementations are thread-safe and fail closed: when they cannot tell, they throw.
 */
public interface ReplayCache {
    /**
     * Records a token id.
     *
     * @param id        the token's id, qualified by its issuer
     * @param keepUntil when the token can no longer be accepted anyway
     * @param now       the current time
     * @return {@code false} when the id was seen before (a replay)
     */
    boolean firstUse(String id, Instant keepUntil, Instant now);
}
