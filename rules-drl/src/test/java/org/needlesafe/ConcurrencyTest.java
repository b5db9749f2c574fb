package org.needlesafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.properties.CaseText;
import org.needlesafe.properties.TreatmentCases;

/**
 * One advisor shared by 16 threads gives exactly the sequential results, runs no more assessments at once than its
 * pool holds, and every rule session it takes goes back to the pool. 16 x 2,000 assessments by default; 16 x 50,000
 * in the long mode (-Dneedlesafe.properties.tries of 10,000 or more; see docs/RELIABILITY.md). In the package of
 * SafetyAdvisor to see its session counters.
 */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int DISTINCT_CASES = 1000;
    private static SafetyAdvisor advisor;
    private static List<TreatmentCase> cases;
    private static List<Assessment> expected;

    @BeforeAll
    static void assessSequentially() {
        // A pool smaller than the thread count, so threads wait their turn and the pool is reused under load.
        advisor = SafetyAdvisor.builder().sessionPoolSize(4).build();
        cases = TreatmentCases.sample(advisor, DISTINCT_CASES);
        expected = new ArrayList<>(cases.size());
        for (TreatmentCase treatment : cases) {
            expected.add(advisor.assess(treatment));
        }
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    static int assessmentsPerThread() {
        int tries = Integer.getInteger("needlesafe.properties.tries", 1000);
        return tries >= 10_000 ? 50_000 : 2_000;
    }

    @Test
    void sixteenThreadsSharingOneAdvisorGetExactlyTheSequentialAssessments() throws Exception {
        int perThread = assessmentsPerThread();
        long openedBefore = advisor.sessions().opened();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<String> firstMismatch = new AtomicReference<>();
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                int mismatches = 0;
                for (int i = 0; i < perThread; i++) {
                    // Each thread walks the cases in its own order, so different cases run side by side.
                    int index = (int) ((thread * 7919L + i * 104_729L) % cases.size());
                    Assessment actual = advisor.assess(cases.get(index));
                    if (!actual.equals(expected.get(index))) {
                        mismatches++;
                        firstMismatch.compareAndSet(null, "case " + CaseText.of(cases.get(index)) + "\nexpected "
                                + expected.get(index) + "\nbut was  " + actual);
                    }
                }
                return mismatches;
            }));
        }
        start.countDown();
        int mismatches = 0;
        for (Future<Integer> result : results) {
            mismatches += result.get();
        }
        pool.shutdown();

        assertThat(mismatches).as("assessments that differ from the sequential ones; first: %s", firstMismatch.get())
                .isZero();
        assertThat(advisor.sessions().inUse()).as("sessions not given back to the pool").isZero();
        // No more than the pool's four assessments ran at once, so the pool never had to make a fifth session.
        assertThat(advisor.sessions().held()).as("sessions the rules hold").isLessThanOrEqualTo(4);
        // At least one session per assessment; a MODIFY_PLAN case opens a second for the plan as it goes ahead.
        assertThat(advisor.sessions().opened() - openedBefore).isGreaterThanOrEqualTo((long) THREADS * perThread);
    }

    @Test
    void aSessionGoesBackToThePoolWhenARuleThrows(@TempDir Path folder) throws Exception {
        Path drl = folder.resolve("throwing.drl");
        Files.writeString(drl, """
                package needlesafe.test;
                import org.needlesafe.rules.Report;
                import org.needlesafe.patient.Patient;
                global Report report;
                rule "throws for thirteen-year-olds"
                    @id("MN-TEST-THROWS") @kb("Q-02") @source("test") @evidence("JUDGEMENT")
                when
                    Patient( ageYears == 13 )
                then
                    throw new IllegalStateException("a broken rule");
                end
                """);
        try (SafetyAdvisor broken = SafetyAdvisor.builder().ruleFiles(List.of(drl)).sessionPoolSize(2).build()) {
            TreatmentCase thirteen = cases.get(0).toBuilder()
                    .patient(cases.get(0).patient().toBuilder().ageYears(13).build()).build();
            TreatmentCase forty = cases.get(0).toBuilder()
                    .patient(cases.get(0).patient().toBuilder().ageYears(40).build()).build();

            for (int i = 0; i < 50; i++) {
                assertThatThrownBy(() -> broken.assess(thirteen)).hasStackTraceContaining("a broken rule");
            }

            assertThat(broken.sessions().inUse()).isZero();
            assertThat(broken.sessions().opened()).isEqualTo(50);
            // The pool is not poisoned: the next assessments run normally.
            assertThat(broken.assess(forty).firedRules()).isEmpty();
            assertThat(broken.sessions().inUse()).isZero();
        }
    }
}
