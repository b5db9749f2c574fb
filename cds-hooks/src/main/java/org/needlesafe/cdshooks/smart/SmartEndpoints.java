package org.needlesafe.cdshooks.smart;

import java.net.URI;

/**
 * What the EHR's {@code .well-known/smart-configuration} says the app needs: where to send the user to authorise,
 * where to exchange the code, and (for the ID token) the issuer and its keys.
 *
 * @param issuer  the ID token issuer, or {@code null}
 * @param jwksUri the authorization server's keys for the ID token, or {@code null}
 */
record SmartEndpoints(URI authorize, URI token, String issuer, URI jwksUri) {
}
