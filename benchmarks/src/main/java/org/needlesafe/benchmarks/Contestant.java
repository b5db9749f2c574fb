package org.needlesafe.benchmarks;

import java.util.List;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a benchmark measures, chosen by the JMH parameter {@code engine}: the advisor ({@code advisor}) or the naive
 * embedding of the same rules ({@code naive}), over the example scenarios. Before measuring, the naive embedding is
 * checked to decide every scenario as the advisor does.
 */
@State(Scope.Benchmark)
public class Contestant {
    /** {@code advisor} or {@code naive}; JMH's {@code -p engine=...} picks one. */
    @Param({"advisor", "naive"})
    public String engine;

    private SafetyAdvisor advisor;
    private NaiveAdvisor naive;
    private TreatmentCase[] cases;

    /** Which case a thread assesses next. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        TreatmentCase next(Contestant contestant) {
            TreatmentCase[] cases = contestant.cases;
            TreatmentCase treatment = cases[next];
            next = next + 1 == cases.length ? 0 : next + 1;
            return treatment;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        advisor = SafetyAdvisor.builder().build();
        List<TreatmentCase> all = Scenarios.all(advisor);
        cases = all.toArray(new TreatmentCase[0]);
        if (engine.equals("naive")) {
            naive = new NaiveAdvisor(advisor);
            for (TreatmentCase treatment : cases) {
                Assessment expected = advisor.assess(treatment);
                Assessment actual = naive.assess(treatment);
                if (expected.decision() != actual.decision() || !expected.findings().equals(actual.findings())) {
                    throw new IllegalStateException("the naive embedding disagrees on " + treatment.caseId());
                }
            }
        } else if (!engine.equals("advisor")) {
            throw new IllegalArgumentException("engine must be advisor or naive, was " + engine);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (naive != null) {
            naive.close();
        }
        advisor.close();
    }

    /** One assessment of the next case by the chosen engine. */
    Assessment assess(Cursor cursor) {
        TreatmentCase treatment = cursor.next(this);
        return naive == null ? advisor.assess(treatment) : naive.assess(treatment);
    }
}
