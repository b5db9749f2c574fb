package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.cdshooks.ServiceConfiguration;
import org.needlesafe.cdshooks.cards.CardModel.Card;
import org.needlesafe.cdshooks.fhir.FhirMappings;
import org.needlesafe.cdshooks.security.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pre-procedure checklist as a SMART App Launch 2.0 app, launched by the EHR from a card's link: an EHR launch
 * ({@code iss} and {@code launch}) from a configured EHR only, the authorization code flow with PKCE (S256) and a
 * {@code state} checked on return, the token kept on the server. It pre-fills what the record holds, shows the form,
 * writes the QuestionnaireResponse (and pregnancy/breastfeeding Observations) with the launch's token, and shows the
 * order's decision as the service now makes it. Pages are server-side HTML with a strict Content-Security-Policy
 * and no scripts. docs/CHECKLIST-APP.md describes the launch and the EHR's configuration.
 */
public final class ChecklistApp {
    public static final String PATH = "/checklist";
    public static final String LAUNCH = PATH + "/launch";
    public static final String CALLBACK = PATH + "/callback";
    static final String FORM = PATH + "/form";
    static final String RESULT = PATH + "/result";
    static final String COOKIE = "needlesafe-checklist";
    /**
     * The scopes asked for: the launch context and who the user is, the order, the reads the safety check makes,
     * and creating the checklist and the pregnancy/breastfeeding Observations. Nothing is updated or deleted.
     */
    public static final String SCOPES = "launch openid fhirUser patient/Patient.r patient/ServiceRequest.r"
            + " patient/Condition.rs patient/MedicationRequest.rs patient/MedicationStatement.rs patient/Procedure.rs"
            + " patient/AllergyIntolerance.rs patient/Observation.crs patient/QuestionnaireResponse.crs"
            + " user/Practitioner.r user/PractitionerRole.rs";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistApp.class);
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,40}");

    private final List<SmartIssuer> issuers;
    private final Supplier<URI> baseUrl;
    private final ServiceConfiguration configuration;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final FhirContext fhir;
    private final EhrHttp ehr;
    private final IdTokens idTokens;
    private final LaunchSessions sessions;
    private final ChecklistForm form;
    private final ChecklistRecord record;
    private final RecordAnswers recordAnswers;
    private final CurrentDecision decision;
    private final Map<String, SmartEndpoints> discovered = new ConcurrentHashMap<>();
    private final byte[] stylesheet;

    /**
     * @param baseUrl  the service's public URL (the redirect URI is under it); known once the server has started
     * @param decision the service's card for the order, made with the launch's token
     */
    public ChecklistApp(ServiceConfiguration configuration, Supplier<URI> baseUrl, FhirContext fhir,
                        FhirMappings mappings, ConformanceResources resources, Clock clock,
                        CurrentDecision decision) {
        this.issuers = configuration.checklistIssuers();
        this.baseUrl = baseUrl;
        this.configuration = configuration;
        this.clock = clock;
        this.fhir = fhir;
        this.ehr = new EhrHttp(fhir, json);
        this.idTokens = new IdTokens();
        this.sessions = new LaunchSessions(clock);
        this.form = new ChecklistForm(resources);
        this.record = new ChecklistRecord(resources.checklist());
        this.recordAnswers = new RecordAnswers(ehr, mappings, resources, configuration.observationMaxAgeDays());
        this.decision = decision;
        this.stylesheet = read("app.css");
    }

    public void addRoutes(RoutesConfig routes) {
        routes.before(PATH + "/*", ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        routes.get(LAUNCH, this::launch);
        routes.get(CALLBACK, this::callback);
        routes.get(FORM, this::showForm);
        routes.post(FORM, this::saveForm);
        routes.get(RESULT, this::result);
        routes.get(PATH + "/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(stylesheet));
    }

    /** The redirect URI to register with the EHR. */
    public URI redirectUri() {
        return URI.create(baseUrl.get() + CALLBACK);
    }

    // --- launch -------------------------------------------------------------------------------------------------

    private void launch(Context ctx) {
        String iss = ctx.queryParam("iss");
        String launch = ctx.queryParam("launch");
        if (iss == null || iss.isBlank() || launch == null || launch.isBlank() || launch.length() > 2048) {
            page(ctx, 400, "Launch refused", "<p>A launch needs <code>iss</code> and <code>launch</code>: open the"
                    + " checklist from the EHR.</p>");
            return;
        }
        String wanted = iss.endsWith("/") ? iss.substring(0, iss.length() - 1) : iss;
        Optional<SmartIssuer> issuer = issuers.stream().filter(known -> known.iss().equals(wanted)).findFirst();
        if (issuer.isEmpty()) {
            LOG.warn("checklist launch refused: its iss is not a configured EHR");
            page(ctx, 403, "Launch refused", "<p>This EHR is not configured for the checklist app, so the app"
                    + " does not sign in to it. Ask the service's administrator to add its FHIR base URL.</p>");
            return;
        }
        SmartEndpoints endpoints;
        try {
            endpoints = endpoints(issuer.get());
        } catch (EhrHttp.EhrException e) {
            LOG.warn("checklist launch from {} failed: {}", issuer.get().name(), e.getMessage());
            page(ctx, 502, "Launch failed", "<p>" + Html.escape(e.getMessage()) + "</p>");
            return;
        }
        String state = LaunchSessions.random();
        String verifier = LaunchSessions.random();
        LaunchSession session = new LaunchSession(clock.instant(), issuer.get(), endpoints, state, verifier);
        String id = sessions.create(session);
        ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=" + PATH + "; HttpOnly; SameSite=Lax; Max-Age="
                + LaunchSessions.LIFETIME.toSeconds()
                + ("https".equals(baseUrl.get().getScheme()) ? "; Secure" : ""));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", issuer.get().clientId());
        query.put("redirect_uri", redirectUri().toString());
        query.put("launch", launch);
        query.put("scope", SCOPES);
        query.put("state", state);
        query.put("aud", issuer.get().iss());
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String separator = endpoints.authorize().getRawQuery() == null ? "?" : "&";
        ctx.redirect(endpoints.authorize() + separator + query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")), HttpStatus.FOUND);
    }

    /** The EHR's SMART configuration, read once per EHR: SMART 2.0 servers must offer PKCE with S256. */
    private SmartEndpoints endpoints(SmartIssuer issuer) throws EhrHttp.EhrException {
        SmartEndpoints known = discovered.get(issuer.name());
        if (known != null) {
            return known;
        }
        String what = "reading the EHR's SMART configuration";
        JsonNode smart = ehr.getJson(URI.create(issuer.iss() + "/.well-known/smart-configuration"), what);
        URI authorize = url(smart, "authorization_endpoint", what, true);
        URI token = url(smart, "token_endpoint", what, true);
        boolean s256 = false;
        for (JsonNode method : smart.path("code_challenge_methods_supported")) {
            s256 |= "S256".equals(method.asText());
        }
        if (!s256) {
            throw new EhrHttp.EhrException(what + ": it does not offer PKCE with S256 (code_challenge_methods_supported)");
        }
        SmartEndpoints endpoints = new SmartEndpoints(authorize, token,
                smart.path("issuer").isTextual() ? smart.get("issuer").asText() : null, url(smart, "jwks_uri", what, false));
        discovered.put(issuer.name(), endpoints);
        return endpoints;
    }

    private static URI url(JsonNode smart, String field, String what, boolean required) throws EhrHttp.EhrException {
        JsonNode value = smart.get(field);
        if (value == null || !value.isTextual()) {
            if (required) {
                throw new EhrHttp.EhrException(what + ": " + field + " missing");
            }
            return null;
        }
        try {
            URI uri = URI.create(value.asText());
            if (Urls.secureOrLoopback(uri)) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new EhrHttp.EhrException(what + ": " + field + " is not an https URL");
    }

    // --- return from the authorization server -----------------------------------------------------------------------

    private void callback(Context ctx) {
        String id = ctx.cookie(COOKIE);
        LaunchSession session = sessions.find(id).orElse(null);
        if (session == null) {
            page(ctx, 400, "Sign-in refused", "<p>No launch of the checklist is in progress in this browser (or it"
                    + " has expired). Open the checklist again from the EHR.</p>");
            return;
        }
        String error = ctx.queryParam("error");
        String state = ctx.queryParam("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                session.state().getBytes(StandardCharsets.UTF_8))) {
            sessions.end(id);
            LOG.warn("checklist sign-in refused: state does not match the launch (from {})", session.issuer().name());
            page(ctx, 400, "Sign-in refused", "<p>The answer from the EHR's sign-in does not belong to this launch"
                    + " (<code>state</code> does not match). Open the checklist again from the EHR.</p>");
            return;
        }
        if (error != null) {
            sessions.end(id);
            String code = ERROR_CODE.matcher(error).matches() ? error : "unknown";
            page(ctx, 403, "Not authorised", "<p>The EHR did not authorise the checklist app (<code>"
                    + Html.escape(code) + "</code>).</p>");
            return;
        }
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank() || !session.claimCallback()) {
            sessions.end(id);
            page(ctx, 400, "Sign-in refused", "<p>This sign-in has no authorization code or was already used. Open"
                    + " the checklist again from the EHR.</p>");
            return;
        }
        try {
            authorize(session, code);
        } catch (EhrHttp.EhrException | LaunchRefused e) {
            sessions.end(id);
            LOG.warn("checklist launch from {} failed: {}", session.issuer().name(), e.getMessage());
            page(ctx, e instanceof LaunchRefused ? 400 : 502, "Launch failed", "<p>" + Html.escape(e.getMessage())
                    + "</p>");
            return;
        }
        ctx.redirect(FORM, HttpStatus.SEE_OTHER);
    }

    /** The launch cannot go on; the message is safe to show and to log. */
    private static final class LaunchRefused extends Exception {
        LaunchRefused(String message) {
            super(message, null, false, false);
        }
    }

    private void authorize(LaunchSession session, String code) throws EhrHttp.EhrException, LaunchRefused {
        SmartIssuer issuer = session.issuer();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("grant_type", "authorization_code");
        request.put("code", code);
        request.put("redirect_uri", redirectUri().toString());
        request.put("client_id", issuer.clientId());
        request.put("code_verifier", session.codeVerifier());
        JsonNode token = ehr.postForm(session.endpoints().token(), request, "exchanging the authorization code");
        String accessToken = token.path("access_token").asText("");
        if (accessToken.isEmpty() || !"bearer".equalsIgnoreCase(token.path("token_type").asText(""))) {
            throw new LaunchRefused("The EHR's token answer has no bearer access_token.");
        }
        String user = token.hasNonNull("id_token")
                ? idTokens.fhirUser(token.get("id_token").asText(), session.endpoints(), issuer) : null;
        String orderId = orderId(token);
        ServiceRequest order = (ServiceRequest) read(issuer.iss(), orderId, accessToken, "reading the order");
        String subject = order.getSubject().getReference();
        String patientId = subject == null ? null : subject.replaceFirst("^.*Patient/", "");
        if (subject == null || !subject.matches("(.*/)?Patient/[A-Za-z0-9\\-.]{1,64}")) {
            throw new LaunchRefused("The order names no patient (ServiceRequest.subject).");
        }
        if (token.hasNonNull("patient") && !token.get("patient").asText().equals(patientId)) {
            throw new LaunchRefused("The order is for another patient than the one the EHR launched the app for.");
        }
        LocalDate today = LocalDate.now(clock.withZone(configuration.timeZone()));
        ChecklistAnswers prefilled = recordAnswers.read(issuer.iss(), accessToken, patientId, order, today,
                configuration.timeZone());
        session.authorized(accessToken, token.path("scope").asText(SCOPES), user, patientId, order, prefilled);
        LOG.info("checklist launched from {}", issuer.name());
    }

    /**
     * The order to check: the card's {@code appContext} ({@code {"order":"ServiceRequest/<id>"}}, passed on by the
     * EHR in the token answer), else a ServiceRequest in the SMART 2.0 {@code fhirContext}.
     */
    private String orderId(JsonNode token) throws LaunchRefused {
        String order = null;
        if (token.hasNonNull("appContext")) {
            try {
                order = json.readTree(token.get("appContext").asText()).path("order").asText(null);
            } catch (IOException e) {
                throw new LaunchRefused("The launch's appContext is not the JSON a needlesafe card sends.");
            }
        }
        for (JsonNode context : token.path("fhirContext")) {
            String reference = context.path("reference").asText("");
            if (order == null && reference.startsWith("ServiceRequest/")) {
                order = reference;
            }
        }
        if (order == null || !order.startsWith("ServiceRequest/")
                || !FHIR_ID.matcher(order.substring("ServiceRequest/".length())).matches()) {
            throw new LaunchRefused("The launch names no order: open the checklist from a needlesafe card.");
        }
        return order;
    }

    private Resource read(String base, String relative, String token, String what)
            throws EhrHttp.EhrException, LaunchRefused {
        Resource resource = ehr.read(base, relative, token, what);
        if (!(resource instanceof ServiceRequest)) {
            throw new LaunchRefused(what + ": the EHR did not return a ServiceRequest.");
        }
        return resource;
    }

    // --- the form ---------------------------------------------------------------------------------------------------

    private LaunchSession answering(Context ctx) {
        LaunchSession session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (session == null || session.step() == LaunchSession.Step.AUTHORIZING) {
            page(ctx, 400, "No checklist open", "<p>No checklist is open in this browser (or it has expired). Open"
                    + " the checklist again from the EHR.</p>");
            return null;
        }
        return session;
    }

    private void showForm(Context ctx) {
        LaunchSession session = answering(ctx);
        if (session == null) {
            return;
        }
        if (session.step() == LaunchSession.Step.SAVED) {
            ctx.redirect(RESULT, HttpStatus.SEE_OTHER);
            return;
        }
        page(ctx, 200, "Pre-procedure checklist", form.render(session.answers(), List.of(), session.formToken(),
                orderName(session)));
    }

    private void saveForm(Context ctx) {
        LaunchSession session = answering(ctx);
        if (session == null) {
            return;
        }
        String token = ctx.formParam(ChecklistForm.FORM_TOKEN);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                session.formToken().getBytes(StandardCharsets.UTF_8))) {
            page(ctx, 403, "Not saved", "<p>This form does not belong to the checklist open in this browser.</p>");
            return;
        }
        if (session.step() == LaunchSession.Step.SAVED) {
            ctx.redirect(RESULT, HttpStatus.SEE_OTHER);
            return;
        }
        ChecklistForm.Submission submission = form.read(ctx.formParamMap(), session.answers());
        if (!submission.problems().isEmpty()) {
            page(ctx, 422, "Pre-procedure checklist", form.render(submission.answers(), submission.problems(),
                    session.formToken(), orderName(session)));
            return;
        }
        String decisionHtml;
        try {
            decisionHtml = save(session, submission.answers());
        } catch (EhrHttp.EhrException e) {
            LOG.warn("checklist from {} not saved: {}", session.issuer().name(), e.getMessage());
            page(ctx, 502, "Not saved", "<p>The checklist could not be saved completely: "
                    + Html.escape(e.getMessage()) + ". Check the record in the EHR and open the checklist again.</p>");
            return;
        }
        session.saved(submission.answers(), decisionHtml);
        ctx.redirect(RESULT, HttpStatus.SEE_OTHER);
    }

    /** Writes the QuestionnaireResponse and the Observations, then asks the service for the order's card. */
    private String save(LaunchSession session, ChecklistAnswers answers) throws EhrHttp.EhrException {
        String base = session.issuer().iss();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(configuration.timeZone()));
        String orderId = orderName(session);
        QuestionnaireResponse response = record.response(answers, session.patientId(), orderId, session.user(), now);
        Resource saved = ehr.create(base, response, session.accessToken(), "saving the checklist");
        String responseId = "QuestionnaireResponse/" + saved.getIdElement().getIdPart();
        for (Observation observation : record.observations(answers, session.answers(), session.patientId(),
                session.user(), responseId, now)) {
            ehr.create(base, observation, session.accessToken(), "saving a pregnancy or breastfeeding Observation");
        }
        LOG.info("checklist saved to the EHR of {}", session.issuer().name());
        return DecisionView.render(currentCard(session), responseId);
    }

    private DecisionView.Outcome currentCard(LaunchSession session) {
        if (session.user() == null) {
            return new DecisionView.Unavailable("The EHR did not say who you are (fhirUser), so the order cannot"
                    + " be checked here; the EHR's next check of the order will show it.");
        }
        ObjectNode call = json.createObjectNode();
        call.put("hook", "order-sign");
        call.put("hookInstance", UUID.randomUUID().toString());
        call.put("fhirServer", session.issuer().iss());
        ObjectNode authorization = call.putObject("fhirAuthorization");
        authorization.put("access_token", session.accessToken());
        authorization.put("token_type", "Bearer");
        authorization.put("scope", session.scope());
        authorization.put("subject", session.issuer().clientId());
        authorization.put("expires_in", 300);
        ObjectNode context = call.putObject("context");
        context.put("userId", session.user());
        context.put("patientId", session.patientId());
        ObjectNode bundle = context.putObject("draftOrders");
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        try {
            bundle.putArray("entry").addObject().set("resource",
                    json.readTree(fhir.newJsonParser().encodeResourceToString(session.order())));
            Card card = decision.decide(call);
            return card == null ? new DecisionView.Unavailable("The order is not a microneedling order.")
                    : new DecisionView.Decided(card);
        } catch (CurrentDecision.Unavailable e) {
            return new DecisionView.Unavailable("The order cannot be checked now: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void result(Context ctx) {
        LaunchSession session = answering(ctx);
        if (session == null) {
            return;
        }
        if (session.step() != LaunchSession.Step.SAVED) {
            ctx.redirect(FORM, HttpStatus.SEE_OTHER);
            return;
        }
        page(ctx, 200, "Checklist saved", session.decisionHtml());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static String orderName(LaunchSession session) {
        return "ServiceRequest/" + session.order().getIdElement().getIdPart();
    }

    private static void page(Context ctx, int status, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(Html.page(title, body));
    }

    /** The PKCE S256 challenge: BASE64URL(SHA-256(verifier)). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] read(String name) {
        try (InputStream in = ChecklistApp.class.getResourceAsStream("/needlesafe/checklist-app/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
