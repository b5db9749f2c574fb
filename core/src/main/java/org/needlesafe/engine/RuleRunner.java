package org.needlesafe.engine;

import java.util.List;
import org.needlesafe.rules.Report;

/**
 * Runs the rules over one case's facts: the seam between the decision and how rule sessions are managed. The
 * advisor's {@link RuleEngine} pools sessions; the project's benchmarks plug in a textbook embedding here to measure
 * the session strategy alone.
 */
@FunctionalInterface
public interface RuleRunner {
    /**
     * Fires the rules over the facts; they write into the report.
     *
     * @param facts       the case's facts
     * @param report      the DRL global {@code report}
     * @param outputsOnly fire only the rules that describe the treatment (no {@code @decision})
     * @return the DRL names of the rules that fired, in firing order
     */
    List<String> run(List<Object> facts, Report report, boolean outputsOnly);
}
