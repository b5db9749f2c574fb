package org.needlesafe.embedder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.AdvisorClosedException;
import org.needlesafe.RulePackException;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.json.CaseReader;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;

/** What an embedder can rely on around the assessments: closing, start-up failures, audit failures, builders. */
class LifecycleTest {

    @Test
    void assessingAfterCloseThrowsTheLibrarysOwnException() throws Exception {
        SafetyAdvisor advisor = SafetyAdvisor.builder().sessionPoolSize(1).build();
        TreatmentCase treatment = scenario(advisor);
        assertThat(advisor.assess(treatment).decision()).isNotNull();

        advisor.close();
        advisor.close(); // idempotent

        assertThatThrownBy(() -> advisor.assess(treatment))
                .isInstanceOf(AdvisorClosedException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aMalformedConfigurationFileFailsBuildWithRulePackException(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("clinic.conf"), "periorbitalMaxDepthMm = deep\n");
        SafetyAdvisor.Builder builder = SafetyAdvisor.builder().configurationFile(file); // nothing read yet

        assertThatThrownBy(builder::build)
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ":1: periorbitalMaxDepthMm: must be a number");
        assertThatThrownBy(() -> SafetyAdvisor.builder().configurationFile(folder.resolve("none.conf")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("none.conf");
    }

    @Test
    void anAuditSinkThatCannotRecordFailsTheAssessment() throws Exception {
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().auditSink(record -> {
            throw new UncheckedIOException(new java.io.IOException("disk full"));
        }).build()) {
            TreatmentCase treatment = scenario(advisor);

            assertThatThrownBy(() -> advisor.assess(treatment))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("disk full");
        }
    }

    @Test
    void thePractitionerBuilderNamesWhatTheConstructorsBooleansMean() {
        Practitioner built = Practitioner.builder().credential(Credential.MASTER_ESTHETICIAN)
                .microneedlingTraining(true).supervisingPhysician(false).yearsExperience(4).build();

        assertThat(built).isEqualTo(new Practitioner(Credential.MASTER_ESTHETICIAN, true, false, 4));
        assertThat(built.toBuilder().yearsExperience(null).build().yearsExperience()).isNull();
        assertThat(Practitioner.builder().build().microneedlingTraining()).as("unset stays unknown").isNull();
    }

    private static TreatmentCase scenario(SafetyAdvisor advisor) {
        Path scenario = EmbedderClassPath.root().resolve("examples/scenarios/01-clean-proceed.json");
        return new CaseReader(advisor).read(scenario);
    }
}
