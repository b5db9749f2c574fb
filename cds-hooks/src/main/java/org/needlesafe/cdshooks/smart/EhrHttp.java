package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.needlesafe.cdshooks.security.Urls;

/**
 * The app's calls to the EHR: its SMART configuration, its token endpoint, and its FHIR server with the launch's
 * access token. Short timeouts, no redirects, a size limit; https only (plain http to this machine, for
 * development). Failures carry the step and the HTTP status, never the token or the patient's data.
 */
final class EhrHttp {
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final FhirContext fhir;
    private final ObjectMapper json;

    /** A call to the EHR failed; the message is safe to show and to log. */
    static final class EhrException extends Exception {
        EhrException(String message) {
            super(message, null, false, false);
        }
    }

    EhrHttp(FhirContext fhir, ObjectMapper json) {
        this.fhir = fhir;
        this.json = json;
    }

    JsonNode getJson(URI uri, String what) throws EhrException {
        return json(send(request(uri, what).header("Accept", "application/json").GET().build(), what), what);
    }

    /** A form POST (the token request), answered with JSON. */
    JsonNode postForm(URI uri, Map<String, String> form, String what) throws EhrException {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return json(send(request(uri, what).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), what), what);
    }

    /** GETs a FHIR resource or search ({@code ServiceRequest/1}, {@code Observation?patient=1}) from the server. */
    Resource read(String base, String relative, String token, String what) throws EhrException {
        HttpRequest request = request(URI.create(base + "/" + relative), what)
                .header("Accept", "application/fhir+json").header("Authorization", "Bearer " + token).GET().build();
        return parse(send(request, what), what);
    }

    /** POSTs a new resource; the server's copy (with its id) is returned, or the resource given with the new id. */
    Resource create(String base, Resource resource, String token, String what) throws EhrException {
        String body = fhir.newJsonParser().encodeResourceToString(resource);
        HttpRequest request = request(URI.create(base + "/" + resource.fhirType()), what)
                .header("Accept", "application/fhir+json").header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=representation").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answer answer = send(request, what);
        if (answer.body().length > 0) {
            return parse(answer, what);
        }
        String location = answer.location();
        if (location == null) {
            throw new EhrException(what + ": the FHIR server did not say which id it gave");
        }
        String[] parts = location.split("/_history/")[0].split("/");
        resource.setId(resource.fhirType() + "/" + parts[parts.length - 1]);
        return resource;
    }

    private record Answer(byte[] body, String location) {
    }

    private HttpRequest.Builder request(URI uri, String what) throws EhrException {
        if (!Urls.secureOrLoopback(uri)) {
            throw new EhrException(what + ": the EHR's URL must be https");
        }
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    }

    private Answer send(HttpRequest request, String what) throws EhrException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_BYTES + 1);
                if (body.length > MAX_BYTES) {
                    throw new EhrException(what + ": the answer is too large");
                }
                if (response.statusCode() / 100 != 2) {
                    throw new EhrException(what + ": the EHR answered HTTP " + response.statusCode());
                }
                return new Answer(body, response.headers().firstValue("Location").orElse(null));
            }
        } catch (IOException e) {
            throw new EhrException(what + ": the EHR cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EhrException(what + ": interrupted");
        }
    }

    private JsonNode json(Answer answer, String what) throws EhrException {
        try {
            JsonNode node = json.readTree(answer.body());
            if (node == null || !node.isObject()) {
                throw new EhrException(what + ": the EHR's answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new EhrException(what + ": the EHR's answer is not JSON");
        }
    }

    private Resource parse(Answer answer, String what) throws EhrException {
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        try {
            return (Resource) parser.parseResource(new String(answer.body(), StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            throw new EhrException(what + ": the EHR's answer is not a FHIR R4 resource");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
