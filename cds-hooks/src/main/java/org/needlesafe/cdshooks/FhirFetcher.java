package org.needlesafe.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads from the EHR's FHIR server with the access token the EHR passed in {@code fhirAuthorization}: what the
 * prefetch did not bring. Short timeouts, no redirects, a size limit, and search pages followed only on the same
 * server. The token is never logged.
 */
final class FhirFetcher {
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_PAGES = 10;

    private final FhirContext fhir;
    private final HttpClient http;

    /** The read failed (not "not found", which is an answer: no data). */
    static final class FetchFailed extends Exception {
        /** Why, for the caller and the log: never the token or the data. */
        FetchFailed(String message) {
            super(message, null, false, false);
        }
    }

    FhirFetcher(FhirContext fhir) {
        this.fhir = fhir;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * GETs a relative FHIR URL ({@code Condition?patient=123}) from the server; a searchset's further pages are
     * merged into the first.
     *
     * @return the resource, or {@code null} when the server has none (404, 410)
     */
    Resource get(String base, String relative, String token) throws FetchFailed {
        Resource first = read(URI.create(base + "/" + encodeQuery(relative)), token);
        if (first instanceof Bundle bundle) {
            readNextPages(bundle, base, token);
        }
        return first;
    }

    /**
     * Adds the entries of a searchset's further pages to its first page, following {@code next} links on the same
     * server only. A list that cannot be read whole fails: part of a record is never passed off as all of it.
     */
    void readNextPages(Bundle bundle, String base, String token) throws FetchFailed {
        Bundle page = bundle;
        for (int pages = 1; page.getLink(Bundle.LINK_NEXT) != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new FetchFailed("more than " + MAX_PAGES + " pages");
            }
            String next = page.getLink(Bundle.LINK_NEXT).getUrl();
            if (next == null || !next.startsWith(base + "/")) {
                throw new FetchFailed("a next page on another server");
            }
            URI uri;
            try {
                uri = URI.create(next);
            } catch (IllegalArgumentException e) {
                throw new FetchFailed("a next link that is not a URL");
            }
            if (!(read(uri, token) instanceof Bundle nextPage)) {
                throw new FetchFailed("a next page that is not a Bundle");
            }
            bundle.getEntry().addAll(nextPage.getEntry());
            page = nextPage;
        }
        bundle.getLink().removeIf(link -> Bundle.LINK_NEXT.equals(link.getRelation()));
    }

    private Resource read(URI uri, String token) throws FetchFailed {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/fhir+json")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404 || response.statusCode() == 410) {
                    return null;
                }
                if (response.statusCode() != 200) {
                    throw new FetchFailed("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new FetchFailed("response too large");
                }
                return (Resource) parser().parseResource(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException | DataFormatException | ClassCastException e) {
            throw new FetchFailed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted");
        }
    }

    IParser parser() {
        return fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    }

    /** Percent-encodes each query value of a relative URL (a template's {@code code=http://loinc.org|82810-3}). */
    static String encodeQuery(String relative) {
        int question = relative.indexOf('?');
        if (question < 0) {
            return relative;
        }
        List<String> params = new ArrayList<>();
        for (String param : relative.substring(question + 1).split("&")) {
            int equals = param.indexOf('=');
            params.add(equals < 0 ? param : param.substring(0, equals + 1)
                    + URLEncoder.encode(param.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return relative.substring(0, question + 1) + String.join("&", params);
    }
}
