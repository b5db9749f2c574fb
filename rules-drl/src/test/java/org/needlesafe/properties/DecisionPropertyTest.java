package org.needlesafe.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.needlesafe.Assessment;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.plan.Area;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.SterileSetup;

/**
 * Guarantees of the decision that hold for any rule pack, over generated valid cases. The number of tries comes
 * from {@code -Dneedlesafe.properties.tries} (see docs/RELIABILITY.md): 1000 per property by default.
 */
class DecisionPropertyTest {
    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.builder().build();

    @AfterContainer
    static void close() {
        ADVISOR.close();
    }

    @Provide
    Arbitrary<TreatmentCase> cases() {
        return TreatmentCases.valid(ADVISOR);
    }

    @Property
    void theDecisionIsTheContractsRollupOfTheFindings(@ForAll("cases") TreatmentCase treatment) {
        Assessment assessment = ADVISOR.assess(treatment);
        List<Finding> findings = assessment.findings();

        Map<Area, Decision> areas = Contract.areaDecisions(findings, treatment.plan().areas());
        assertThat(assessment.areaDecisions()).containsExactlyEntriesOf(areas);
        assertThat(assessment.decision()).isEqualTo(Contract.caseDecision(findings, areas));
        for (Finding finding : findings) {
            if (finding.caseWide()) {
                assertThat(Contract.atLeast(assessment.decision(), finding.decision()))
                        .as("case decision %s vs case-wide finding %s", assessment.decision(), finding)
                        .isTrue();
            } else {
                assertThat(areas).as("an area-scoped finding is for a planned area").containsKey(finding.area());
            }
        }
        // What the treatment would be like is only described when it can go ahead today.
        if (!assessment.decision().treatableToday()) {
            assertThat(assessment.expectedSideEffects()).isEmpty();
            assertThat(assessment.aftercare()).isEmpty();
            assertThat(assessment.nextSessionEarliest()).isNull();
        }
        Statistics.label("decision").collect(assessment.decision());
    }

    @Property
    void anUnknownRequiredAnswerIsListedAndNeverLetsTheCaseProceed(@ForAll("cases") TreatmentCase treatment) {
        Assessment assessment = ADVISOR.assess(treatment);
        List<String> expected = Contract.unknownRequiredAnswers(treatment);

        assertThat(assessment.missingInformation()).containsAll(expected).doesNotHaveDuplicates();
        // A known answer is never reported missing.
        for (String path : assessment.missingInformation()) {
            if (Contract.SCREENING_FIELDS.contains(path)) {
                assertThat(expected).as("%s is reported missing but was answered", path).contains(path);
            }
        }
        if (!assessment.missingInformation().isEmpty()) {
            assertThat(assessment.decision()).isNotEqualTo(Decision.PROCEED);
            assertThat(Contract.atLeast(assessment.decision(), Decision.DEFER))
                    .as("unknown %s, decision %s", assessment.missingInformation(), assessment.decision()).isTrue();
            for (String path : assessment.missingInformation()) {
                assertThat(assessment.findings()).as("a case-wide SCREENING finding at DEFER cites " + path)
                        .anySatisfy(finding -> {
                            assertThat(finding.category()).isEqualTo(Category.SCREENING);
                            assertThat(finding.caseWide()).isTrue();
                            assertThat(Contract.atLeast(finding.decision(), Decision.DEFER)).isTrue();
                            assertThat(finding.basis()).anySatisfy(basis -> assertThat(basis).startsWith(path + ":"));
                        });
            }
        }
        Statistics.label("unknown answers").collect(Math.min(expected.size(), 3));
    }

    /** One unsafe set-up fact the contract says stops the treatment whatever else is true. */
    enum UnsafeSetup {
        SHARED_ROLLER, REUSED_CARTRIDGE, DISINFECTANT_SOAK, NO_ANTISEPSIS, NO_GLOVES;

        SterileSetup applyTo(SterileSetup setup) {
            SterileSetup.Builder builder = setup.toBuilder();
            return switch (this) {
                case SHARED_ROLLER -> builder.needles(Needles.SHARED_ROLLER).build();
                case REUSED_CARTRIDGE -> builder.needles(Needles.REUSED_CARTRIDGE).build();
                case DISINFECTANT_SOAK -> builder.needles(Needles.REUSABLE_ROLLER_DISINFECTANT_SOAK).build();
                case NO_ANTISEPSIS -> builder.skinAntisepsis(Antisepsis.NONE).build();
                case NO_GLOVES -> builder.gloves(false).build();
            };
        }
    }

    @Property
    void anUnsafeSetUpIsDoNotProceedWhateverElseIsTrue(@ForAll("cases") TreatmentCase treatment,
                                                       @ForAll UnsafeSetup unsafe) {
        TreatmentCase unsafeCase = treatment.toBuilder().setup(unsafe.applyTo(treatment.setup())).build();

        Assessment assessment = ADVISOR.assess(unsafeCase);

        assertThat(assessment.decision()).as("%s in %s", unsafe, CaseText.of(unsafeCase))
                .isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(assessment.areaDecisions().values()).containsOnly(Decision.DO_NOT_PROCEED);
    }

    @Provide
    Arbitrary<Condition> activeConditions() {
        return Combinators.combine(Arbitraries.of(ConditionCode.class), TreatmentCases.areaSets())
                .as((code, areas) -> new Condition(code, ConditionStatus.ACTIVE, areas, null));
    }

    @Property
    void anActiveConditionNeverMakesTheDecisionLessRestrictive(@ForAll("cases") TreatmentCase treatment,
                                                               @ForAll("activeConditions") Condition added) {
        List<Condition> conditions = new ArrayList<>();
        // Adding to an unknown list would also answer the question; start from "reviewed" with what was there.
        TreatmentCase before = treatment.patient().conditions() == null
                ? treatment.toBuilder().patient(treatment.patient().toBuilder().conditions(List.of()).build()).build()
                : treatment;
        conditions.addAll(before.patient().conditions());
        conditions.add(added);
        TreatmentCase after = before.toBuilder()
                .patient(before.patient().toBuilder().conditions(conditions).build()).build();

        assertNoLessRestrictive(ADVISOR.assess(before), ADVISOR.assess(after), "adding " + added);
    }

    @Property
    void anUnsafeSetUpFactNeverMakesTheDecisionLessRestrictive(@ForAll("cases") TreatmentCase treatment,
                                                               @ForAll("unsafeFacts") Tuple.Tuple2<String,
                                                                       UnaryOperator<SterileSetup>> fact) {
        TreatmentCase after = treatment.toBuilder().setup(fact.get2().apply(treatment.setup())).build();

        assertNoLessRestrictive(ADVISOR.assess(treatment), ADVISOR.assess(after), fact.get1());
    }

    /**
     * Each unsafe set-up fact: the five that stop treatment, and a known "yes" turned to "no" for the other set-up
     * answers (an unknown one is left alone: answering a question may rightly lift the DEFER it held).
     */
    @Provide
    Arbitrary<Tuple.Tuple2<String, UnaryOperator<SterileSetup>>> unsafeFacts() {
        List<Tuple.Tuple2<String, UnaryOperator<SterileSetup>>> facts = new ArrayList<>();
        for (UnsafeSetup unsafe : UnsafeSetup.values()) {
            facts.add(Tuple.of(unsafe.name(), unsafe::applyTo));
        }
        facts.add(Tuple.of("packagingIntact false", setup -> setup.packagingIntact() == null ? setup
                : setup.toBuilder().packagingIntact(false).build()));
        facts.add(Tuple.of("sharpsContainer false", setup -> setup.sharpsContainer() == null ? setup
                : setup.toBuilder().sharpsContainer(false).build()));
        facts.add(Tuple.of("deviceBarrierSleeve false", setup -> setup.deviceBarrierSleeve() == null ? setup
                : setup.toBuilder().deviceBarrierSleeve(false).build()));
        return Arbitraries.of(facts);
    }

    private static void assertNoLessRestrictive(Assessment before, Assessment after, String change) {
        assertThat(Contract.atLeast(after.decision(), before.decision()))
                .as("%s took the case from %s to %s", change, before.decision(), after.decision()).isTrue();
        before.areaDecisions().forEach((area, decision) ->
                assertThat(Contract.atLeast(after.areaDecisions().get(area), decision))
                        .as("%s took %s from %s to %s", change, area, decision, after.areaDecisions().get(area))
                        .isTrue());
    }

    @Property
    void assessingTheSameCaseTwiceGivesTheSameAssessment(@ForAll("cases") TreatmentCase treatment) {
        Assessment first = ADVISOR.assess(treatment);
        // An equal case built afresh, so nothing can depend on object identity.
        TreatmentCase copy = treatment.toBuilder().build();
        Assessment second = ADVISOR.assess(copy);

        assertThat(second).isEqualTo(first);
        assertThat(second.findings()).containsExactlyElementsOf(first.findings());
        assertThat(second.firedRules()).containsExactlyElementsOf(first.firedRules());
    }

    @Property
    void everyFindingExplainsItselfAndNeverAdvisesStoppingAPrescribedMedicine(
            @ForAll("cases") TreatmentCase treatment) {
        Assessment assessment = ADVISOR.assess(treatment);

        Set<String> known = Set.copyOf(ADVISOR.rules().stream().map(rule -> rule.id()).toList());
        for (Finding finding : assessment.findings()) {
            assertThat(known).contains(finding.ruleId());
            assertThat(finding.kb()).as("kb of %s", finding.ruleId()).isNotEmpty();
            assertThat(finding.basis()).as("basis of %s", finding.ruleId()).isNotEmpty()
                    .allSatisfy(basis -> assertThat(basis).isNotBlank());
            assertThat(finding.summary()).as("summary of %s", finding.ruleId()).isNotBlank();
            assertThat(finding.rationale()).as("rationale of %s", finding.ruleId()).isNotBlank();
            assertThat(finding.decision()).isNotNull();
            assertThat(finding.category()).isNotNull();
            assertThat(finding.evidence()).isNotNull();
            assertThat(finding.source()).isNotBlank();
            assertThat(Contract.stopAdvice(finding.summary())).as("summary of %s", finding.ruleId()).isNull();
            assertThat(Contract.stopAdvice(finding.rationale())).as("rationale of %s", finding.ruleId()).isNull();
        }
        for (var sideEffect : assessment.expectedSideEffects()) {
            assertThat(Contract.stopAdvice(sideEffect.summary())).isNull();
        }
        for (var step : assessment.aftercare()) {
            assertThat(Contract.stopAdvice(step.instruction())).isNull();
        }
    }
}
