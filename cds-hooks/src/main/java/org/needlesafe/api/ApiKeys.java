package org.needlesafe.api;

import io.javalin.http.Context;
import java.util.List;

/**
 * Authenticates API callers by key: {@code Authorization: Bearer <key>}. The configuration holds only each key's
 * SHA-256; the key presented is hashed and compared with every registered hash in constant time.
 */
final class ApiKeys {
    static final String CLIENT = "needlesafe.apiClient";
    private final List<ApiClient> clients;
    private final boolean insecure;

    ApiKeys(List<ApiClient> clients, boolean insecure) {
        this.clients = List.copyOf(clients);
        this.insecure = insecure;
    }

    void authenticate(Context ctx) {
        if (insecure || ctx.path().startsWith(ClinicApi.PREFIX + "/docs") || ctx.path().equals(ClinicApi.PREFIX
                + "/openapi.json") || ctx.path().startsWith(ClinicApi.PREFIX + "/schemas/")) {
            return; // the published contract is public; the development mode authenticates no one
        }
        String header = ctx.header("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : null;
        ApiClient match = null;
        if (key != null && !key.isEmpty()) {
            for (ApiClient client : clients) {
                if (client.holds(key)) {
                    match = client; // no early exit: every hash is compared, whoever matches
                }
            }
        }
        if (match == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"needlesafe\"");
            throw new ApiProblem(401, "Unauthorized", key == null ? "an API key is required: Authorization: Bearer"
                    + " <key>" : "the API key is not registered");
        }
        ctx.attribute(CLIENT, match.name());
    }
}
