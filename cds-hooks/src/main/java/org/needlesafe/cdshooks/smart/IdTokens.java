package org.needlesafe.cdshooks.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the user is: the {@code fhirUser} claim of the OpenID Connect ID token, trusted only when its signature checks
 * against the authorization server's keys ({@code jwks_uri}) and its issuer, audience (the client id) and times are
 * right. No verifiable ID token: the user is unknown, and the app says so instead of guessing.
 */
final class IdTokens {
    private static final Pattern USER = Pattern.compile("(?:.*/)?((?:Practitioner|PractitionerRole)/[A-Za-z0-9\\-.]{1,64})");

    private final Map<String, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();

    /** {@code Practitioner/<id>} or {@code PractitionerRole/<id>}, or {@code null} when it cannot be trusted. */
    String fhirUser(String idToken, SmartEndpoints endpoints, SmartIssuer issuer) {
        if (endpoints.jwksUri() == null || endpoints.issuer() == null) {
            return null;
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
                JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.PS256), source(endpoints)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(issuer.clientId(),
                new JWTClaimsSet.Builder().issuer(endpoints.issuer()).build(), Set.of("sub", "exp", "iat")));
        try {
            JWTClaimsSet claims = processor.process(idToken, null);
            String user = claims.getStringClaim("fhirUser");
            Matcher matcher = user == null ? null : USER.matcher(user);
            return matcher != null && matcher.matches() ? matcher.group(1) : null;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return null;
        }
    }

    private JWKSource<SecurityContext> source(SmartEndpoints endpoints) {
        return keys.computeIfAbsent(endpoints.jwksUri().toString(), uri -> {
            try {
                return JWKSourceBuilder.create(endpoints.jwksUri().toURL()).retrying(false).build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("jwks_uri: " + e.getMessage(), e);
            }
        });
    }
}
