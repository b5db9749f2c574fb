package org.needlesafe.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
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
 * dates as ISO {@code YYYY-MM-DD}.
 */
public final class AssessmentWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private AssessmentWriter() {
    }

    /** The assessment as one line of JSON, without a line break. */
    public static String toJson(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        ObjectNode json = MAPPER.createObjectNode();
        json.put("formatVersion", assessment.formatVersion());
        optional(json, "caseId", assessment.caseId());
        json.put("decision", assessment.decision().name());
        json.put("rulesetVersion", assessment.rulesetVersion());
        JurisdictionRef profile = assessment.jurisdictionProfile();
        ObjectNode jurisdiction = json.putObject("jurisdictionProfile")
                .put("id", profile.id())
                .put("version", profile.version());
        optional(jurisdiction, "validFrom", profile.validFrom());
        optional(jurisdiction, "source", profile.source());
        optional(jurisdiction, "lastChecked", profile.lastChecked());
        ObjectNode configuration = json.putObject("configuration");
        assessment.configuration().forEach(configuration::put);
        ArrayNode findings = json.putArray("findings");
        assessment.findings().forEach(finding -> finding(findings.addObject(), finding));
        ObjectNode areaDecisions = json.putObject("areaDecisions");
        assessment.areaDecisions().forEach((area, decision) -> areaDecisions.put(area.name(), decision.name()));
        strings(json.putArray("missingInformation"), assessment.missingInformation());
        ArrayNode sideEffects = json.putArray("expectedSideEffects");
        for (SideEffect effect : assessment.expectedSideEffects()) {
            sideEffects.addObject()
                    .put("code", effect.code())
                    .put("typicalDuration", effect.typicalDuration())
                    .put("summary", effect.summary());
        }
        ArrayNode aftercare = json.putArray("aftercare");
        for (AftercareStep step : assessment.aftercare()) {
            aftercare.addObject()
                    .put("code", step.code())
                    .put("fromDay", step.fromDay())
                    .put("untilDay", step.untilDay())
                    .put("instruction", step.instruction());
        }
        optional(json, "nextSessionEarliest", assessment.nextSessionEarliest());
        strings(json.putArray("firedRules"), assessment.firedRules());
        json.put("language", assessment.language().tag());
        optional(json, "languageNotice", assessment.languageNotice());
        return write(json);
    }

    /**
     * The record for an input that could not be assessed, on one line:
     * {@code {"file": "...", "errors": [{"path": "...", "message": "..."}]}}.
     */
    public static String errorRecord(String file, List<Problem> problems) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
        ObjectNode json = MAPPER.createObjectNode();
        json.put("file", file);
        errors(json, problems);
        return write(json);
    }

    /**
     * The record for a line of a JSON Lines batch that could not be assessed, on one line:
     * {@code {"line": N, "errors": [{"path": "...", "message": "..."}]}}, 1 for the first line.
     */
    public static String errorRecord(long line, List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        ObjectNode json = MAPPER.createObjectNode();
        json.put("line", line);
        errors(json, problems);
        return write(json);
    }

    private static void errors(ObjectNode json, List<Problem> problems) {
        ArrayNode errors = json.putArray("errors");
        for (Problem problem : problems) {
            errors.addObject().put("path", problem.path()).put("message", problem.message());
        }
    }

    private static void finding(ObjectNode json, Finding finding) {
        json.put("ruleId", finding.ruleId());
        strings(json.putArray("kb"), KbItem.ids(finding.kb()));
        json.put("decision", finding.decision().name());
        json.put("category", finding.category().name());
        if (finding.area() != null) {
            json.put("area", finding.area().name());
        }
        json.put("summary", finding.summary());
        json.put("rationale", finding.rationale());
        strings(json.putArray("basis"), finding.basis());
        json.put("evidence", finding.evidence().name());
        json.put("source", finding.source());
        if (finding.referTo() != null) {
            json.put("referTo", finding.referTo().name());
        }
        optional(json, "deferUntil", finding.deferUntil());
        if (finding.planChange() != null) {
            planChange(json.putObject("planChange"), finding.planChange());
        }
        if (finding.cleared() != null) {
            Cleared cleared = finding.cleared();
            json.putObject("cleared")
                    .put("by", cleared.by().name())
                    .put("date", cleared.date().toString())
                    .put("uncleared", cleared.uncleared().name());
        }
    }

    /** One of the contract's shapes: {area, maxDepthMm}, {removeArea}, {removeTopical}, {omitAnesthetic: true}. */
    private static void planChange(ObjectNode json, PlanChange change) {
        change.match(
                depth -> json.put("area", depth.area().name()).put("maxDepthMm", depth.maxDepthMm()),
                area -> json.put("removeArea", area.area().name()),
                topical -> json.put("removeTopical", topical.product().name()),
                anesthetic -> json.put("omitAnesthetic", true));
    }

    private static void optional(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static void optional(ObjectNode json, String name, LocalDate value) {
        if (value != null) {
            json.put(name, value.toString());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serialises; this would be a bug here.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
