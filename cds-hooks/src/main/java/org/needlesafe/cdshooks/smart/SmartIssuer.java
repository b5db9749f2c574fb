package org.needlesafe.cdshooks.smart;

import java.net.URI;
import java.util.Objects;
import org.needlesafe.cdshooks.security.Urls;

/**
 * An EHR allowed to launch the checklist app: the FHIR base URL it sends as {@code iss}, and the client id it
 * registered the app under (configuration {@code smart.<name>.iss} and {@code smart.<name>.clientId}). A launch from
 * any other {@code iss} is refused before anything is fetched from it.
 */
public record SmartIssuer(String name, String iss, String clientId) {

    public SmartIssuer {
        Objects.requireNonNull(name, "name");
        if (iss == null || clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("smart." + name + ": needs iss and clientId");
        }
        iss = iss.endsWith("/") ? iss.substring(0, iss.length() - 1) : iss;
        URI uri;
        try {
            uri = URI.create(iss);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("smart." + name + ".iss: not a URL: '" + iss + "'");
        }
        if (!Urls.secureOrLoopback(uri) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("smart." + name + ".iss: must be an https URL without query (plain"
                    + " http only for localhost), was '" + iss + "'");
        }
    }
}
