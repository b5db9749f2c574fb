package org.needlesafe.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** The test EHR's keys and the JWTs it signs (CDS Hooks 2.0 "Trusting CDS Clients"). */
final class Tokens {
    static final String ISSUER = "https://ehr.example.org";
    final ECKey ec;
    final RSAKey rsa;
    /** A key the service does not know, published under the EC key's kid: a bad signature. */
    final ECKey impostor;

    Tokens() {
        try {
            ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
            rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            impostor = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    JWKSet publicKeys() {
        return new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK()));
    }

    Token token(URI jku, String audience, Instant now) {
        return new Token(jku, audience, now);
    }

    /** One token, ES384 by default; every claim can be changed to make it wrong. */
    final class Token {
        JWSAlgorithm alg = JWSAlgorithm.ES384;
        String kid = "ec-1";
        URI jku;
        String iss = ISSUER;
        String aud;
        Instant iat;
        Instant exp;
        String jti = UUID.randomUUID().toString();
        boolean impostorKey;

        Token(URI jku, String audience, Instant now) {
            this.jku = jku;
            this.aud = audience;
            this.iat = now;
            this.exp = now.plusSeconds(120);
        }

        Token rs384() {
            alg = JWSAlgorithm.RS384;
            kid = "rsa-1";
            return this;
        }

        String sign() {
            JWTClaimsSet claims = claims();
            JWSHeader.Builder header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid);
            if (jku != null) {
                header.jwkURL(jku);
            }
            try {
                SignedJWT jwt = new SignedJWT(header.build(), claims);
                jwt.sign(signer());
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same claims, unsigned ({@code alg: none}). */
        String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private JWTClaimsSet claims() {
            return new JWTClaimsSet.Builder().issuer(iss).audience(aud).issueTime(Date.from(iat))
                    .expirationTime(Date.from(exp)).jwtID(jti).build();
        }

        private JWSSigner signer() throws JOSEException {
            if (alg.equals(JWSAlgorithm.HS256)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                return new MACSigner(secret);
            }
            if (JWSAlgorithm.Family.RSA.contains(alg)) {
                return new RSASSASigner(rsa);
            }
            return new ECDSASigner(impostorKey ? impostor : ec);
        }
    }
}
