package org.needlesafe.cdshooks.security;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code jti} values seen by this process, each kept until its token could no longer be accepted anyway: for a
 * single replica. Bounded: when it is full of tokens that are all still valid, new tokens are refused rather than
 * forgetting an old one (which would let it be replayed).
 */
public final class InMemoryReplayCache implements ReplayCache {
    private final int capacity;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public InMemoryReplayCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replayCacheSize must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * {@inheritDoc}
     *
     * @throws AuthenticationException when the cache is full of live entries
     */
    @Override
    public synchronized boolean firstUse(String id, Instant keepUntil, Instant now) {
        forgetExpired(now, false);
        if (seen.containsKey(id)) {
            return false;
        }
        if (seen.size() >= capacity) {
            forgetExpired(now, true);
            if (seen.size() >= capacity) {
                throw new AuthenticationException("too many live tokens to check for replay; retry shortly");
            }
        }
        seen.put(id, keepUntil);
        return true;
    }

    synchronized int size() {
        return seen.size();
    }

    /** Drops expired entries: from the oldest until a live one, or (everywhere) all of them. */
    private void forgetExpired(Instant now, boolean everywhere) {
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().isBefore(now)) {
                entries.remove();
            } else if (!everywhere) {
                return;
            }
        }
    }
}
