package org.needlesafe.cdshooks;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR resources read by HAPI straight from the request's JSON tree: the body is parsed once, never written back to
 * text for HAPI to parse again.
 */
final class FhirJson {
    private FhirJson() {
    }

    /**
     * @param parser a HAPI JSON parser
     * @throws DataFormatException when the JSON is not a FHIR resource of that type
     */
    static <T extends IBaseResource> T parse(IParser parser, Class<T> type, JsonNode json) {
        return ((IJsonLikeParser) parser).parseResource(type, structure(json));
    }

    /**
     * @param parser a HAPI JSON parser
     * @throws DataFormatException when the JSON is not a FHIR resource
     */
    static IBaseResource parse(IParser parser, JsonNode json) {
        return ((IJsonLikeParser) parser).parseResource(structure(json));
    }

    private static JacksonStructure structure(JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            throw new DataFormatException("a FHIR resource is a JSON object");
        }
        JacksonStructure structure = new JacksonStructure();
        structure.setNativeObject(object);
        return structure;
    }
}
