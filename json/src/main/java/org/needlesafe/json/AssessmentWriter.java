package org.needlesafe.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.needlesafe.AftercareStep;
import org.needlesafe.Assessment;
import org.needlesafe.Cleared;
import org.needlesafe.Finding;
import org.needlesafe.JurisdictionRef;
import org.needlesafe.KbItem;
import org.needlesafe.PlanChange;
import org.needlesafe.Problem;
import org.needlesafe.SideEffect;

/**
 * Writes an {@link Assessment} as the contract's assessment object, on one line (a JSON Lines record), and the
 * error record for an input that could not be assessed.
 *
 * <p>Field names and order are the contract's: {@code formatVersion}, {@code caseId}, {@code decision},
 * {@code rulesetVersion}, {@code jurisdictionProfile} (its {@code id} and {@code version}, then the extensions
 * {@code validFrom}, {@code source} and {@code lastChecked}), {@code configuration}, {@code findings},
 * {@code areaDecisions}, {@code missingInformation}, {@code expectedSideEffects}, {@code aftercare}, then the
 * extensions {@code nextSessionEarliest}, {@code firedRules} (the trace of the rules that fired), {@code language}
 * (the language of the human texts; codes stay language-neutral) and {@code languageNotice} (one line when those
 * texts are not clinically reviewed or the language asked for is not available). Optional fields
 * with no value are omitted, never {@code null}. Decimals are written plain ({@code 0.5}, never {@code 5E-1}) and
 * dates as ISO {@code YYYY-MM-DD}. Written straight to the text, field by field: building a tree first cost as much
 * again.
 */
public final class AssessmentWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AssessmentWriter() {
    }

    /** The assessment as one line of JSON, without a line break. */
    public static String toJson(Assessment assessment) {
        return write(fields(assessment));
    }

    /**
     * The same line encoded as UTF-8, for a caller that writes bytes (a response body, standard output): no
     * {@code String} is built between the JSON and the bytes.
     */
    public static byte[] toJsonBytes(Assessment assessment) {
        return bytes(fields(assessment));
    }

    private static Fields fields(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return json -> {
            json.writeStartObject();
            json.writeStringField("formatVersion", assessment.formatVersion());
            optional(json, "caseId", assessment.caseId());
            json.writeStringField("decision", assessment.decision().name());
            json.writeStringField("rulesetVersion", assessment.rulesetVersion());
            JurisdictionRef profile = assessment.jurisdictionProfile();
            json.writeObjectFieldStart("jurisdictionProfile");
            json.writeStringField("id", profile.id());
            json.writeStringField("version", profile.version());
            optional(json, "validFrom", profile.validFrom());
            optional(json, "source", profile.source());
            optional(json, "lastChecked", profile.lastChecked());
            json.writeEndObject();
            json.writeObjectFieldStart("configuration");
            for (Map.Entry<String, BigDecimal> setting : assessment.configuration().entrySet()) {
                decimal(json, setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : assessment.findings()) {
                finding(json, finding);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("areaDecisions");
            for (var area : assessment.areaDecisions().entrySet()) {
                json.writeStringField(area.getKey().name(), area.getValue().name());
            }
            json.writeEndObject();
            strings(json, "missingInformation", assessment.missingInformation());
            json.writeArrayFieldStart("expectedSideEffects");
            for (SideEffect effect : assessment.expectedSideEffects()) {
                json.writeStartObject();
                json.writeStringField("code", effect.code());
                json.writeStringField("typicalDuration", effect.typicalDuration());
                json.writeStringField("summary", effect.summary());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("aftercare");
            for (AftercareStep step : assessment.aftercare()) {
                json.writeStartObject();
                json.writeStringField("code", step.code());
                json.writeNumberField("fromDay", step.fromDay());
                json.writeNumberField("untilDay", step.untilDay());
                json.writeStringField("instruction", step.instruction());
                json.writeEndObject();
            }
            json.writeEndArray();
            optional(json, "nextSessionEarliest", assessment.nextSessionEarliest());
            strings(json, "firedRules", assessment.firedRules());
            json.writeStringField("language", assessment.language().tag());
            optional(json, "languageNotice", assessment.languageNotice());
            json.writeEndObject();
        };
    }

    /**
     * The record for an input that could not be assessed, on one line:
     * {@code {"file": "...", "errors": [{"path": "...", "message": "..."}]}}.
     */
    public static String errorRecord(String file, List<Problem> problems) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("file", file);
            errors(json, problems);
            json.writeEndObject();
        });
    }

    /**
     * The record for a line of a JSON Lines batch that could not be assessed, on one line:
     * {@code {"line": N, "errors": [{"path": "...", "message": "..."}]}}, 1 for the first line.
     */
    public static String errorRecord(long line, List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        return write(json -> {
            json.writeStartObject();
            json.writeNumberField("line", line);
            errors(json, problems);
            json.writeEndObject();
        });
    }

    private static void errors(JsonGenerator json, List<Problem> problems) throws IOException {
        json.writeArrayFieldStart("errors");
        for (Problem problem : problems) {
            json.writeStartObject();
            json.writeStringField("path", problem.path());
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        strings(json, "kb", KbItem.ids(finding.kb()));
        json.writeStringField("decision", finding.decision().name());
        json.writeStringField("category", finding.category().name());
        if (finding.area() != null) {
            json.writeStringField("area", finding.area().name());
        }
        json.writeStringField("summary", finding.summary());
        json.writeStringField("rationale", finding.rationale());
        strings(json, "basis", finding.basis());
        json.writeStringField("evidence", finding.evidence().name());
        json.writeStringField("source", finding.source());
        if (finding.referTo() != null) {
            json.writeStringField("referTo", finding.referTo().name());
        }
        optional(json, "deferUntil", finding.deferUntil());
        if (finding.planChange() != null) {
            json.writeObjectFieldStart("planChange");
            planChange(json, finding.planChange());
            json.writeEndObject();
        }
        if (finding.cleared() != null) {
            Cleared cleared = finding.cleared();
            json.writeObjectFieldStart("cleared");
            json.writeStringField("by", cleared.by().name());
            json.writeStringField("date", cleared.date().toString());
            json.writeStringField("uncleared", cleared.uncleared().name());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** One of the contract's shapes: {area, maxDepthMm}, {removeArea}, {removeTopical}, {omitAnesthetic: true}. */
    private static void planChange(JsonGenerator json, PlanChange change) throws IOException {
        Fields fields = change.match(
                depth -> out -> {
                    out.writeStringField("area", depth.area().name());
                    decimal(out, "maxDepthMm", depth.maxDepthMm());
                },
                area -> out -> out.writeStringField("removeArea", area.area().name()),
                topical -> out -> out.writeStringField("removeTopical", topical.product().name()),
                anesthetic -> out -> out.writeBooleanField("omitAnesthetic", true));
        fields.write(json);
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator json, String name, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** What a record writes, field by field. */
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            fields.write(json);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return text.toString();
    }

    private static byte[] bytes(Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            fields.write(json);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return bytes.toByteArray();
    }

    /** Writing to memory cannot fail for want of room; this would be a bug here. */
    private static UncheckedIOException cannotWrite(IOException e) {
        return new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
    }
}
