package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.security.TrustedClient;

/** CDS Hooks 2.0 "Trusting CDS Clients": every call carries a JWT the service verifies. */
class SecurityTest {
    private static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                bad("HS256 (a shared secret)", token -> token.alg = JWSAlgorithm.HS256, "algorithm HS256"),
                bad("RS256 (not on the list)", token -> {
                    token.alg = JWSAlgorithm.RS256;
                    token.kid = "rsa-1";
                }, "algorithm RS256"),
                bad("wrong issuer", token -> token.iss = "https://evil.example.org", "issuer is not trusted"),
                bad("audience of another endpoint", token -> token.aud = service.url("/cds-services"), "aud"),
                bad("audience of another service", token -> token.aud = "https://cds.example.org" + SIGN, "aud"),
                bad("expired", token -> {
                    token.iat = TestService.NOW.minusSeconds(400);
                    token.exp = TestService.NOW.minusSeconds(100);
                }, "expired"),
                bad("issued in the future", token -> {
                    token.iat = TestService.NOW.plusSeconds(600);
                    token.exp = TestService.NOW.plusSeconds(700);
                }, "future"),
                bad("lifetime too long", token -> token.exp = TestService.NOW.plusSeconds(3600), "lifetime"),
                bad("unknown jku", token -> token.jku = URI.create(service.jku.toString().replace("jwks", "other")),
                        "jku is not allowed"),
                bad("no jku and no configured keys", token -> token.jku = null, "no keys are configured"),
                bad("bad signature", token -> token.impostorKey = true, "bad signature"),
                bad("unknown kid", token -> token.kid = "ec-9", "unknown kid"),
                bad("key of the wrong type for the algorithm", token -> token.kid = "rsa-1", "does not fit"));
    }

    private static Arguments bad(String name, Consumer<Tokens.Token> change, String reason) {
        return Arguments.of(name, change, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenIsRefused(String name, Consumer<Tokens.Token> change, String reason) {
        Tokens.Token token = service.token(SIGN);
        change.accept(token);

        Response response = service.post(SIGN, Call.clean().json(), token.sign());

        assertUnauthorized(response, reason);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        Response response = service.post(SIGN, Call.clean().json(), service.token(SIGN).unsigned());

        assertUnauthorized(response, "alg none");
    }

    @Test
    void aReplayedTokenIsRefused() {
        String token = service.token(SIGN).sign();

        assertThat(service.post(SIGN, Call.clean().json(), token).status()).isEqualTo(200);
        assertUnauthorized(service.post(SIGN, Call.clean().json(), token), "replayed");
    }

    @Test
    void noTokenIsRefused() {
        assertUnauthorized(service.send(service.request("/cds-services").GET(), null), "Bearer");
    }

    @Test
    void aMalformedTokenIsRefused() {
        assertUnauthorized(service.post(SIGN, Call.clean().json(), "not.a.jwt"), "malformed");
    }

    @Test
    void discoveryNeedsAToken() {
        Tokens.Token forHook = service.token(SIGN);

        assertUnauthorized(service.send(service.request("/cds-services").GET(), forHook.sign()), "aud");
        assertThat(service.get("/cds-services").status()).isEqualTo(200);
    }

    @Test
    void rs384IsAccepted() {
        Response response = service.post(SIGN, Call.clean().json(), service.token(SIGN).rs384().sign());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void feedbackAcceptsTheFeedbackOrTheServiceUrlAsAudience() {
        String feedback = SIGN + "/feedback";
        String body = """
                {"feedback": [{"card": "c1", "outcome": "overridden", "outcomeTimestamp": "2026-11-25T15:00:00Z"}]}""";
        Tokens.Token serviceAudience = service.token(feedback);
        serviceAudience.aud = service.url(SIGN);

        assertThat(service.post(feedback, body).status()).isEqualTo(200);
        assertThat(service.post(feedback, body, serviceAudience.sign()).status()).isEqualTo(200);
    }

    @Test
    void keysAgreedOutOfBandVerifyTokensWithoutJku() {
        Tokens keys = new Tokens();
        try (TestService configured = TestService.start(configuration -> configuration.client(new TrustedClient(
                "out-of-band", "https://other-ehr.example.org", Set.of(), keys.publicKeys(), List.of())))) {
            Tokens.Token token = keys.token(null, configured.url(SIGN), TestService.NOW);
            token.iss = "https://other-ehr.example.org";

            assertThat(configured.post(SIGN, Call.clean().json(), token.sign()).status()).isEqualTo(200);
        }
    }

    /** Verifiers are kept per key: another issuer's key under the same kid is a key of its own. */
    @Test
    void keysOfTwoIssuersUnderTheSameKidAreNeverConfused() {
        String other = "https://other-ehr.example.org";
        Tokens otherKeys = new Tokens();
        try (TestService configured = TestService.start(configuration -> configuration.client(new TrustedClient(
                "out-of-band", other, Set.of(), otherKeys.publicKeys(), List.of())))) {
            assertThat(configured.post(SIGN, Call.clean().json(), configured.token(SIGN).sign()).status())
                    .isEqualTo(200);
            Tokens.Token token = otherKeys.token(null, configured.url(SIGN), TestService.NOW);
            token.iss = other;
            assertThat(configured.post(SIGN, Call.clean().json(), token.sign()).status()).isEqualTo(200);

            Tokens.Token forged = configured.tokens.token(null, configured.url(SIGN), TestService.NOW);
            forged.iss = other;
            assertUnauthorized(configured.post(SIGN, Call.clean().json(), forged.sign()), "bad signature");
            Tokens.Token forgedTheOtherWay = otherKeys.token(configured.jku, configured.url(SIGN), TestService.NOW);
            assertUnauthorized(configured.post(SIGN, Call.clean().json(), forgedTheOtherWay.sign()), "bad signature");
        }
    }

    @Test
    void aClientNeedsJkuUrlsOrKeys() {
        assertThatThrownBy(() -> new TrustedClient("nothing", "https://other-ehr.example.org", Set.of(), null,
                List.of())).hasMessageContaining("needs jku URLs or a jwks file");
    }

    @Test
    void theUnauthorizedResponseSaysHowToAuthenticate() {
        Response response = service.send(service.request(SIGN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Call.clean().json())), null);

        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    /** A 401 whose reason is the same whatever was wrong: the caller learns nothing of the trusted issuers or keys. */
    private static void assertUnauthorized(Response response, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo(CdsHooksServer.UNAUTHORIZED);
        assertThat(response.body()).doesNotContain(reason, Tokens.ISSUER);
    }
}
