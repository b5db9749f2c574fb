package org.needlesafe.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.audit.AuditRecord;
import org.needlesafe.audit.FileAuditSink;
import org.needlesafe.properties.TreatmentCases;

/** Every assessment leaves exactly one audit record that reproduces what was decided, with what, for which case. */
class AuditTrailTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SALT = "a clinic's secret audit salt".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void eachAssessmentFromManyThreadsLeavesOneRecordThatMatchesIt() throws Exception {
        Path log = folder.resolve("audit.jsonl");
        Instant before = Instant.now();
        Map<String, Assessment> byHash = new HashMap<>();
        try (FileAuditSink sink = FileAuditSink.open(log);
             SafetyAdvisor advisor = SafetyAdvisor.builder().auditSink(sink).auditSalt(SALT).build()) {
            List<TreatmentCase> cases = new ArrayList<>();
            List<TreatmentCase> sample = TreatmentCases.sample(advisor, 400);
            for (int i = 0; i < sample.size(); i++) {
                cases.add(sample.get(i).toBuilder().caseId("audit-" + i).build());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Assessment>> results = new ArrayList<>();
            for (TreatmentCase treatment : cases) {
                results.add(pool.submit(() -> advisor.assess(treatment)));
            }
            for (int i = 0; i < cases.size(); i++) {
                byHash.put(advisor.caseIdHash(cases.get(i).caseId()), results.get(i).get());
            }
            pool.shutdown();

            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(cases.size());
            for (String line : lines) {
                JsonNode record = JSON.readTree(line);
                Assessment assessment = byHash.remove(record.get("caseIdHash").textValue());
                assertThat(assessment).as("one record per assessment: %s", line).isNotNull();
                assertThat(record.get("event").textValue()).isEqualTo("ASSESSMENT");
                assertThat(Instant.parse(record.get("timestamp").textValue())).isBetween(before, Instant.now());
                assertThat(record.get("timestamp").textValue()).endsWith("Z");
                assertThat(record.get("decision").textValue()).isEqualTo(assessment.decision().name());
                assertThat(record.get("rulesetVersion").textValue()).isEqualTo(advisor.rulesetVersion());
                assertThat(record.get("rulesetHash").textValue()).isEqualTo(advisor.rulesetHash());
                List<String> fired = new ArrayList<>();
                record.get("firedRules").forEach(rule -> fired.add(rule.textValue()));
                assertThat(fired).isEqualTo(assessment.firedRules());
                assertThat(record.get("configuration").size()).isEqualTo(assessment.configuration().size());
                assessment.configuration().forEach((key, value) ->
                        assertThat(record.get("configuration").get(key).decimalValue()).isEqualByComparingTo(value));
                assertThat(record.get("details").get("jurisdictionProfile").textValue())
                        .isEqualTo(assessment.jurisdictionProfile().id());
                assertThat(line).doesNotContain("audit-");
            }
            assertThat(byHash).as("assessments without a record").isEmpty();
        }
    }

    @Test
    void anAssessmentThatCannotBeRecordedIsNotReturned() {
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().auditSink(record -> {
            throw new UncheckedIOException(new java.io.IOException("disk full"));
        }).build()) {
            TreatmentCase treatment = TreatmentCases.sample(advisor, 1).get(0);

            assertThatThrownBy(() -> advisor.assess(treatment)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("disk full");
        }
    }

    @Test
    void aRefusedCaseLeavesNoAssessmentRecord() {
        List<AuditRecord> records = new ArrayList<>();
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().auditSink(records::add).build()) {
            TreatmentCase valid = TreatmentCases.sample(advisor, 1).get(0);
            TreatmentCase invalid = valid.toBuilder().jurisdiction("XX-NOWHERE").build();

            assertThatThrownBy(() -> advisor.assess(invalid)).isInstanceOf(InvalidCaseException.class);
            assertThat(records).isEmpty();
            advisor.assess(valid);
            assertThat(records).hasSize(1);
        }
    }

    @Test
    void theSameSaltGivesTheSameHashAcrossAdvisorsAndNoSaltARandomOne() {
        try (SafetyAdvisor first = SafetyAdvisor.builder().auditSalt(SALT).build();
             SafetyAdvisor restarted = SafetyAdvisor.builder().auditSalt(SALT.clone()).build();
             SafetyAdvisor unsalted = SafetyAdvisor.builder().build();
             SafetyAdvisor unsaltedToo = SafetyAdvisor.builder().build()) {
            String hash = first.caseIdHash("demo-001");

            assertThat(hash).matches("[0-9a-f]{32}");
            assertThat(restarted.caseIdHash("demo-001")).isEqualTo(hash);
            assertThat(first.caseIdHash("demo-002")).isNotEqualTo(hash);
            assertThat(unsalted.caseIdHash("demo-001")).isNotEqualTo(hash)
                    .isNotEqualTo(unsaltedToo.caseIdHash("demo-001"));
            assertThat(first.caseIdHash(null)).isNull();
        }
    }

    @Test
    void aShortSaltIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SafetyAdvisor.builder().auditSalt(new byte[8]))
                .withMessageContaining("at least 16 bytes");
    }
}
