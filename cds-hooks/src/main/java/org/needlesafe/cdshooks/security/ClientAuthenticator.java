package org.needlesafe.cdshooks.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Authenticates a CDS client by the JWT in its {@code Authorization: Bearer} header, as CDS Hooks 2.0 ("Trusting
 * CDS Clients") asks: signed with ES384 or RS384 only (never {@code none} or an HMAC), by a key of an allow-listed
 * issuer (from an allow-listed {@code jku}, or configured), for this endpoint ({@code aud}), current ({@code exp},
 * {@code iat} with a small clock skew, a bounded lifetime) and used once ({@code jti}). Thread-safe.
 */
public final class ClientAuthenticator {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384);
    private static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final int MIN_RSA_BITS = 2048;
    /**
     * Verifying needs no constant-time arithmetic (nothing secret is involved): Bouncy Castle's P-384 verifies in
     * about a third of the JDK's time, which is most of a call's latency. Used as a provider object, not installed.
     */
    private static final Provider ECDSA_PROVIDER = new BouncyCastleProvider();
    /** Verifiers kept, by key: far more than the trusted clients have keys, bounded because a set may rotate. */
    private static final int MAX_VERIFIERS = 256;

    private final Map<String, TrustedClient> clientsByIssuer = new HashMap<>();
    /**
     * A verifier per public key, built once: building one converts the key, which for P-384 cost more than the
     * verification, and Bouncy Castle keeps its precomputed multiples of the key's point with its own key object.
     * Keyed by the whole JWK, so a rotated key under the same kid gets a verifier of its own.
     */
    private final Map<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();
    private final JwksCache jwks;
    private final ReplayCache replay;
    private final Clock clock;
    private final Duration skew;
    private final Duration maxLifetime;

    public ClientAuthenticator(Collection<TrustedClient> clients, Clock clock, Duration skew, Duration maxLifetime,
                               int replayCacheSize, Duration jwksCacheTime) {
        this(clients, clock, skew, maxLifetime, new InMemoryReplayCache(replayCacheSize), jwksCacheTime);
    }

    public ClientAuthenticator(Collection<TrustedClient> clients, Clock clock, Duration skew, Duration maxLifetime,
                               ReplayCache replay, Duration jwksCacheTime) {
        for (TrustedClient client : clients) {
            if (clientsByIssuer.put(client.issuer(), client) != null) {
                throw new IllegalArgumentException("client." + client.name() + ".iss: issuer " + client.issuer()
                        + " is configured twice");
            }
        }
        this.clock = clock;
        this.skew = skew;
        this.maxLifetime = maxLifetime;
        this.replay = replay;
        this.jwks = new JwksCache(clock, jwksCacheTime);
    }

    /**
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param audiences     the endpoint URLs this request may be addressed to
     * @throws AuthenticationException when the token is missing or not acceptable
     */
    public TrustedClient authenticate(String authorization, Set<String> audiences) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthenticationException("an Authorization: Bearer JWT is required");
        }
        String token = authorization.substring(7).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new AuthenticationException("malformed token");
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new AuthenticationException("malformed token");
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new AuthenticationException("unsigned or encrypted tokens are not accepted (alg none)");
        }
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new AuthenticationException("algorithm " + header.getAlgorithm() + " is not accepted (ES384, RS384)");
        }
        if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
            throw new AuthenticationException("typ must be JWT");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new AuthenticationException("kid is required");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new AuthenticationException("critical header parameters are not supported");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AuthenticationException("malformed token");
        }
        TrustedClient client = claims.getIssuer() == null ? null : clientsByIssuer.get(claims.getIssuer());
        if (client == null) {
            throw new AuthenticationException("issuer is not trusted");
        }
        verifySignature(jwt, header, keys(client, header));
        verifyClaims(claims, audiences, client);
        return client;
    }

    private JWKSet keys(TrustedClient client, JWSHeader header) {
        URI jku = header.getJWKURL();
        if (jku == null) {
            if (client.keys() == null) {
                throw new AuthenticationException("no jku, and no keys are configured for this issuer");
            }
            return client.keys();
        }
        if (!client.jkuAllowed().contains(jku.toString())) {
            throw new AuthenticationException("jku is not allowed for this issuer");
        }
        return jwks.keys(jku, header.getKeyID());
    }

    private void verifySignature(SignedJWT jwt, JWSHeader header, JWKSet keys) {
        JWK key = keys.getKeyByKeyId(header.getKeyID());
        if (key == null) {
            throw new AuthenticationException("unknown kid");
        }
        boolean fits = header.getAlgorithm().equals(JWSAlgorithm.ES384) && key instanceof ECKey ec
                && Curve.P_384.equals(ec.getCurve())
                || header.getAlgorithm().equals(JWSAlgorithm.RS384) && key instanceof RSAKey rsa
                && rsa.size() >= MIN_RSA_BITS;
        if (!fits) {
            throw new AuthenticationException("the key does not fit the algorithm");
        }
        try {
            if (!jwt.verify(verifier(key))) {
                throw new AuthenticationException("bad signature");
            }
        } catch (JOSEException e) {
            throw new AuthenticationException("bad signature");
        }
    }

    /** The verifier of a key that fits its algorithm (an ES384 P-384 key or an RS384 key of enough bits). */
    private JWSVerifier verifier(JWK key) throws JOSEException {
        JWSVerifier verifier = verifiers.get(key);
        if (verifier == null) {
            verifier = key instanceof ECKey ec ? ecdsa(ec) : new RSASSAVerifier((RSAKey) key);
            if (verifiers.size() >= MAX_VERIFIERS) {
                verifiers.clear();
            }
            verifiers.putIfAbsent(key, verifier);
        }
        return verifier;
    }

    /** An ES384 verifier on Bouncy Castle's own key object, whose curve and point it reuses on every call. */
    private static JWSVerifier ecdsa(ECKey key) throws JOSEException {
        ECPublicKey publicKey;
        try {
            publicKey = (ECPublicKey) KeyFactory.getInstance("EC", ECDSA_PROVIDER)
                    .generatePublic(new X509EncodedKeySpec(key.toECPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new JOSEException("the EC key cannot be read", e);
        }
        ECDSAVerifier verifier = new ECDSAVerifier(publicKey);
        verifier.getJCAContext().setProvider(ECDSA_PROVIDER);
        return verifier;
    }

    private void verifyClaims(JWTClaimsSet claims, Set<String> audiences, TrustedClient client) {
        if (claims.getExpirationTime() == null || claims.getIssueTime() == null || claims.getJWTID() == null
                || claims.getJWTID().isBlank()) {
            throw new AuthenticationException("exp, iat and jti are required");
        }
        Instant now = clock.instant();
        Instant expires = claims.getExpirationTime().toInstant();
        Instant issued = claims.getIssueTime().toInstant();
        if (!now.isBefore(expires.plus(skew))) {
            throw new AuthenticationException("token expired");
        }
        if (issued.isAfter(now.plus(skew))) {
            throw new AuthenticationException("token issued in the future");
        }
        if (Duration.between(issued, expires).compareTo(maxLifetime) > 0) {
            throw new AuthenticationException("token lifetime exceeds " + maxLifetime.toSeconds() + " s");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.stream().noneMatch(audiences::contains)) {
            throw new AuthenticationException("aud does not name this endpoint");
        }
        if (!replay.firstUse(client.issuer() + '\n' + claims.getJWTID(), expires.plus(skew), now)) {
            throw new AuthenticationException("token replayed (jti already used)");
        }
    }
}
