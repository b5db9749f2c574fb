package org.needlesafe.cdshooks.smart;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The app's server-side sessions, one per launch, keyed by a random id that the browser holds in an HttpOnly cookie.
 * The access token, the PKCE verifier and every answer stay here: nothing of them reaches the browser's storage or a
 * URL. Sessions end after a fixed time; when the store is full the oldest goes first.
 */
final class LaunchSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final int MAX_SESSIONS = 10_000;

    private final Map<String, LaunchSession> sessions = new LinkedHashMap<>();
    private final Clock clock;

    LaunchSessions(Clock clock) {
        this.clock = clock;
    }

    /** 256 random bits, URL-safe: session ids, {@code state}, PKCE verifiers and form tokens. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    synchronized String create(LaunchSession session) {
        expire();
        if (sessions.size() >= MAX_SESSIONS) {
            Iterator<String> oldest = sessions.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String id = random();
        sessions.put(id, session);
        return id;
    }

    synchronized Optional<LaunchSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        expire();
        return Optional.ofNullable(sessions.get(id));
    }

    synchronized void end(String id) {
        sessions.remove(id);
    }

    private void expire() {
        Instant oldest = clock.instant().minus(LIFETIME);
        sessions.values().removeIf(session -> session.started().isBefore(oldest));
    }
}
