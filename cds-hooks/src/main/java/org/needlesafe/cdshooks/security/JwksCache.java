package org.needlesafe.cdshooks.security;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public JWK Sets fetched from allow-listed {@code jku} URLs, kept for a while. A key id the cached set lacks
 * triggers a new fetch (the client may have rotated its keys), at most once per {@link #MIN_REFETCH}.
 */
final class JwksCache {
    static final Duration MIN_REFETCH = Duration.ofSeconds(10);
    private static final int MAX_BYTES = 256 * 1024;

    private final HttpClient http;
    private final Clock clock;
    private final Duration keep;
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(JWKSet keys, Instant fetched) {
    }

    JwksCache(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JWKSet keys(URI jku, String keyId) {
        Instant now = clock.instant();
        Entry entry = entries.get(jku);
        boolean fresh = entry != null && entry.fetched().plus(keep).isAfter(now);
        boolean knowsKey = entry != null && entry.keys().getKeyByKeyId(keyId) != null;
        if (fresh && knowsKey) {
            return entry.keys();
        }
        synchronized (this) {
            entry = entries.get(jku);
            if (entry == null || entry.fetched().plus(MIN_REFETCH).isBefore(now)
                    || !entry.fetched().plus(keep).isAfter(now)) {
                entry = new Entry(fetch(jku), now);
                entries.put(jku, entry);
            }
            return entry.keys();
        }
    }

    private JWKSet fetch(URI jku) {
        if (!Urls.secureOrLoopback(jku)) {
            throw new AuthenticationException("jku must be https");
        }
        HttpRequest request = HttpRequest.newBuilder(jku).timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new AuthenticationException("cannot fetch the JWK Set from jku: HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new AuthenticationException("the JWK Set at jku is too large");
                }
                return JWKSet.parse(new String(bytes, StandardCharsets.UTF_8)).toPublicJWKSet();
            }
        } catch (IOException | ParseException e) {
            throw new AuthenticationException("cannot fetch the JWK Set from jku");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("interrupted while fetching the JWK Set");
        }
    }
}
