package org.needlesafe.cdshooks.security;

import java.time.Instant;
import org.needlesafe.cdshooks.ApiException;
import org.needlesafe.store.postgres.StoreUnavailableException;
import org.needlesafe.store.postgres.TokenUses;

/**
 * The {@code jti} values used at any replica, held in the shared PostgreSQL store. When the store cannot answer, the
 * request is refused with 503 (fail-closed: a token is never accepted unchecked) and {@code onError} is told.
 */
public final class SharedReplayCache implements ReplayCache {
    private final TokenUses uses;
    private final Runnable onError;

    public SharedReplayCache(TokenUses uses, Runnable onError) {
        this.uses = uses;
        this.onError = onError;
    }

    @Override
    public boolean firstUse(String id, Instant keepUntil, Instant now) {
        try {
            return uses.firstUse(id, keepUntil, now);
        } catch (StoreUnavailableException e) {
            onError.run();
            throw new ApiException(503, "the token replay check is unavailable (audit store unreachable); retry"
                    + " later");
        }
    }
}
