package org.needlesafe.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registered caller of the JSON API: a name for the logs and the SHA-256 of its API key. Only the hash is kept in
 * the configuration, so a copy of the configuration file does not let anyone call the API.
 *
 * @param name      for logs and audit, never a secret
 * @param keySha256 the key's SHA-256, 64 lower-case hex digits
 */
public record ApiClient(String name, String keySha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ApiClient {
        Objects.requireNonNull(name, "name");
        if (keySha256 == null || !SHA256.matcher(keySha256).matches()) {
            throw new IllegalArgumentException("keySha256 must be 64 lower-case hex digits (the SHA-256 of the key)");
        }
    }

    /** Whether the key presented is this client's, compared in constant time. */
    boolean holds(String key) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(keySha256), sha256(key));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
