package org.needlesafe.json;

import static org.needlesafe.json.ProblemText.kind;
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
                survey.add(Problem.of(ContractPath.field(path, error.getProperty()), Message.keyed("problem.required")));
            } else {
                survey.add(problem(path, error, survey));
                setAside.add(error.getInstanceLocation());
            }
        }
        setAside.forEach(at -> setNull(root, at));
    }

    /** The problem, in the core catalogue's words where the engine's own checks have the same (so in any language). */
    private static Problem problem(String path, Error error, DocumentSurvey survey) {
        Message words = words(path, error);
        return words != null ? Problem.of(path, words) : new Problem(path, message(error, survey));
    }

    private static Message words(String path, Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode schema = parentSchema(error);
        boolean bounded = !schema.path("type").toString().contains("integer") || fitsAnInt(value.decimalValue());
        return switch (error.getKeyword()) {
            case "type" -> !value.isNull() ? null
                    : Message.keyed(path.endsWith("]") ? "problem.null" : "problem.required");
            // The schema's bounds are small (years, millimetres): no grouping separator in any language.
            case "minimum", "maximum", "exclusiveMinimum" -> !bounded ? null : schema.has("exclusiveMinimum")
                    ? Message.keyed("problem.aboveAndAtMost", schema.get("exclusiveMinimum").decimalValue(),
                            schema.path("maximum").decimalValue())
                    : Message.keyed("problem.between", schema.path("minimum").decimalValue(),
                            schema.path("maximum").decimalValue());
            default -> null;
        };
    }

    private static String message(Error error, DocumentSurvey survey) {
        JsonNode value = error.getInstanceNode();
        JsonNode schema = parentSchema(error);
        String keyword = error.getKeyword();
        return switch (keyword) {
            case "type" -> wrongType(value, schema, path(error.getInstanceLocation()), survey);
            case "enum" -> "unknown code " + quote(value.asText()) + " (expected one of "
                    + CODES.computeIfAbsent(error.getSchemaNode(), CaseSchema::codes) + ")";
            case "minimum", "maximum", "exclusiveMinimum" -> outOfRange(value, schema, survey);
            case "multipleOf" -> "must have at most " + error.getSchemaNode().decimalValue().scale()
                    + " decimal places, was " + survey.text(value);
            case "minItems" -> "must list at least one " + entryNoun(path(error.getInstanceLocation()));
            case "pattern", "format" -> schema.has("format") && "date".equals(schema.get("format").asText())
                    ? "must be a date (YYYY-MM-DD), was " + quote(value.asText())
                    : "must match " + schema.path("pattern").asText();
            default -> error.getMessage();
        };
    }

    private static String wrongType(JsonNode value, JsonNode schema, String path, DocumentSurvey survey) {
        if (value.isNull()) {
            return path.endsWith("]") ? "must not be null" : "required";
        }
        String expected = StreamSupport.stream(schema.get("type").spliterator(), false).map(JsonNode::asText)
                .filter(type -> !type.equals("null")).collect(Collectors.joining(","));
        if (schema.get("type").isTextual()) {
            expected = schema.get("type").asText();
        }
        return switch (expected) {
            case "boolean" -> "must be true, false or null (unknown), was " + kind(value);
            case "string,object" -> "must be a code or an object with a code, was " + kind(value);
            case "integer" -> "must be a whole number, was " + (value.isNumber() ? survey.text(value) : kind(value));
            case "number" -> "must be a number (millimetres), was " + kind(value);
            case "object" -> "must be an object, was " + kind(value);
            case "array" -> "must be a list, was " + kind(value);
            case "string" -> schema.has("enum") ? "must be a string (a code), was " + kind(value)
                    : schema.has("format") ? "must be a date (YYYY-MM-DD), was " + kind(value)
                    : "must be a string, was " + kind(value);
            default -> "must be " + expected + ", was " + kind(value);
        };
    }

    /** A whole number that no int holds is out of range; others are outside the schema's bounds. */
    private static String outOfRange(JsonNode value, JsonNode schema, DocumentSurvey survey) {
        BigDecimal number = value.decimalValue();
        if (schema.path("type").toString().contains("integer") && !fitsAnInt(number)) {
            return "is out of range, was " + survey.text(value);
        }
        String maximum = schema.path("maximum").decimalValue().toPlainString();
        return schema.has("exclusiveMinimum")
                ? "must be > " + schema.get("exclusiveMinimum").decimalValue().toPlainString() + " and <= " + maximum
                : "must be between " + schema.path("minimum").decimalValue().toPlainString() + " and " + maximum;
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
