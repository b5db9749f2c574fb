package org.needlesafe.cdshooks.security;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;
import java.util.Set;

/**
 * A CDS client (an EHR) this service trusts: its JWT issuer, the JWK Set URLs it may name in {@code jku}, keys
 * agreed out of band (used when a token has no {@code jku}), and the FHIR servers the service may fetch from on its
 * behalf.
 *
 * @param name        the configuration's name for it ({@code client.<name>.*}); appears in logs
 * @param issuer      the exact {@code iss}
 * @param jkuAllowed  the exact {@code jku} URLs accepted for this issuer; may be empty
 * @param keys        public keys from configuration, or {@code null}
 * @param fhirServers base URLs the service may call with the client's {@code fhirAuthorization}; may be empty
 */
public record TrustedClient(String name, String issuer, Set<String> jkuAllowed, JWKSet keys,
                            List<String> fhirServers) {

    public TrustedClient {
        jkuAllowed = Set.copyOf(jkuAllowed);
        fhirServers = List.copyOf(fhirServers);
        if (jkuAllowed.isEmpty() && keys == null) {
            throw new IllegalArgumentException("client." + name + ": needs jku URLs or a jwks file");
        }
    }
}
