package org.needlesafe.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.clearance.KnowledgeBaseItems;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.SterileSetup;
import org.needlesafe.setup.Setting;

/**
 * Generated valid cases: every code list, unknown answers, areas with depths in (0, 3.5], dates up to the assessment
 * date, and clearances. Each answer is unknown now and then, so that both fully answered and incomplete cases are
 * common. Nothing here knows a rule: the properties must hold for any rule pack.
 */
public final class TreatmentCases {
    /** How often a yes/no answer or a reviewed list is left unknown. */
    private static final double UNKNOWN = 0.04;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 4 * 366;

    private TreatmentCases() {
    }

    /** Valid cases for the advisor's jurisdictions. */
    public static Arbitrary<TreatmentCase> valid(SafetyAdvisor advisor) {
        List<String> jurisdictions = List.copyOf(advisor.jurisdictions().ids());
        Arbitrary<LocalDate> assessmentDates = Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays);
        // Dates in the case are drawn as days before the assessment date and placed when the case is put together:
        // no flatMap, so cases shrink well and can be sampled outside a property.
        Arbitrary<TreatmentCase> cases = Combinators.combine(assessmentDates, caseIds(),
                        Arbitraries.of(jurisdictions), patients(), practitioners(), setups(), plans(), clearances())
                .as((today, caseId, jurisdiction, patient, practitioner, setup, plan, clearances) ->
                        TreatmentCase.builder().caseId(caseId).assessmentDate(today).jurisdiction(jurisdiction)
                                .patient(patient.apply(today)).practitioner(practitioner).setup(setup)
                                .plan(plan.apply(today)).clearances(clearances.apply(today)).build());
        // jqwik's edge cases (nulls, empty lists, extremes) in every part at once make most cases incomplete; they
        // are kept for one case in five, and the rest follow the frequencies above.
        return Arbitraries.frequencyOf(Tuple.of(4, cases.withoutEdgeCases()), Tuple.of(1, cases));
    }

    /** Valid cases for tests that need a fixed set of inputs rather than a property (usable outside jqwik). */
    public static List<TreatmentCase> sample(SafetyAdvisor advisor, int count) {
        return valid(advisor).sampleStream().limit(count).toList();
    }

    static Arbitrary<String> caseIds() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                .ofMinLength(1).ofMaxLength(24).injectNull(0.1);
    }

    /** Something that still needs the assessment date to become a value. */
    interface Dated<T> extends Function<LocalDate, T> {
    }

    private record Answers(Integer age, FitzpatrickType type, Boolean pregnant, Boolean breastfeeding) {
    }

    static Arbitrary<Dated<Patient>> patients() {
        Arbitrary<Integer> ages = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(18, 80)),
                Tuple.of(1, Arbitraries.integers().between(0, 130)));
        Arbitrary<Answers> answers = Combinators.combine(ages, Arbitraries.of(FitzpatrickType.class)
                .injectNull(UNKNOWN), mostlyFalse(), mostlyFalse()).as(Answers::new);
        Dated<List<Condition>> noConditions = today -> List.of();
        Dated<List<Medication>> noMedications = today -> List.of();
        Dated<List<RecentProcedure>> noProcedures = today -> List.of();
        // Most patients report nothing, so that the other parts of the case decide often enough.
        return Combinators.combine(answers, often(noConditions, conditions()).injectNull(UNKNOWN),
                        often(noMedications, medications()).injectNull(UNKNOWN),
                        often(List.<Allergy>of(), allergies()).injectNull(UNKNOWN),
                        often(noProcedures, procedures()).injectNull(UNKNOWN),
                        often(List.<Implant>of(), implants()).injectNull(UNKNOWN))
                .as((a, conditions, medications, allergies, procedures, implants) -> today -> new Patient(a.age(),
                        a.type(), a.pregnant(), a.breastfeeding(), conditions == null ? null : conditions.apply(today),
                        medications == null ? null : medications.apply(today), allergies,
                        procedures == null ? null : procedures.apply(today), implants));
    }

    /** Mostly {@code none}, else one of the values. */
    static <T> Arbitrary<T> often(T none, Arbitrary<T> values) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(none)), Tuple.of(2, values));
    }

    /** A yes/no answer that is mostly "no", sometimes unknown. */
    static Arbitrary<Boolean> mostlyFalse() {
        return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(12, false)).injectNull(UNKNOWN);
    }

    static Arbitrary<Set<Area>> areaSets() {
        return Arbitraries.of(Area.class).set().ofMaxSize(3)
                .map(areas -> areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas));
    }

    /** A number of days before the assessment date, up to {@code maxDays}. */
    static Arbitrary<Integer> daysBefore(int maxDays) {
        return Arbitraries.integers().between(0, maxDays);
    }

    private static LocalDate before(LocalDate today, Integer days) {
        return days == null ? null : today.minusDays(days);
    }

    private static <T> Dated<List<T>> all(List<Dated<T>> items) {
        return today -> {
            List<T> values = new ArrayList<>(items.size());
            items.forEach(item -> values.add(item.apply(today)));
            return values;
        };
    }

    static Arbitrary<Dated<Condition>> condition() {
        return Combinators.combine(Arbitraries.of(ConditionCode.class), Arbitraries.of(ConditionStatus.class),
                        areaSets(), daysBefore(3650).injectNull(0.7))
                .as((code, status, areas, onset) -> today -> new Condition(code, status, areas, before(today, onset)));
    }

    static Arbitrary<Dated<List<Condition>>> conditions() {
        return condition().list().ofMaxSize(4).map(TreatmentCases::all);
    }

    static Arbitrary<Dated<List<Medication>>> medications() {
        Arbitrary<Dated<Medication>> medication = Combinators.combine(Arbitraries.of(MedicationCode.class),
                        Arbitraries.of(MedicationStatus.class), daysBefore(730).injectNull(0.15))
                .as((code, status, lastTaken) -> today -> new Medication(code, status, before(today, lastTaken)));
        return medication.list().ofMaxSize(3).map(TreatmentCases::all);
    }

    static Arbitrary<List<Allergy>> allergies() {
        return Arbitraries.of(Allergy.class).list().uniqueElements().ofMaxSize(2);
    }

    static Arbitrary<Dated<List<RecentProcedure>>> procedures() {
        return Combinators.combine(Arbitraries.of(ProcedureCode.class), daysBefore(540), areaSets())
                .as((code, days, areas) -> (Dated<RecentProcedure>) today ->
                        new RecentProcedure(code, before(today, days), areas))
                .list().ofMaxSize(3).map(TreatmentCases::all);
    }

    static Arbitrary<List<Implant>> implants() {
        return Combinators.combine(Arbitraries.of(ImplantCode.class), areaSets()).as(Implant::new).list()
                .ofMaxSize(2);
    }

    static Arbitrary<Practitioner> practitioners() {
        Arbitrary<Credential> credentials = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Credential.DERMATOLOGIST, Credential.PHYSICIAN,
                        Credential.PHYSICIAN_ASSISTANT, Credential.NURSE_PRACTITIONER, Credential.REGISTERED_NURSE)),
                Tuple.of(1, Arbitraries.of(Credential.class)));
        return Combinators.combine(credentials, mostlyTrue(), Arbitraries.of(true, false).injectNull(0.3),
                        Arbitraries.integers().between(0, 80).injectNull(0.2))
                .as(Practitioner::new);
    }

    static Arbitrary<SterileSetup> setups() {
        // Mostly safe set-ups, so that the rest of the case decides often enough.
        Arbitrary<Needles> needles = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(Needles.SINGLE_USE_STERILE_CARTRIDGE,
                        Needles.SINGLE_USE_STERILE_ROLLER)),
                Tuple.of(1, Arbitraries.of(Needles.class))).injectNull(UNKNOWN);
        Arbitrary<Antisepsis> antisepsis = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(Antisepsis.ALCOHOL, Antisepsis.CHLORHEXIDINE,
                        Antisepsis.POVIDONE_IODINE)),
                Tuple.of(1, Arbitraries.of(Antisepsis.class))).injectNull(UNKNOWN);
        Arbitrary<SterileSetup> required = Combinators.combine(Arbitraries.of(Setting.class).injectNull(UNKNOWN),
                        needles, mostlyTrue(), mostlyTrue(), antisepsis, mostlyTrue(), mostlyTrue(), mostlyTrue())
                .as((setting, needle, packaging, sleeve, skin, gloves, sharps, blood) -> new SterileSetup(setting,
                        needle, packaging, sleeve, skin, gloves, sharps, blood, null, null));
        Arbitrary<Boolean> optional = Arbitraries.of(true, false).injectNull(0.5);
        return Combinators.combine(required, optional, optional).as((setup, rinsed, records) ->
                setup.toBuilder().deviceRinsedInTapWater(rinsed).clientRecordsKept(records).build());
    }

    static Arbitrary<Boolean> mostlyTrue() {
        return Arbitraries.frequency(Tuple.of(30, true), Tuple.of(1, false)).injectNull(UNKNOWN);
    }

    static Arbitrary<PlannedArea> plannedArea() {
        // Depths in (0, 3.5] mm, in tenths or hundredths.
        Arbitrary<BigDecimal> depths = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 35).map(tenths -> BigDecimal.valueOf(tenths, 1)),
                Arbitraries.integers().between(1, 350).map(hundredths -> BigDecimal.valueOf(hundredths, 2)));
        return Combinators.combine(Arbitraries.of(Area.class), depths).as(PlannedArea::new);
    }

    static Arbitrary<Dated<TreatmentPlan>> plans() {
        Arbitrary<List<PlannedArea>> areas = plannedArea().list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements(PlannedArea::area);
        Arbitrary<List<Topical>> topicals = often(List.<Topical>of(), Combinators.combine(
                Arbitraries.of(TopicalProduct.class), mostlyTrue()).as(Topical::new).list().ofMinSize(1).ofMaxSize(3));
        return Combinators.combine(Arbitraries.of(Device.class), mostlyTrue(), Arbitraries.of(Indication.class)
                                .injectNull(0.1), areas, topicals, Arbitraries.of(true, false).injectNull(0.2),
                        daysBefore(120).injectNull(0.6))
                .as((device, cleared, indication, planned, products, anaesthetic, previous) -> today ->
                        new TreatmentPlan(device, cleared, indication, planned, products, anaesthetic,
                                before(today, previous)));
    }

    static Arbitrary<Dated<List<Clearance>>> clearances() {
        Arbitrary<String> items = Arbitraries.oneOf(
                Arbitraries.of("C-02", "C-06", "C-07", "C-08", "C-09", "C-10", "C-12", "C-14", "C-01", "S-01",
                        "D-04"),
                Arbitraries.of(KnowledgeBaseItems.all()));
        return Combinators.combine(items, Arbitraries.of(ClearingRole.class), daysBefore(200))
                .as((item, role, days) -> (Dated<Clearance>) today -> new Clearance(item, role, before(today, days)))
                .list().ofMaxSize(3).map(TreatmentCases::all);
    }
}
