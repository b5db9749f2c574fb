package org.needlesafe.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A CDS Hooks call, checked against the specification and the {@code order-select} / {@code order-sign} context
 * tables. Prefetch values stay JSON until the record is loaded.
 *
 * @param hookInstance      the call's UUID; logged only as a hash
 * @param fhirServer        the EHR's FHIR base URL, or {@code null}
 * @param accessToken       {@code fhirAuthorization.access_token}, or {@code null}; never logged
 * @param userId            {@code context.userId}, e.g. {@code PractitionerRole/123}
 * @param patientId         {@code context.patientId}
 * @param selections        {@code context.selections} (order-select only), else empty
 * @param draftOrders       {@code context.draftOrders}, a FHIR Bundle as JSON, read by HAPI from this tree
 * @param prefetch          the prefetched data by key; a key that is present with JSON {@code null} means "the EHR
 *                          has none"; an absent key means "not provided"
 */
record HookRequest(String hookInstance, String fhirServer, String accessToken, String userId, String patientId,
                   List<String> selections, ObjectNode draftOrders, Map<String, JsonNode> prefetch) {

    /** A FHIR id (FHIR R4 id datatype). */
    static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern USER = Pattern.compile("(Practitioner|PractitionerRole)/[A-Za-z0-9\\-.]{1,64}");

    static HookRequest parse(JsonNode body, CdsService service) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        String hook = text(body, "hook", "hook");
        if (!hook.equals(service.hook())) {
            throw ApiException.badRequest("hook: this service answers '" + service.hook() + "', not '" + hook + "'");
        }
        String hookInstance = text(body, "hookInstance", "hookInstance");
        if (hookInstance.length() > 128) {
            throw ApiException.badRequest("hookInstance: too long");
        }
        String fhirServer = optionalText(body, "fhirServer");
        String accessToken = null;
        JsonNode authorization = body.get("fhirAuthorization");
        if (authorization != null) {
            if (!authorization.isObject()) {
                throw ApiException.badRequest("fhirAuthorization: must be an object");
            }
            if (fhirServer == null) {
                throw ApiException.badRequest("fhirServer: required when fhirAuthorization is given");
            }
            accessToken = text(authorization, "access_token", "fhirAuthorization.access_token");
            if (!"bearer".equalsIgnoreCase(text(authorization, "token_type", "fhirAuthorization.token_type"))) {
                throw ApiException.badRequest("fhirAuthorization.token_type: must be 'Bearer'");
            }
        }
        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw ApiException.badRequest("context: required object");
        }
        String userId = text(context, "userId", "context.userId");
        if (!USER.matcher(userId).matches()) {
            throw ApiException.badRequest("context.userId: expected Practitioner/<id> or PractitionerRole/<id>");
        }
        String patientId = text(context, "patientId", "context.patientId");
        if (!FHIR_ID.matcher(patientId).matches()) {
            throw ApiException.badRequest("context.patientId: not a FHIR id");
        }
        if (!(context.get("draftOrders") instanceof ObjectNode draftOrders)
                || !"Bundle".equals(draftOrders.path("resourceType").asText())) {
            throw ApiException.badRequest("context.draftOrders: required FHIR Bundle");
        }
        List<String> selections = new ArrayList<>();
        if (service == CdsService.ORDER_SELECT) {
            JsonNode selected = context.get("selections");
            if (selected == null || !selected.isArray() || selected.isEmpty()) {
                throw ApiException.badRequest("context.selections: required array of order references");
            }
            for (JsonNode selection : selected) {
                if (!selection.isTextual()) {
                    throw ApiException.badRequest("context.selections: each entry must be a string");
                }
                selections.add(selection.asText());
            }
        }
        Map<String, JsonNode> prefetch = new LinkedHashMap<>();
        JsonNode prefetched = body.get("prefetch");
        if (prefetched != null && !prefetched.isNull()) {
            if (!prefetched.isObject()) {
                throw ApiException.badRequest("prefetch: must be an object");
            }
            prefetched.fields().forEachRemaining(field -> prefetch.put(field.getKey(), field.getValue()));
        }
        return new HookRequest(hookInstance, fhirServer, accessToken, userId, patientId, List.copyOf(selections),
                draftOrders, prefetch);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest(path + ": required string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        return value.asText();
    }
}
