package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** CDS Hooks 2.0: no {@code null}, {@code ""}, {@code []} or {@code {}} anywhere, except an empty {@code cards}. */
final class JsonChecks {
    private JsonChecks() {
    }

    static void assertNoEmptyValues(JsonNode root) {
        check(root, "$", true);
    }

    private static void check(JsonNode node, String path, boolean root) {
        if (node.isNull()) {
            fail("null at " + path);
        }
        if (node.isTextual() && node.asText().isEmpty()) {
            fail("empty string at " + path);
        }
        if (node.isArray()) {
            if (node.isEmpty() && !path.equals("$.cards")) {
                fail("empty array at " + path);
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", false);
            }
        }
        if (node.isObject()) {
            if (node.isEmpty()) {
                fail("empty object at " + path);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                check(field.getValue(), path + "." + field.getKey(), false);
            }
        }
    }
}
