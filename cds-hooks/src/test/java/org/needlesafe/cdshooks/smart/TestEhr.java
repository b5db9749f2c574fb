package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;

/**
 * An EHR for the browser test, all on loopback: a HAPI FHIR plain server with in-memory providers holding one
 * patient, her microneedling order and the ordering practitioner; mock-oauth2-server as its authorization server
 * (PKCE enforced, ID tokens carrying {@code fhirUser}); its {@code .well-known/smart-configuration}; and its token
 * endpoint, which passes the request to mock-oauth2-server and adds the launch context (the patient and the card's
 * {@code appContext}) to the answer, as an EHR's token endpoint does.
 */
final class TestEhr implements AutoCloseable {
    static final String CLIENT_ID = "needlesafe-checklist";
    static final String ISSUER_ID = "ehr";
    static final String PATIENT = "pat-5c1e9d0b";
    static final String USER = "Practitioner/u1";
    static final String ORDER = "ServiceRequest/o1";

    final MockOAuth2Server oauth = new MockOAuth2Server();
    final InMemoryProvider<QuestionnaireResponse> checklists = new InMemoryProvider<>(QuestionnaireResponse.class);
    final InMemoryProvider<Observation> observations = new InMemoryProvider<>(Observation.class);
    final InMemoryProvider<ServiceRequest> orders = new InMemoryProvider<>(ServiceRequest.class);
    /** The launch context the token endpoint adds: set by the test as the EHR launches the app. */
    final AtomicReference<Map<String, String>> launchContext = new AtomicReference<>(Map.of());
    /** Every access token handed out, to check none reaches the browser. */
    final List<String> accessTokens = new CopyOnWriteArrayList<>();
    private final Server jetty = new Server();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    TestEhr() throws Exception {
        oauth.start(InetAddress.getByName("127.0.0.1"), 0);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        RestfulServer fhir = new RestfulServer(FhirContext.forR4Cached());
        fhir.setDefaultResponseEncoding(EncodingEnum.JSON);
        InMemoryProvider<Patient> patients = new InMemoryProvider<>(Patient.class);
        InMemoryProvider<Practitioner> practitioners = new InMemoryProvider<>(Practitioner.class);
        fhir.setResourceProviders(patients, practitioners, orders, checklists, observations,
                new InMemoryProvider<>(PractitionerRole.class), new InMemoryProvider<>(Condition.class),
                new InMemoryProvider<>(MedicationRequest.class), new InMemoryProvider<>(MedicationStatement.class),
                new InMemoryProvider<>(Procedure.class), new InMemoryProvider<>(AllergyIntolerance.class));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(fhir), "/fhir/*");
        context.addServlet(new ServletHolder(new SmartConfiguration()), "/fhir/.well-known/smart-configuration");
        context.addServlet(new ServletHolder(new TokenEndpoint()), "/oauth/token");
        jetty.setHandler(context);
        jetty.start();

        patients.put((Patient) new Patient().setBirthDateElement(new DateType("1990-04-02"))
                .setGender(Enumerations.AdministrativeGender.FEMALE).setId(PATIENT));
        Practitioner practitioner = new Practitioner();
        practitioner.setId("u1");
        practitioner.addQualification().setCode(new CodeableConcept(new Coding("http://nucc.org/provider-taxonomy",
                "207N00000X", "Dermatology")));
        practitioners.put(practitioner);
        orders.put(order());
        // Asked this morning and recorded: the app pre-fills it and does not record it again.
        Observation pregnancy = new Observation();
        pregnancy.setId("pregnancy-today");
        pregnancy.setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding("http://loinc.org", "82810-3", "Pregnancy status")))
                .setSubject(new Reference("Patient/" + PATIENT))
                .setEffective(new DateTimeType(LocalDate.now(ZoneOffset.UTC) + "T08:00:00Z"))
                .setValue(new CodeableConcept(new Coding("http://snomed.info/sct", "60001007", "Not pregnant")));
        observations.put(pregnancy);
    }

    /** A PEN microneedling order for the cheeks at 1.0 mm, no PRP: the card will ask for the checklist. */
    static ServiceRequest order() {
        ServiceRequest order = new ServiceRequest();
        order.setId("o1");
        order.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT).setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setSubject(new Reference("Patient/" + PATIENT))
                .setCode(new CodeableConcept(new Coding(NeedlesafeFhir.codeSystem("procedure"), "MICRONEEDLING", null)));
        order.addExtension(NeedlesafeFhir.DEVICE, new Coding(NeedlesafeFhir.codeSystem("device"), "PEN", null));
        order.addExtension(NeedlesafeFhir.DEVICE_CLEARED, new BooleanType(true));
        order.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(false));
        order.addBodySite(new CodeableConcept(new Coding("http://snomed.info/sct", "60819002", "Buccal region of face")))
                .getBodySiteFirstRep().addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(
                        new BigDecimal("1.0")).setUnit("mm").setSystem("http://unitsofmeasure.org").setCode("mm"));
        return order;
    }

    String fhirBase() {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/fhir";
    }

    /** The next token request succeeds for the test's user; one per launch (PKCE is still checked). */
    void expectSignIn() {
        oauth.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "clinician-1", "JWT", List.of(CLIENT_ID),
                Map.of("fhirUser", USER), 300));
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        oauth.shutdown();
    }

    private final class SmartConfiguration extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ObjectNode smart = json.createObjectNode();
            smart.put("issuer", oauth.issuerUrl(ISSUER_ID).toString());
            smart.put("jwks_uri", oauth.jwksUrl(ISSUER_ID).toString());
            smart.put("authorization_endpoint", oauth.authorizationEndpointUrl(ISSUER_ID).toString());
            smart.put("token_endpoint", "http://127.0.0.1:" + request.getLocalPort() + "/oauth/token");
            smart.putArray("grant_types_supported").add("authorization_code");
            smart.putArray("code_challenge_methods_supported").add("S256");
            smart.putArray("capabilities").add("launch-ehr").add("client-public").add("context-ehr-patient")
                    .add("sso-openid-connect").add("permission-v2");
            response.setContentType("application/json");
            response.getOutputStream().write(json.writeValueAsBytes(smart));
        }
    }

    private final class TokenEndpoint extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] form = request.getInputStream().readAllBytes();
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(URI.create(oauth.tokenEndpointUrl(ISSUER_ID).toString()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            response.setContentType("application/json");
            response.setStatus(answer.statusCode());
            if (answer.statusCode() != 200) {
                response.getOutputStream().write(answer.body());
                return;
            }
            ObjectNode token = (ObjectNode) json.readTree(answer.body());
            accessTokens.add(token.path("access_token").asText());
            launchContext.get().forEach(token::put);
            response.getOutputStream().write(json.writeValueAsString(token).getBytes(StandardCharsets.UTF_8));
        }
    }
}
