package org.needlesafe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" inside", "back\\slash", "new\nline", "cr\rlf", "tab\there",
            "bell\u0007", "nul\u0000byte", "unit\u001fsep", "del\u007f", "line\u2028sep", "para\u2029sep",
            "emoji \ud83d\ude00 ok", "ümlaut café 中文", "</script>", "\\u0041 is not A", "{\"a\":[1,2]}"})
    void quotedTextParsesBackToItself(String text) throws Exception {
        String quoted = AuditJson.quote(text);

        assertThat(JSON.readTree(quoted).textValue()).isEqualTo(text);
        assertThat(quoted).doesNotContain("\n", "\r", "\u2028", "\u2029");
        assertThat(quoted.chars()).noneMatch(c -> c < 0x20);
    }

    @Test
    void escapesAreTheShortFormsWhereJsonHasThem() {
        assertThat(AuditJson.quote("\"\\\n\r\t\b\f")).isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\"");
        assertThat(AuditJson.quote("\u0001\u001f\u2028")).isEqualTo("\"\\u0001\\u001f\\u2028\"");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheLineStaysValidUtf8() throws Exception {
        String lone = "high \ud83d alone, low \ude00 alone";
        String quoted = AuditJson.quote(lone);

        assertThat(quoted).contains("\\ud83d", "\\ude00");
        assertThat(JSON.readTree(quoted).textValue()).isEqualTo(lone);
    }

    @RepeatedTest(20)
    void randomTextRoundTrips() throws Exception {
        Random random = new Random();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }

        String quoted = AuditJson.quote(text.toString());

        assertThat(JSON.readTree(quoted).textValue()).isEqualTo(text.toString());
    }

    @Test
    void aRecordIsOneFlatObjectWithEveryField() throws Exception {
        Map<String, BigDecimal> configuration = new LinkedHashMap<>();
        configuration.put("periorbitalMaxDepthMm", new BigDecimal("0.5"));
        configuration.put("clearanceValidDays", new BigDecimal("90"));
        configuration.put("scientific", new BigDecimal("1E+3"));
        AuditRecord record = new AuditRecord(Instant.parse("2026-11-25T09:30:00.123Z"), "ASSESSMENT", "ab12",
                "1.0.0", "ff00", configuration, List.of("MN-C01-ACTIVE-INFECTION", "MN-S03-NO-GLOVES"), "DEFER",
                Map.of("note", "a \"quoted\"\nvalue"));

        String line = AuditJson.line(record);
        JsonNode json = JSON.readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(json.get("timestamp").textValue()).isEqualTo("2026-11-25T09:30:00.123Z");
        assertThat(json.get("event").textValue()).isEqualTo("ASSESSMENT");
        assertThat(json.get("caseIdHash").textValue()).isEqualTo("ab12");
        assertThat(json.get("rulesetVersion").textValue()).isEqualTo("1.0.0");
        assertThat(json.get("rulesetHash").textValue()).isEqualTo("ff00");
        assertThat(json.get("configuration").get("periorbitalMaxDepthMm").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(json.get("configuration").get("clearanceValidDays").intValue()).isEqualTo(90);
        assertThat(json.get("configuration").get("scientific").intValue()).isEqualTo(1000);
        assertThat(json.get("firedRules")).extracting(JsonNode::textValue)
                .containsExactly("MN-C01-ACTIVE-INFECTION", "MN-S03-NO-GLOVES");
        assertThat(json.get("decision").textValue()).isEqualTo("DEFER");
        assertThat(json.get("details").get("note").textValue()).isEqualTo("a \"quoted\"\nvalue");
    }

    @Test
    void fieldsWithoutAValueAreLeftOut() throws Exception {
        AuditRecord record = new AuditRecord(Instant.EPOCH, "CDS_FEEDBACK", null, "1.0.0", "ff", Map.of(),
                List.of(), null, Map.of());

        JsonNode json = JSON.readTree(AuditJson.line(record));

        assertThat(json.has("caseIdHash")).isFalse();
        assertThat(json.has("decision")).isFalse();
        assertThat(json.get("timestamp").textValue()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(json.get("configuration").isEmpty()).isTrue();
        assertThat(json.get("firedRules").isEmpty()).isTrue();
    }

    @Test
    void aRecordWithoutTimestampOrEventIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> AuditJson.line(new AuditRecord(null, "ASSESSMENT", null,
                "1", "h", Map.of(), List.of(), null, Map.of()))).withMessage("timestamp");
        assertThatNullPointerException().isThrownBy(() -> AuditJson.line(new AuditRecord(Instant.EPOCH, null, null,
                "1", "h", Map.of(), List.of(), null, Map.of()))).withMessage("event");
    }
}
