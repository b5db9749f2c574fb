package org.needlesafe.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Case documents for tests: the contract's input example, and copies of it changed at one JSON path. */
final class Documents {
    /** Keeps numbers exactly as written, so a test can give a depth as {@code 1.50}. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Documents() {
    }

    static String resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract's input example, as a tree to change. */
    static ObjectNode example() {
        return (ObjectNode) parse(resource("contract-input-example.json"));
    }

    /** The contract's example with the value at the path replaced by the given JSON, or removed when it is null. */
    static String with(String path, String json) {
        ObjectNode document = example();
        set(document, path, json);
        return document.toString();
    }

    static String without(String path) {
        return with(path, null);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets (or with null JSON removes) the value at a path such as {@code plan.areas[0].depthMm}. */
    static void set(ObjectNode document, String path, String json) {
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode node = document;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ArrayNode array = (ArrayNode) node;
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (json == null) {
                array.remove(index);
            } else {
                array.set(index, parse(json));
            }
        } else if (json == null) {
            ((ObjectNode) node).remove(last);
        } else {
            ((ObjectNode) node).set(last, parse(json));
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step);
    }
}
