package org.needlesafe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The benchmarks still run (each method once, in this JVM) and measure what they claim; no timing is checked. */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkMethodRunsOnce() throws RunnerException {
        Options once = new OptionsBuilder()
                .include("org\\.needlesafe\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(1)
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .param("areas", "13")
                .param("entries", "20")
                .timeout(TimeValue.minutes(2))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        // JMH's machine-wide lock only keeps measurements from disturbing each other; this run measures nothing, so a
        // benchmark running beside the build must not fail it.
        System.setProperty("jmh.ignoreLock", "true");
        Collection<RunResult> results = new Runner(once).run();

        assertThat(results).extracting(result -> result.getParams().getBenchmark() + engine(result))
                .contains("org.needlesafe.benchmarks.AssessBenchmark.assess engine=advisor",
                        "org.needlesafe.benchmarks.AssessBenchmark.assess engine=naive",
                        "org.needlesafe.benchmarks.ThroughputBenchmark.assess engine=advisor",
                        "org.needlesafe.benchmarks.ThroughputBenchmark.assess engine=naive",
                        "org.needlesafe.benchmarks.ScalingBenchmark.advisor");
    }

    @Test
    void theNaiveEmbeddingAssessesExactlyAsTheAdvisor() {
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build(); NaiveAdvisor naive = new NaiveAdvisor(advisor)) {
            List<TreatmentCase> cases = Scenarios.all(advisor);
            assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
            for (TreatmentCase treatment : cases) {
                Assessment expected = advisor.assess(treatment);
                Assessment actual = naive.assess(treatment);
                // Two kbases built apart may order rules of equal salience differently: the trace is a set here.
                assertThat(actual.firedRules()).containsExactlyInAnyOrderElementsOf(expected.firedRules());
                assertThat(withoutTrace(actual)).isEqualTo(withoutTrace(expected));
            }
        }
    }

    @Test
    void sizedCasesHaveTheRequestedSizeAndAreValid() {
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            TreatmentCase largest = Scenarios.sized(advisor, 13, 20);

            assertThat(largest.plan().areas()).hasSize(13);
            assertThat(largest.patient().conditions()).hasSize(20);
            assertThat(largest.patient().medications()).hasSize(20);
            assertThat(advisor.validate(largest)).isEmpty();
            assertThat(advisor.assess(largest).findings()).isNotEmpty();
        }
    }

    private static String engine(RunResult result) {
        String engine = result.getParams().getParam("engine");
        return engine == null ? "" : " engine=" + engine;
    }

    private static Assessment withoutTrace(Assessment assessment) {
        return new Assessment(assessment.formatVersion(), assessment.caseId(), assessment.decision(),
                assessment.rulesetVersion(), assessment.jurisdictionProfile(), assessment.configuration(),
                assessment.findings(), assessment.areaDecisions(), assessment.missingInformation(),
                assessment.expectedSideEffects(), assessment.aftercare(), assessment.nextSessionEarliest(), List.of());
    }
}
