package org.needlesafe.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.needlesafe.Assessment;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.engine.CaseValidator;
import org.needlesafe.engine.Decider;
import org.needlesafe.engine.RuleEngine;
import org.needlesafe.engine.RulePack;
import org.needlesafe.JurisdictionProfiles;
import org.needlesafe.rules.Report;

/**
 * The yardstick: the textbook Drools embedding of the same rule pack. Same kmodule and kbase, same facts, same
 * validation, screening, findings, clearances and roll-up as {@link SafetyAdvisor#assess}, but a brand-new
 * {@link KieSession} for every case, disposed afterwards. It plugs into the engine's one seam for this, the
 * {@link RulePack}'s runner, so the ratio between the two measures the engine strategy alone. Not part of the library.
 */
public final class NaiveAdvisor implements AutoCloseable {
    private final KieContainer container;
    private final KieBase kieBase;
    private final JurisdictionProfiles jurisdictions;
    private final ClinicConfiguration configuration;
    private final RulePack pack;

    /** Compiles its own copy of the class path's rule pack; profiles and configuration are the advisor's. */
    public NaiveAdvisor(SafetyAdvisor like) {
        this.container = KieServices.get().newKieClasspathContainer(SafetyAdvisor.class.getClassLoader());
        this.kieBase = container.getKieBase(RuleEngine.KIE_BASE);
        this.jurisdictions = like.jurisdictions();
        this.configuration = like.configuration();
        this.pack = new RulePack(like.rules(), like.rulesetVersion(), this::fire);
    }

    /** What {@link SafetyAdvisor#assess} does, on a new session. */
    public Assessment assess(TreatmentCase treatment) {
        List<Problem> problems = CaseValidator.validate(treatment, jurisdictions.ids());
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return Decider.decide(treatment,
                jurisdictions.versionOn(treatment.jurisdiction(), treatment.assessmentDate()), configuration, pack);
    }

    /** A new session per call, as most embedders write it; the trace from an event listener. */
    private List<String> fire(List<Object> facts, Report report, boolean outputsOnly) {
        List<String> fired = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.setGlobal("report", report);
            for (Object fact : facts) {
                session.insert(fact);
            }
            if (outputsOnly) {
                session.fireAllRules(match -> pack.byName(match.getRule().getName()).decision() == null);
            } else {
                session.fireAllRules();
            }
        } finally {
            session.dispose();
        }
        return fired;
    }

    @Override
    public void close() {
        container.dispose();
    }
}
