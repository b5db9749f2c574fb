package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.api.ClinicApi;
import org.needlesafe.audit.AuditSink;
import org.needlesafe.cdshooks.ServiceMetrics.StoreOperation;
import org.needlesafe.cdshooks.cards.CardModel;
import org.needlesafe.cdshooks.cards.CardModel.CdsResponse;
import org.needlesafe.cdshooks.cards.CardWriter;
import org.needlesafe.cdshooks.fhir.FhirCaseMapper;
import org.needlesafe.cdshooks.fhir.FhirMappings;
import org.needlesafe.cdshooks.security.AuthenticationException;
import org.needlesafe.cdshooks.security.ClientAuthenticator;
import org.needlesafe.cdshooks.security.InMemoryReplayCache;
import org.needlesafe.cdshooks.security.ReplayCache;
import org.needlesafe.cdshooks.security.SharedReplayCache;
import org.needlesafe.cdshooks.security.TrustedClient;
import org.needlesafe.cdshooks.smart.ChecklistApp;
import org.needlesafe.cdshooks.smart.ChecklistLinks;
import org.needlesafe.cdshooks.smart.ConformanceResources;
import org.needlesafe.handout.ClinicSettings;
import org.needlesafe.store.postgres.PostgresStore;
import org.needlesafe.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDS Hooks 2.0 HTTP service: {@code GET /cds-services} (discovery), {@code POST /cds-services/{id}} (a hook
 * call) and {@code POST /cds-services/{id}/feedback}. Every call is authenticated by the client's JWT unless the
 * insecure development mode is on (then it listens on this machine only and says so loudly). Bodies are limited in
 * size; errors are JSON {@code {"error": "..."}} without stack traces; logs carry a hash of the hook instance, the
 * status and the time taken, never patient data.
 */
public final class CdsHooksServer implements AutoCloseable {
    private static final Pattern HOOK_CALL = Pattern.compile("/cds-services/[^/]+");
    private static final Logger LOG = LoggerFactory.getLogger(CdsHooksServer.class);
    private static final String INSTANCE = "needlesafe.hookInstanceHash";
    private static final String CLIENT = "needlesafe.client";
    static final String UNAUTHORIZED = "unauthorized: the bearer token was not accepted";
    private static final Set<String> ROUTES = Set.of("/cds-services", "/cds-services/{id}",
            "/cds-services/{id}/feedback", "/healthz", "/readyz", "/metrics", "/fhir/{type}/{id}", "/checklist/launch",
            "/checklist/callback", "/checklist/form", "/checklist/result", "/checklist/app.css", "/v1/assessments",
            "/v1/assessments/batch", "/v1/handouts", "/v1/validations", "/v1/rules", "/v1/jurisdictions",
            "/v1/configuration", "/v1/openapi.json", "/v1/schemas/{name}", "/v1/docs", "/v1/docs/{file}");
    private static final String DEV_MODE_CLIENT = "none: insecure development mode";
    static final int MIN_RESPONSE_BOUND = 256 * 1024;

    private final ServiceConfiguration configuration;
    private final boolean insecure;
    private final SafetyAdvisor advisor;
    private final boolean ownsAdvisor;
    private final ObjectMapper json;
    private final ClientAuthenticator authenticator;
    private final HookHandler hooks;
    private final FeedbackHandler feedback;
    private final IssuedCards issued = new IssuedCards();
    private final AuditDestination audit;
    private final byte[] discovery;
    private final ServiceMetrics metrics;
    private final PostgresStore store;
    private final ConformanceResources conformance;
    private final ChecklistApp checklistApp;
    private final ClinicApi api;
    private Javalin app;
    private URI baseUrl;

    private CdsHooksServer(Builder builder) {
        this.configuration = builder.configuration;
        this.insecure = builder.insecureDevMode;
        if (!insecure && configuration.baseUrl() == null) {
            throw new IllegalArgumentException("baseUrl: required (the URL the EHR calls; the JWT aud is checked"
                    + " against it)");
        }
        if (!insecure && configuration.clients().isEmpty() && configuration.apiClients().isEmpty()) {
            throw new IllegalArgumentException("no trusted client configured (client.<name>.iss with jku or jwks,"
                    + " or apiClient.<name>.keySha256)");
        }
        // A duplicate key or trailing content makes a request ambiguous: refused rather than read one way.
        this.json = JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        FhirMappings mappings = FhirMappings.load(configuration.mappings());
        this.metrics = new ServiceMetrics(ROUTES);
        // Several replicas share one PostgreSQL store for the audit trail and the used token ids.
        this.store = configuration.postgres() == null ? null : PostgresStore.open(configuration.postgres());
        this.audit = builder.auditSink != null ? AuditDestination.given(builder.auditSink)
                : store != null ? AuditDestination.given(store.auditSink())
                : AuditDestination.configured(configuration, insecure);
        AuditTrail auditTrail = new AuditTrail(audit.sink(), metrics);
        this.ownsAdvisor = builder.advisor == null;
        ClinicSettings clinic;
        try {
            clinic = configuration.clinicConfiguration() == null ? ClinicSettings.defaults()
                    : ClinicSettings.read(configuration.clinicConfiguration());
            this.advisor = ownsAdvisor ? advisor(configuration, clinic, auditTrail) : builder.advisor;
        } catch (RuntimeException e) {
            audit.close();
            closeStore();
            throw e;
        }
        metrics.ruleset(advisor.rulesetVersion(), advisor.rulesetHash());
        FhirContext fhir = FhirContext.forR4Cached();
        Clock clock = builder.clock;
        ReplayCache replay = store == null ? new InMemoryReplayCache(configuration.replayCacheSize())
                : new SharedReplayCache(store.tokenUses(), () -> metrics.storeError(StoreOperation.TOKEN_CHECK));
        this.authenticator = insecure ? null : new ClientAuthenticator(configuration.clients(), clock,
                configuration.clockSkew(), configuration.maxTokenLifetime(), replay, configuration.jwksCacheTime());
        boolean checklist = !configuration.checklistIssuers().isEmpty();
        this.hooks = new HookHandler(advisor, fhir,
                new FhirCaseMapper(mappings, configuration.observationMaxAgeDays(),
                        configuration.stoppedOrderMaxAgeDays()),
                new CardWriter(fhir, json, new CardWriter.CardPolicy(configuration.sourceUrl(),
                        configuration.missingInformationCritical(), configuration.checklistUrl(),
                        configuration.checklistLinkType(), configuration.notCheckedIsPrecaution())),
                issued, auditTrail, configuration, clock,
                checklist ? new ChecklistLinks(this::baseUrl) : ChecklistLinks.NONE);
        this.conformance = ConformanceResources.load(fhir);
        this.checklistApp = checklist ? new ChecklistApp(configuration, this::baseUrl, fhir, mappings, conformance,
                clock, new ChecklistDecision(hooks)) : null;
        this.feedback = new FeedbackHandler(advisor, auditTrail, issued, clock);
        this.api = new ClinicApi(advisor, configuration.apiClients(), insecure, configuration.maxRequestBytes(),
                clinic.contact());
        this.discovery = write(new CardModel.Discovery(Arrays.stream(CdsService.values())
                .map(CdsService::discovery).toList()));
    }

    public static Builder builder(ServiceConfiguration configuration) {
        return new Builder(configuration);
    }

    private static SafetyAdvisor advisor(ServiceConfiguration configuration, ClinicSettings clinic,
                                         AuditSink auditSink) {
        SafetyAdvisor.Builder builder = SafetyAdvisor.builder().auditSink(auditSink)
                .configuration(clinic.thresholds());
        configuration.jurisdictionProfiles().forEach(builder::jurisdictionProfile);
        SafetyAdvisor advisor = builder.build();
        if (!advisor.jurisdictions().ids().contains(configuration.jurisdiction())) {
            advisor.close();
            throw new IllegalArgumentException("jurisdiction: no profile '" + configuration.jurisdiction()
                    + "' (loaded: " + String.join(", ", advisor.jurisdictions().ids()) + ")");
        }
        return advisor;
    }

    /** Starts listening; port 0 picks a free port. */
    public synchronized CdsHooksServer start(int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        String host = insecure ? "127.0.0.1" : configuration.host();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = configuration.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.requestLogger.http(this::log);
            config.routes.before(this::guard);
            config.routes.after(this::discardUnreadBody);
            config.routes.get("/cds-services", ctx -> respond(ctx, 200, discovery));
            config.routes.post("/cds-services/{id}", this::hook);
            config.routes.post("/cds-services/{id}/feedback", this::feedback);
            config.routes.get("/healthz", ctx -> respond(ctx, 200, write(Map.of("status", "alive"))));
            config.routes.get("/readyz", this::ready);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            api.routes(config.routes);
            conformance.addRoutes(config.routes);
            if (checklistApp != null) {
                checklistApp.addRoutes(config.routes);
            }
            config.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.status() == 503) {
                    ctx.header("Retry-After", "5");
                }
                error(ctx, e.status(), e.getMessage());
            });
            config.routes.exception(AuthenticationException.class, (e, ctx) -> {
                // The reason goes to the log only: an unauthenticated caller learns nothing of the trusted issuers.
                LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                error(ctx, 401, UNAUTHORIZED);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    JsonErrorHandler.message(e.getStatus())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed: {}", ctx.attribute(INSTANCE) == null ? "-" : ctx.attribute(INSTANCE),
                        e.getClass().getName());
                LOG.debug("stack trace", e);
                error(ctx, 500, "internal error");
            });
            config.routes.error(404, ctx -> errorIfEmpty(ctx, "not found"));
            config.routes.error(405, ctx -> errorIfEmpty(ctx, "method not allowed"));
        });
        app.start(host, port);
        baseUrl = configuration.baseUrl() != null ? configuration.baseUrl()
                : URI.create("http://127.0.0.1:" + app.port());
        if (insecure) {
            warnInsecure();
        }
        LOG.info("needlesafe CDS Hooks service on {}:{} for {} (rule set {}, {} trusted client(s))", host, app.port(),
                baseUrl, advisor.rulesetVersion(), configuration.clients().size());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The URL the service answers as: the configured one, or this machine in the development mode. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
        api.close();
        if (ownsAdvisor) {
            advisor.close();
        }
        audit.close();
        closeStore();
    }

    private void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // --- handlers --------------------------------------------------------------------------------------------

    /** Runs before every handler: response headers, the size limit, then authentication. */
    private void guard(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        long length = ctx.req().getContentLengthLong();
        // A hook call over the limit is answered with a card after authentication (see hook): not here.
        if (length > configuration.maxRequestBytes() && !HOOK_CALL.matcher(ctx.path()).matches()
                && !ClinicApi.streams(ctx.path())) {
            throw new ApiException(413, "request body larger than " + configuration.maxRequestBytes() + " bytes");
        }
        if (!ctx.path().equals("/cds-services") && !ctx.path().startsWith("/cds-services/")) {
            return;
        }
        if (insecure) {
            ctx.header("X-Needlesafe-Insecure-Dev-Mode", "no client authentication");
            return;
        }
        String endpoint = baseUrl + ctx.path();
        Set<String> audiences = ctx.path().endsWith("/feedback")
                ? Set.of(endpoint, endpoint.substring(0, endpoint.length() - "/feedback".length()))
                : Set.of(endpoint);
        TrustedClient client = authenticator.authenticate(ctx.header("Authorization"), audiences);
        ctx.attribute(CLIENT, client);
    }

    /**
     * Reads and discards what a refused request left unread of its body, up to twice the size limit, before the
     * answer is written. Closing a connection with unread bytes resets it, and the client can lose the answer (a 401,
     * a card) with it. A larger body is left unread: its connection closes, as it would anyway.
     */
    private void discardUnreadBody(Context ctx) {
        long bound = 2 * configuration.maxRequestBytes();
        if (ctx.req().getContentLengthLong() > bound) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            if (in.read() < 0) {
                return; // as almost always: the handler read it all
            }
            byte[] buffer = new byte[8192];
            for (long left = bound - 1; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException e) {
            // The client has gone: there is no one left to answer.
        }
    }

    private void hook(Context ctx) {
        CdsService service = service(ctx);
        byte[] bytes;
        try {
            bytes = bytes(ctx);
        } catch (ApiException e) {
            if (e.status() != 413) {
                throw e;
            }
            // An EHR shows cards, not errors: an order too large to read must still say that it was not checked.
            Language.Choice language = Language.negotiate(ctx.header("Accept-Language"));
            ctx.header("Content-Language", language.language().tag());
            respond(ctx, 200, write(hooks.tooLarge(language)));
            return;
        }
        HookRequest request = HookRequest.parse(parse(bytes), service);
        ctx.attribute(INSTANCE, issued.hash(request.hookInstance()));
        TrustedClient client = ctx.attribute(CLIENT);
        HookHandler.Caller caller = client == null ? new HookHandler.Caller(DEV_MODE_CLIENT, null)
                : new HookHandler.Caller(client.name(), client.fhirServers());
        long bound = responseBound(bytes.length);
        // Cards are written in the caller's Accept-Language where we have it, in English otherwise (and say so).
        Language.Choice language = Language.negotiate(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.language().tag());
        CdsResponse response = hooks.handle(service, request, caller, bound / 2, language);
        byte[] answer = write(response);
        if (answer.length > bound) {
            // Details were sized to fit; what remains is cards and suggestions: keep them, shorten every detail.
            answer = write(new CdsResponse(response.cards().stream().map(card -> card.withDetail(
                    "The detail of this card did not fit in the response: open the order on its own to see it."))
                    .toList()));
        }
        if (answer.length > bound) {
            LOG.error("request {}: the response would be {} bytes for a {}-byte request", ctx.attribute(INSTANCE),
                    answer.length, bytes.length);
            throw new ApiException(500, "the response would be too large");
        }
        respond(ctx, 200, answer);
    }

    /** The most a response may take: ten times the request, and at least {@value #MIN_RESPONSE_BOUND} bytes. */
    static long responseBound(int requestBytes) {
        return Math.max(MIN_RESPONSE_BOUND, 10L * requestBytes);
    }

    /** Ready for traffic: the rule pack is loaded (or the server would not run) and the store answers. */
    private void ready(Context ctx) {
        boolean storeUp = store == null || store.reachable();
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", storeUp ? "ready" : "not ready");
        state.put("rulesetVersion", advisor.rulesetVersion());
        state.put("auditStore", store == null ? "file" : storeUp ? "postgres reachable" : "postgres unreachable");
        respond(ctx, storeUp ? 200 : 503, write(state));
    }

    private void feedback(Context ctx) {
        TrustedClient client = ctx.attribute(CLIENT);
        feedback.handle(service(ctx), parse(bytes(ctx)), client == null ? DEV_MODE_CLIENT : client.name());
        ctx.status(200);
    }

    private static CdsService service(Context ctx) {
        return CdsService.byId(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "no CDS service with this id"));
    }

    /** The body, read with the size limit whatever the Content-Length said. */
    private byte[] bytes(Context ctx) {
        if (!json(ctx.contentType())) {
            throw new ApiException(415, "Content-Type must be application/json");
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, configuration.maxRequestBytes() + 1));
        } catch (IOException e) {
            throw ApiException.badRequest("the request body cannot be read");
        }
        if (bytes.length > configuration.maxRequestBytes()) {
            throw new ApiException(413, "request body larger than " + configuration.maxRequestBytes() + " bytes");
        }
        return bytes;
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (StreamReadException e) {
            throw ApiException.badRequest(e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? "the request body is not valid JSON: a duplicate key" : "the request body is not valid JSON");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("the request body is not valid JSON: content after the JSON value");
        } catch (IOException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
    }

    /** {@code application/json}, with parameters (only a UTF-8 charset), and nothing else. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    private void respond(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    private void error(Context ctx, int status, String message) {
        if (ClinicApi.owns(ctx.path())) {
            ClinicApi.problem(ctx, status, ClinicApi.title(status), message, java.util.List.of());
            return;
        }
        respond(ctx, status, write(Map.of("error", message)));
    }

    private void errorIfEmpty(Context ctx, String message) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            error(ctx, ctx.status().getCode(), message);
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private void log(Context ctx, Float millis) {
        metrics.request(ctx.method().name(), route(ctx), ctx.status().getCode(),
                Duration.ofNanos((long) (millis * 1_000_000)));
        Object client = ctx.attribute(CLIENT);
        LOG.info("{} {} -> {} in {} ms (hook instance {}, client {})", ctx.method(), ctx.path(), ctx.status().getCode(),
                tenths(millis), Objects.requireNonNullElse(ctx.attribute(INSTANCE), "-"),
                client instanceof TrustedClient trusted ? trusted.name() : insecure ? "none: insecure mode" : "-");
    }

    /**
     * Milliseconds with one decimal and a point in every locale, written without {@code String.format}, which took a
     * few per cent of a single-case call.
     */
    static String tenths(float millis) {
        long tenths = Math.round(millis * 10.0);
        return tenths / 10 + "." + tenths % 10;
    }

    /** The route template the request matched (never the raw path, which carries ids). */
    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? ServiceMetrics.UNMATCHED : endpoint.path;
        } catch (RuntimeException e) {
            return ServiceMetrics.UNMATCHED;
        }
    }

    private void warnInsecure() {
        String banner = """

                *********************************************************************************
                *  INSECURE DEVELOPMENT MODE: CDS clients are NOT authenticated (no JWT check). *
                *  Listening on 127.0.0.1 only. Never use this mode with real patient data.     *
                *********************************************************************************
                """;
        for (String line : banner.strip().split("\n")) {
            LOG.warn(line);
        }
        System.err.println(banner);
    }

    /** Configures a {@link CdsHooksServer}. */
    public static final class Builder {
        private final ServiceConfiguration configuration;
        private boolean insecureDevMode;
        private SafetyAdvisor advisor;
        private AuditSink auditSink;
        private Clock clock = Clock.systemUTC();

        private Builder(ServiceConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
        }

        /** No client authentication, loopback only, with a loud warning: for local development. */
        public Builder insecureDevMode(boolean on) {
            this.insecureDevMode = on;
            return this;
        }

        /** Shares an advisor (the server then does not close it); by default one is built from the configuration. */
        public Builder advisor(SafetyAdvisor advisor) {
            this.advisor = advisor;
            return this;
        }

        /**
         * Where every card, feedback item and assessment is recorded, instead of the configured {@code auditFile}
         * or PostgreSQL store; the application keeps it and closes it.
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The clock for token times and "today"; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public CdsHooksServer build() {
            return new CdsHooksServer(this);
        }
    }
}
