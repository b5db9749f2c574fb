package org.needlesafe.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Set;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;

/**
 * Binds a case tree that passed the schema (every value it refused set aside as null) to the core's records, by
 * their component names: the record is the one place a field is named in Java.
 */
final class CaseBinding {
    /**
     * YYYY-MM-DD with a four-digit year: ISO_LOCAL_DATE would also take {@code +10000-01-01} and
     * {@code +999999999-12-31}, where the rules' date arithmetic overflows.
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final ObjectMapper MAPPER = binder();

    private CaseBinding() {
    }

    /**
     * The case the tree holds. A value the schema let through but no record field can hold (a whole number beyond
     * an int) is reported to the survey and set aside, and binding starts again.
     */
    static TreatmentCase bind(ObjectNode root, DocumentSurvey survey) {
        shorthands(root.path("patient"));
        while (true) {
            try {
                return MAPPER.treeToValue(root, TreatmentCase.class);
            } catch (JsonMappingException e) {
                survey.add(setAside(root, e, survey));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("a case the schema accepted cannot be bound: " + e.getMessage(), e);
            }
        }
    }

    /** An allergy may be written as its code or {@code {"code": ...}}; an implant as its code or an object. */
    private static void shorthands(JsonNode patient) {
        if (patient.path("allergies") instanceof ArrayNode allergies) {
            for (int i = 0; i < allergies.size(); i++) {
                if (allergies.get(i).isObject()) {
                    allergies.set(i, allergies.get(i).get("code"));
                }
            }
        }
        if (patient.path("implants") instanceof ArrayNode implants) {
            for (int i = 0; i < implants.size(); i++) {
                if (implants.get(i).isTextual()) {
                    implants.set(i, DocumentGuard.MAPPER.createObjectNode().set("code", implants.get(i)));
                }
            }
        }
    }

    /** Sets the value the exception names to null and answers the problem with it. */
    private static Problem setAside(ObjectNode root, JsonMappingException e, DocumentSurvey survey) {
        String path = "";
        JsonNode holder = root;
        JsonNode value = root;
        for (JsonMappingException.Reference step : e.getPath()) {
            holder = value;
            if (step.getIndex() >= 0) {
                path = ContractPath.index(path, step.getIndex());
                value = holder.get(step.getIndex());
            } else {
                path = ContractPath.field(path, step.getFieldName());
                value = holder.get(step.getFieldName());
            }
        }
        if (e.getPath().isEmpty() || value == null || value.isNull()) {
            throw new IllegalStateException("a case the schema accepted cannot be bound: " + e.getOriginalMessage(), e);
        }
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        if (holder instanceof ArrayNode list) {
            list.set(last.getIndex(), NullNode.getInstance());
        } else {
            ((ObjectNode) holder).set(last.getFieldName(), NullNode.getInstance());
        }
        return new Problem(path, "is out of range, was " + survey.text(value));
    }

    private static ObjectMapper binder() {
        SimpleModule contract = new SimpleModule("needlesafe-case")
                .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                    @Override
                    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
                            throws IOException {
                        return LocalDate.parse(parser.getText(), DATE);
                    }
                })
                .addDeserializer(Integer.class, new JsonDeserializer<>() {
                    @Override
                    public Integer deserialize(JsonParser parser, DeserializationContext context)
                            throws IOException {
                        BigDecimal number = parser.getDecimalValue();
                        if (!CaseSchema.fitsAnInt(number)) {
                            throw JsonMappingException.from(parser, parser.getText());
                        }
                        return number.intValueExact();
                    }
                });
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(contract)
                .build();
        // A set of areas holds the areas given; an entry the schema refused is already reported.
        mapper.configOverride(Set.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
        return mapper;
    }
}
