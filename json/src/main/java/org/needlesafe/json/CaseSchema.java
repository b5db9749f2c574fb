package org.needlesafe.json;

import static org.needlesafe.json.ProblemText.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.needlesafe.Problem;
import org.needlesafe.text.Message;

/**
 * The published JSON Schemas (draft 2020-12) of the contract, as resources of this module, and the case schema as
 * the reader's structural check: every problem it finds is worded in the contract's {@code path: message} form.
 */
public final class CaseSchema {
    /** The resource folder of the schemas. */
    public static final String FOLDER = "/org/needlesafe/json/schema/";
    /** The case document. */
    public static final String CASE = "case.schema.json";
    /** The assessment the advisor answers with. */
    public static final String ASSESSMENT = "assessment.schema.json";
    /** The record of an input that could not be assessed. */
    public static final String ERROR_RECORD = "error-record.schema.json";

    private static final JsonNode CASE_SCHEMA = resource(CASE);
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()))
            .getSchema(CASE_SCHEMA);

    /** The codes of each enum of the schema, as a message lists them. */
    private static final Map<JsonNode, String> CODES = Collections.synchronizedMap(new IdentityHashMap<>());

    private CaseSchema() {
    }

    private static String codes(JsonNode enumeration) {
        return StreamSupport.stream(enumeration.spliterator(), false).filter(code -> !code.isNull())
                .map(JsonNode::asText).collect(Collectors.joining(", "));
    }

    /** A schema's text, as published. */
    public static JsonNode resource(String name) {
        try (InputStream in = CaseSchema.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such schema: " + name);
            }
            return DocumentGuard.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the case against the schema, adds each problem to the survey (one per path) and sets the value aside
     * (null) so that binding sees only what the schema accepts.
     */
    static void check(ObjectNode root, DocumentSurvey survey) {
        List<Error> errors = VALIDATOR.validate(root);
        List<NodePath> setAside = new ArrayList<>();
        for (Error error : errors) {
            String path = path(error.getInstanceLocation());
            if ("required".equals(error.getKeyword())) {
                survey.add(Problem.of(ContractPath.field(path, error.getProperty()),
                        Message.keyed("problem.required")));
            } else {
                survey.add(problem(path, error, survey));
                setAside.add(error.getInstanceLocation());
            }
        }
        setAside.forEach(at -> setNull(root, at));
    }

    /**
     * The problem in the core catalogue's words, so a doorway can write it in its caller's language; the few the
     * catalogue has no words for (a pattern, a number no int holds, the validator's own) are written in English.
     */
    private static Problem problem(String path, Error error, DocumentSurvey survey) {
        JsonNode value = error.getInstanceNode();
        JsonNode schema = parentSchema(error);
        Message words = switch (error.getKeyword()) {
            case "type" -> wrongType(value, schema, path, survey);
            case "enum" -> Message.keyed("problem.unknownCode", quote(value.asText()),
                    CODES.computeIfAbsent(error.getSchemaNode(), CaseSchema::codes));
            case "minimum", "maximum", "exclusiveMinimum" -> outOfRange(value, schema, survey);
            case "multipleOf" -> Message.keyed("problem.depthDecimals", error.getSchemaNode().decimalValue().scale(),
                    survey.text(value));
            case "minItems" -> path.equals("plan.areas") ? Message.keyed("problem.noArea")
                    : english("must list at least one " + entryNoun(path));
            case "pattern", "format" -> schema.has("format") && "date".equals(schema.get("format").asText())
                    ? Message.keyed("problem.date", quote(value.asText()))
                    : english("must match " + schema.path("pattern").asText());
            default -> english(error.getMessage());
        };
        return Problem.of(path, words);
    }

    /** Words in English only, the same in every language. */
    private static Message english(String text) {
        return Message.of(null, text);
    }

    private static Message wrongType(JsonNode value, JsonNode schema, String path, DocumentSurvey survey) {
        if (value.isNull()) {
            return Message.keyed(path.endsWith("]") ? "problem.null" : "problem.required");
        }
        String expected = StreamSupport.stream(schema.get("type").spliterator(), false).map(JsonNode::asText)
                .filter(type -> !type.equals("null")).collect(Collectors.joining(","));
        if (schema.get("type").isTextual()) {
            expected = schema.get("type").asText();
        }
        Object kind = kind(value);
        return switch (expected) {
            case "boolean" -> Message.keyed("problem.type.boolean", kind);
            case "string,object" -> Message.keyed("problem.type.codeOrObject", kind);
            case "integer" -> Message.keyed("problem.type.integer", value.isNumber() ? survey.text(value) : kind);
            case "number" -> Message.keyed("problem.type.number", kind);
            case "object" -> Message.keyed("problem.type.object", kind);
            case "array" -> Message.keyed("problem.type.list", kind);
            case "string" -> schema.has("enum") ? Message.keyed("problem.type.code", kind)
                    : schema.has("format") ? Message.keyed("problem.date", kind)
                    : Message.keyed("problem.type.string", kind);
            default -> english("must be " + expected + ", was " + ProblemText.kind(value));
        };
    }

    /** What kind of JSON value it is, in words ("a string"); the literals true, false and null as they are. */
    private static Object kind(JsonNode value) {
        return value.isTextual() || value.isNumber() || value.isArray() || value.isObject()
                ? Message.keyed("kind." + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                : ProblemText.kind(value);
    }

    /**
     * A whole number that no int holds is out of range; others are outside the schema's bounds, which are small
     * (years, millimetres): written without a grouping separator in every language.
     */
    private static Message outOfRange(JsonNode value, JsonNode schema, DocumentSurvey survey) {
        if (schema.path("type").toString().contains("integer") && !fitsAnInt(value.decimalValue())) {
            return english("is out of range, was " + survey.text(value));
        }
        BigDecimal maximum = schema.path("maximum").decimalValue();
        return schema.has("exclusiveMinimum")
                ? Message.keyed("problem.aboveAndAtMost", schema.get("exclusiveMinimum").decimalValue(), maximum)
                : Message.keyed("problem.between", schema.path("minimum").decimalValue(), maximum);
    }

    static boolean fitsAnInt(BigDecimal number) {
        return number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    /** "area" for "plan.areas": the contract names its lists in the plural of their entries. */
    private static String entryNoun(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : "entry";
    }

    /** The schema object holding the keyword that failed. */
    private static JsonNode parentSchema(Error error) {
        NodePath keyword = error.getSchemaLocation().getFragment();
        JsonNode schema = CASE_SCHEMA;
        for (int i = 0; i < keyword.getNameCount() - 1; i++) {
            Object element = keyword.getElement(i);
            schema = element instanceof Integer index ? schema.path(index) : schema.path(element.toString());
        }
        return schema;
    }

    private static String path(NodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? ContractPath.index(path, index)
                    : ContractPath.field(path, element.toString());
        }
        return path;
    }

    private static void setNull(ObjectNode root, NodePath location) {
        JsonNode holder = root;
        int last = location.getNameCount() - 1;
        for (int i = 0; i < last && holder != null; i++) {
            Object element = location.getElement(i);
            holder = element instanceof Integer index ? holder.get(index) : holder.get(element.toString());
        }
        if (last < 0 || holder == null) {
            return;
        }
        Object element = location.getElement(last);
        if (holder instanceof ArrayNode list && element instanceof Integer index) {
            list.set(index, NullNode.getInstance());
        } else if (holder instanceof ObjectNode object) {
            object.set(element.toString(), NullNode.getInstance());
        }
    }
}
