package org.needlesafe.cdshooks.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.cdshooks.fhir.FhirMappings.Answer;
import org.needlesafe.cdshooks.fhir.FhirMappings.MedicationTarget;
import org.needlesafe.cdshooks.fhir.FhirMappings.ScreeningQuestion;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
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
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;
import org.needlesafe.text.Message;

/**
 * Reads one microneedling ServiceRequest, the draft-orders Bundle it came in and the patient's record into a
 * {@link TreatmentCase}. What the EHR does not say stays unknown (and becomes missing information), never "no"; what
 * it says in codes no table knows is listed as not checked; what cannot be read at all (a planned area without a
 * depth, an unknown device code) is a problem that stops the assessment. Thread-safe.
 */
public final class FhirCaseMapper {

    /** Default of {@code stoppedOrderMaxAgeDays}: twice the longest medication window (isotretinoin, 6 months). */
    public static final int DEFAULT_STOPPED_ORDER_MAX_AGE_DAYS = 365;
    /** How far back a procedure no table knows is listed as recent (the longest procedure window is 6 months). */
    static final int RECENT_PROCEDURE_DAYS = 365;

    private final FhirMappings mappings;
    private final int observationMaxAgeDays;
    private final int stoppedOrderMaxAgeDays;

    public FhirCaseMapper(FhirMappings mappings, int observationMaxAgeDays) {
        this(mappings, observationMaxAgeDays, DEFAULT_STOPPED_ORDER_MAX_AGE_DAYS);
    }

    /**
     * @param observationMaxAgeDays  how old a pregnancy or breastfeeding Observation may be and still answer the
     *                               question; an older one leaves it unknown
     * @param stoppedOrderMaxAgeDays how long ago a stopped medication's last dose (known or estimated from the
     *                               order) may be and still count; an older stopped order is no longer read
     */
    public FhirCaseMapper(FhirMappings mappings, int observationMaxAgeDays, int stoppedOrderMaxAgeDays) {
        this.mappings = mappings;
        this.observationMaxAgeDays = observationMaxAgeDays;
        this.stoppedOrderMaxAgeDays = stoppedOrderMaxAgeDays;
    }

    /** Whether the order is for microneedling: its code maps to the {@code MICRONEEDLING} procedure. */
    public boolean microneedling(ServiceRequest order) {
        return mappings.procedures.lookup(order.getCode()).contains(ProcedureCode.MICRONEEDLING);
    }

    public MappedCase map(ServiceRequest order, Bundle draftOrders, PatientRecord record, LocalDate today,
                          String defaultJurisdiction) {
        Reading reading = new Reading(order, draftOrders, record, today);
        TreatmentCase treatment = reading.read(defaultJurisdiction);
        return new MappedCase(order, reading.problems.isEmpty() ? treatment : null, reading.problems,
                reading.notChecked, reading.readByName, reading.areaSites);
    }

    /** The state of reading one order. */
    private final class Reading {
        private final ServiceRequest order;
        private final Bundle draftOrders;
        private final PatientRecord record;
        private final LocalDate today;
        private final List<Problem> problems = new ArrayList<>();
        private final List<NotChecked> notChecked = new ArrayList<>();
        private final List<String> readByName = new ArrayList<>();
        private final Set<ScreeningQuestion> activeConditionAnswers = EnumSet.noneOf(ScreeningQuestion.class);
        private final Map<Area, Integer> areaSites = new EnumMap<>(Area.class);
        private final String orderName;

        Reading(ServiceRequest order, Bundle draftOrders, PatientRecord record, LocalDate today) {
            this.order = order;
            this.draftOrders = draftOrders;
            this.record = record;
            this.today = today;
            this.orderName = "ServiceRequest/" + order.getIdElement().getIdPart();
        }

        TreatmentCase read(String defaultJurisdiction) {
            Checklist checklist = checklist();
            List<RecentProcedure> procedures = procedures();
            return TreatmentCase.builder()
                    .caseId(orderName)
                    .assessmentDate(today)
                    .jurisdiction(jurisdiction(defaultJurisdiction))
                    .patient(patient(checklist, procedures))
                    .practitioner(practitioner(checklist))
                    .setup(setup(checklist))
                    .plan(plan(procedures))
                    .clearances(clearances())
                    .build();
        }

        // --- patient -------------------------------------------------------------------------------------------

        private Patient patient(Checklist checklist, List<RecentProcedure> procedures) {
            Integer age = null;
            if (record.patient() == null) {
                problems.add(FhirProblem.of("Patient", "fhir.patientEmpty"));
            } else if (!record.patient().hasBirthDate()) {
                problems.add(FhirProblem.of("Patient.birthDate", "fhir.birthDate"));
            } else {
                age = Period.between(FhirDates.latestDay(record.patient().getBirthDateElement()), today).getYears();
            }
            List<Condition> conditions = conditions();
            Map<ScreeningQuestion, Boolean> observed = observedAnswers();
            // An active pregnancy (or lactation) Condition answers yes whatever an Observation said: fail-safe.
            activeConditionAnswers.forEach(question -> observed.put(question, true));
            return Patient.builder()
                    .ageYears(age)
                    .fitzpatrickType(checklist.code(Checklist.FITZPATRICK_TYPE, "fitzpatrick-type",
                            FitzpatrickType::valueOf))
                    .pregnant(observed.get(ScreeningQuestion.PREGNANT))
                    .breastfeeding(observed.get(ScreeningQuestion.BREASTFEEDING))
                    .conditions(conditions)
                    .medications(medications())
                    .allergies(allergies())
                    .recentProcedures(procedures)
                    .implants(implants(checklist))
                    .sexForClinicalUse(SexParameter.of(record.patient(), today))
                    .build();
        }

        private List<Condition> conditions() {
            if (!record.complete("conditions")) {
                return null;
            }
            List<Condition> conditions = new ArrayList<>();
            for (org.hl7.fhir.r4.model.Condition condition : record.conditions()) {
                if (FhirStatuses.notTrue(condition)) {
                    continue;
                }
                Set<ConditionStatus> statuses = mappings.conditionStatus.lookup(condition.getClinicalStatus());
                // No (or an unknown) clinical status counts as active: the fail-safe reading.
                ConditionStatus status = statuses.isEmpty() ? ConditionStatus.ACTIVE : statuses.iterator().next();
                boolean active = status == ConditionStatus.ACTIVE;
                Set<ScreeningQuestion> answers = mappings.screening(condition.getCode());
                if (active) {
                    activeConditionAnswers.addAll(answers);
                }
                FhirMappings.Recognised<ConditionCode> recognised = mappings.condition(condition.getCode());
                Set<ConditionCode> codes = recognised.codes();
                if (codes.isEmpty()) {
                    if (answers.isEmpty()) {
                        notChecked.add(new NotChecked(active ? NotChecked.Kind.ACTIVE_CONDITION : NotChecked.Kind.OLDER,
                                "Condition: " + text(condition.getCode())));
                    }
                    continue;
                }
                if (recognised.byName() != null) {
                    readByName.add("Condition '" + recognised.byName() + "' read as " + codes + " by its name");
                }
                Set<Area> areas = areas(condition.getBodySite());
                LocalDate onset = FhirDates.latestDay(condition.getOnset());
                LocalDate knownOnset = onset != null && !onset.isAfter(today) ? onset : null;
                for (ConditionCode code : codes) {
                    conditions.add(new Condition(code, status, areas, knownOnset));
                }
            }
            // Identical entries (the same condition recorded twice) are one fact: the rules would say it twice.
            return new ArrayList<>(new LinkedHashSet<>(conditions));
        }

        private List<org.needlesafe.patient.Medication> medications() {
            // One entry per medicine: CURRENT wins over STOPPED, and a stop date that is unknown over a known one.
            if (!record.complete("medicationRequests") || !record.complete("medicationStatements")) {
                return null;
            }
            Map<MedicationCode, org.needlesafe.patient.Medication> byCode = new EnumMap<>(MedicationCode.class);
            for (MedicationRequest request : record.medicationRequests()) {
                if (FhirStatuses.neverTaken(request)) {
                    continue;
                }
                boolean stopped = FhirStatuses.stopped(request);
                LocalDate last = stopped ? lastTaken(request) : null;
                if (stopped && tooOld(last != null ? last : FhirDates.latestDay(request.getAuthoredOnElement()))) {
                    continue;
                }
                medication(byCode, medicationCodes(request.getMedication(), request, !stopped), true, stopped, last);
            }
            for (MedicationStatement statement : record.medicationStatements()) {
                if (FhirStatuses.neverTaken(statement)) {
                    continue;
                }
                boolean stopped = FhirStatuses.stopped(statement);
                LocalDate last = stopped ? FhirDates.latestDay(statement.getEffective()) : null;
                if (stopped && tooOld(last != null ? last : FhirDates.latestDay(statement.getDateAssertedElement()))) {
                    continue;
                }
                medication(byCode, medicationCodes(statement.getMedication(), statement, !stopped),
                        statement.hasBasedOn(), stopped, last);
            }
            return new ArrayList<>(byCode.values());
        }

        private LocalDate lastTaken(MedicationRequest request) {
            LocalDate last = null;
            for (var dosage : request.getDosageInstruction()) {
                if (dosage.hasTiming() && dosage.getTiming().hasRepeat()
                        && dosage.getTiming().getRepeat().hasBoundsPeriod()) {
                    last = later(last, FhirDates.latestDay(dosage.getTiming().getRepeat().getBoundsPeriod()));
                }
            }
            if (last == null && request.hasDispenseRequest() && request.getDispenseRequest().hasValidityPeriod()) {
                last = FhirDates.latestDay(request.getDispenseRequest().getValidityPeriod());
            }
            if (last == null) {
                last = expectedLastDose(request);
            }
            return last;
        }

        /**
         * A stopped order without an end: its last dose as ordered, {@code authoredOn} plus the expected supply
         * duration for the first fill and each refill allowed; {@code null} when the order does not say.
         */
        private LocalDate expectedLastDose(MedicationRequest request) {
            LocalDate authored = FhirDates.latestDay(request.getAuthoredOnElement());
            if (authored == null || !request.hasDispenseRequest()
                    || !request.getDispenseRequest().hasExpectedSupplyDuration()) {
                return null;
            }
            Duration supply = request.getDispenseRequest().getExpectedSupplyDuration();
            Long days = supplyDays(supply);
            if (days == null) {
                return null;
            }
            int fills = 1 + Math.max(0, request.getDispenseRequest().getNumberOfRepeatsAllowed());
            return authored.plusDays(days * fills);
        }

        /** A supply duration in days (UCUM d, wk, mo, a), or {@code null} when it is not one of those. */
        private static Long supplyDays(Duration supply) {
            if (!supply.hasValue()) {
                return null;
            }
            double value = supply.getValue().doubleValue();
            String unit = supply.hasCode() ? supply.getCode() : supply.getUnit();
            Double days = switch (unit == null ? "" : unit) {
                case "d", "day", "days" -> value;
                case "wk", "week", "weeks" -> value * 7;
                case "mo", "month", "months" -> value * 31;
                case "a", "year", "years" -> value * 366;
                default -> null;
            };
            return days == null ? null : (long) Math.ceil(days);
        }

        /** Whether a stopped medicine's last (or, unknown, its order's) date is past the configured age. */
        private boolean tooOld(LocalDate date) {
            return date != null && date.plusDays(stoppedOrderMaxAgeDays).isBefore(today);
        }

        private void medication(Map<MedicationCode, org.needlesafe.patient.Medication> byCode,
                                Set<MedicationTarget> targets, boolean prescribed, boolean stopped, LocalDate last) {
            if (targets == null) {
                return;
            }
            for (MedicationTarget target : targets) {
                MedicationCode code = target.code(prescribed);
                if (code == null) {
                    continue;
                }
                // A "stopped" medicine whose last day is still to come is still being taken.
                org.needlesafe.patient.Medication medication = !stopped || (last != null && last.isAfter(today))
                        ? org.needlesafe.patient.Medication.current(code)
                        : org.needlesafe.patient.Medication.stopped(code, last);
                byCode.merge(code, medication, this::moreRestrictive);
            }
        }

        private org.needlesafe.patient.Medication moreRestrictive(org.needlesafe.patient.Medication a,
                                                                  org.needlesafe.patient.Medication b) {
            if (a.status() == MedicationStatus.CURRENT || b.status() == MedicationStatus.CURRENT) {
                return a.status() == MedicationStatus.CURRENT ? a : b;
            }
            if (a.lastTakenDate() == null || b.lastTakenDate() == null) {
                return a.lastTakenDate() == null ? a : b;
            }
            return a.lastTakenDate().isAfter(b.lastTakenDate()) ? a : b;
        }

        /**
         * The targets of the medicine's code, its Medication's code and ingredients, or else the ingredients its
         * RxNorm-normalised name carries; {@code null} (after listing it as not checked) when none is known.
         *
         * @param current whether it may be taken today (active, on-hold or unknown status)
         */
        private Set<MedicationTarget> medicationCodes(org.hl7.fhir.r4.model.Type medication, DomainResource owner,
                                                      boolean current) {
            List<CodeableConcept> concepts = new ArrayList<>();
            String text = "?";
            if (medication instanceof CodeableConcept concept) {
                concepts.add(concept);
                text = text(concept);
            } else if (medication instanceof Reference reference) {
                Resource resolved = resolve(reference, owner);
                if (resolved instanceof Medication product) {
                    concepts.add(product.getCode());
                    for (var ingredient : product.getIngredient()) {
                        if (ingredient.getItem() instanceof CodeableConcept item) {
                            concepts.add(item);
                        }
                    }
                    text = text(product.getCode());
                } else {
                    text = reference.hasDisplay() ? reference.getDisplay() : reference.getReference();
                }
                if (reference.hasDisplay()) {
                    concepts.add(new CodeableConcept().setText(reference.getDisplay()));
                }
            }
            Set<MedicationTarget> targets = new LinkedHashSet<>();
            String byName = null;
            for (CodeableConcept concept : concepts) {
                targets.addAll(mappings.medications.lookup(concept));
            }
            if (targets.isEmpty()) {
                for (CodeableConcept concept : concepts) {
                    FhirMappings.Recognised<MedicationTarget> recognised = mappings.medication(concept);
                    if (!recognised.isEmpty()) {
                        targets.addAll(recognised.codes());
                        byName = recognised.byName();
                        break;
                    }
                }
            }
            if (targets.isEmpty()) {
                notChecked.add(new NotChecked(current ? NotChecked.Kind.ACTIVE_MEDICATION : NotChecked.Kind.OLDER,
                        owner.fhirType() + ": " + text));
                return null;
            }
            if (byName != null) {
                readByName.add(owner.fhirType() + " '" + byName + "' read as " + describe(targets) + " by its name");
            }
            return targets;
        }

        private static String describe(Set<MedicationTarget> targets) {
            Set<String> codes = new LinkedHashSet<>();
            for (MedicationTarget target : targets) {
                if (target.prescribed() != null) {
                    codes.add(target.prescribed().name());
                }
                if (target.selfMedicated() != null) {
                    codes.add(target.selfMedicated().name());
                }
            }
            return String.join(" or ", codes);
        }

        private List<Allergy> allergies() {
            if (!record.complete("allergies")) {
                return null;
            }
            Set<Allergy> allergies = EnumSet.noneOf(Allergy.class);
            for (AllergyIntolerance allergy : record.allergies()) {
                if (FhirStatuses.notTrue(allergy) || FhirStatuses.past(allergy)) {
                    continue;
                }
                Set<Allergy> codes = mappings.allergies.lookup(allergy.getCode());
                if (codes.isEmpty()) {
                    notChecked.add(new NotChecked(NotChecked.Kind.ALLERGY, "AllergyIntolerance: " + text(allergy.getCode())));
                }
                allergies.addAll(codes);
            }
            return new ArrayList<>(allergies);
        }

        private List<RecentProcedure> procedures() {
            if (!record.complete("procedures")) {
                return null;
            }
            List<RecentProcedure> procedures = new ArrayList<>();
            for (Procedure procedure : record.procedures()) {
                if (!FhirStatuses.performed(procedure)) {
                    continue;
                }
                Set<ProcedureCode> codes = mappings.procedures.lookup(procedure.getCode());
                LocalDate date = FhirStatuses.inProgress(procedure) ? today : FhirDates.latestDay(procedure.getPerformed());
                if (codes.isEmpty()) {
                    boolean recent = date == null || !date.plusDays(RECENT_PROCEDURE_DAYS).isBefore(today);
                    notChecked.add(new NotChecked(recent ? NotChecked.Kind.RECENT_PROCEDURE : NotChecked.Kind.OLDER,
                            "Procedure: " + text(procedure.getCode())));
                    continue;
                }
                if (date == null) {
                    problems.add(FhirProblem.of("Procedure/" + procedure.getIdElement().getIdPart() + ".performed[x]",
                            "fhir.performed", Message.withArticle(codes.iterator().next())));
                    continue;
                }
                if (date.isAfter(today)) {
                    continue;
                }
                Set<Area> areas = areas(procedure.getBodySite());
                for (ProcedureCode code : codes) {
                    procedures.add(new RecentProcedure(code, date, areas));
                }
            }
            return new ArrayList<>(new LinkedHashSet<>(procedures));
        }

        /** Pregnancy and breastfeeding from the newest recent Observation of each; unknown when there is none. */
        private Map<ScreeningQuestion, Boolean> observedAnswers() {
            Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
            if (record.observations() == null || !record.complete("observations")) {
                return answers;
            }
            Map<ScreeningQuestion, LocalDate> newest = new EnumMap<>(ScreeningQuestion.class);
            for (Observation observation : record.observations()) {
                LocalDate when = FhirDates.latestDay(observation.getEffective());
                if (when == null && observation.hasIssued()) {
                    when = FhirDates.latestDay(observation.getIssuedElement());
                }
                if (!FhirStatuses.result(observation) || when == null || when.isAfter(today)
                        || when.plusDays(observationMaxAgeDays).isBefore(today)) {
                    continue;
                }
                for (ScreeningQuestion question : mappings.observationCodes.lookup(observation.getCode())) {
                    if (newest.containsKey(question) && !when.isAfter(newest.get(question))) {
                        continue;
                    }
                    newest.put(question, when);
                    answers.put(question, answer(observation));
                }
            }
            return answers;
        }

        private Boolean answer(Observation observation) {
            if (observation.getValue() instanceof BooleanType value) {
                return value.getValue();
            }
            if (observation.getValue() instanceof CodeableConcept value) {
                Set<Answer> answers = mappings.observationAnswers.lookup(value);
                if (answers.size() == 1 && !answers.contains(Answer.UNKNOWN)) {
                    return answers.contains(Answer.YES);
                }
            }
            return null;
        }

        private List<Implant> implants(Checklist checklist) {
            List<String> codes = checklist.codes(Checklist.IMPLANTS, "implant",
                    code -> code.equals(Checklist.NONE) ? code : ImplantCode.valueOf(code).name());
            if (codes == null) {
                return null;
            }
            List<Implant> implants = new ArrayList<>();
            codes.stream().filter(code -> !code.equals(Checklist.NONE)).distinct()
                    .forEach(code -> implants.add(Implant.of(ImplantCode.valueOf(code))));
            return implants;
        }

        // --- practitioner, set-up ------------------------------------------------------------------------------

        private org.needlesafe.practitioner.Practitioner practitioner(Checklist checklist) {
            List<Resource> performers = performers();
            Set<Credential> credentials = EnumSet.noneOf(Credential.class);
            for (Resource performer : performers) {
                if (performer instanceof Practitioner practitioner) {
                    for (var qualification : practitioner.getQualification()) {
                        if (!FhirDates.endedBefore(qualification.getPeriod(), today)) {
                            credentials.addAll(mappings.credentials.lookup(qualification.getCode()));
                        }
                    }
                } else if (performer instanceof PractitionerRole role && (!role.hasActive() || role.getActive())
                        && !FhirDates.endedBefore(role.getPeriod(), today)) {
                    role.getCode().forEach(code -> credentials.addAll(mappings.credentials.lookup(code)));
                    role.getSpecialty().forEach(code -> credentials.addAll(mappings.credentials.lookup(code)));
                }
            }
            // Several credentials: the most qualified, which comes first in the contract's order.
            Credential credential = credentials.stream().min(Comparator.naturalOrder()).orElse(null);
            if (credential == null) {
                problems.add(FhirProblem.of("Practitioner.qualification / PractitionerRole.code",
                        "fhir.noCredential"));
            }
            return new org.needlesafe.practitioner.Practitioner(credential,
                    checklist.bool(Checklist.MICRONEEDLING_TRAINING),
                    checklist.bool(Checklist.SUPERVISING_PHYSICIAN),
                    checklist.integer(Checklist.YEARS_EXPERIENCE));
        }

        /**
         * Who performs the treatment: the ServiceRequest.performer when it resolves in the order or the draft-orders
         * Bundle (with a PractitionerRole's practitioner), otherwise the ordering user from the prefetch.
         */
        private List<Resource> performers() {
            List<Resource> performers = new ArrayList<>();
            for (Reference reference : order.getPerformer()) {
                Resource performer = resolve(reference, order);
                if (performer instanceof Practitioner || performer instanceof PractitionerRole) {
                    performers.add(performer);
                }
                if (performer instanceof PractitionerRole role && role.hasPractitioner()
                        && resolve(role.getPractitioner(), role) instanceof Practitioner practitioner) {
                    performers.add(practitioner);
                }
            }
            if (performers.isEmpty()) {
                if (record.practitioner() != null) {
                    performers.add(record.practitioner());
                }
                performers.addAll(record.practitionerRoles());
            }
            return performers;
        }

        private SterileSetup setup(Checklist checklist) {
            return SterileSetup.builder()
                    .setting(checklist.code(Checklist.SETTING, "setting", Setting::valueOf))
                    .needles(checklist.code(Checklist.NEEDLES, "needles", Needles::valueOf))
                    .packagingIntact(checklist.bool(Checklist.PACKAGING_INTACT))
                    .deviceBarrierSleeve(checklist.bool(Checklist.DEVICE_BARRIER_SLEEVE))
                    .skinAntisepsis(checklist.code(Checklist.SKIN_ANTISEPSIS, "skin-antisepsis", Antisepsis::valueOf))
                    .gloves(checklist.bool(Checklist.GLOVES))
                    .sharpsContainer(checklist.bool(Checklist.SHARPS_CONTAINER))
                    .bloodHandlingCompliant(checklist.bool(Checklist.BLOOD_HANDLING_COMPLIANT))
                    .deviceRinsedInTapWater(checklist.bool(Checklist.DEVICE_RINSED_IN_TAP_WATER))
                    .clientRecordsKept(checklist.bool(Checklist.CLIENT_RECORDS_KEPT))
                    .build();
        }

        /**
         * The order's checklist: one in the draft-orders Bundle based on this order (or the only one there), else
         * the newest from the {@code checklist} prefetch authored today: the set-up is checked per session.
         */
        private Checklist checklist() {
            List<QuestionnaireResponse> inBundle = new ArrayList<>();
            for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
                if (entry.getResource() instanceof QuestionnaireResponse response && usable(response)) {
                    inBundle.add(response);
                }
            }
            QuestionnaireResponse chosen = inBundle.stream()
                    .filter(response -> response.getBasedOn().stream()
                            .anyMatch(reference -> orderName.equals(reference.getReference())))
                    .findFirst()
                    .orElse(inBundle.size() == 1 ? inBundle.get(0) : null);
            if (chosen == null && record.complete("checklist")) {
                chosen = record.checklists().stream()
                        .filter(this::usable)
                        .filter(response -> today.equals(FhirDates.latestDay(response.getAuthoredElement())))
                        .max(Comparator.comparing(response -> response.getAuthored()))
                        .orElse(null);
            }
            return chosen == null ? Checklist.EMPTY : Checklist.of(chosen, problems);
        }

        private boolean usable(QuestionnaireResponse response) {
            String questionnaire = response.getQuestionnaire();
            return questionnaire != null && questionnaire.split("\\|")[0].equals(NeedlesafeFhir.CHECKLIST)
                    && FhirStatuses.answered(response);
        }

        // --- plan, clearances, jurisdiction --------------------------------------------------------------------

        private TreatmentPlan plan(List<RecentProcedure> procedures) {
            LocalDate previous = procedures == null ? null : procedures.stream()
                    .filter(procedure -> procedure.code() == ProcedureCode.MICRONEEDLING)
                    .map(RecentProcedure::date)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            Device device = code(order.getExtensionByUrl(NeedlesafeFhir.DEVICE), "device", Device::valueOf,
                    orderName + ".extension[device]");
            if (device == null && !order.hasExtension(NeedlesafeFhir.DEVICE)) {
                problems.add(FhirProblem.of(orderName + ".extension[device]", "fhir.device"));
            }
            Indication indication = null;
            for (CodeableConcept reason : order.getReasonCode()) {
                for (Coding coding : reason.getCoding()) {
                    if (NeedlesafeFhir.codeSystem("indication").equals(coding.getSystem())) {
                        indication = parse(coding.getCode(), Indication::valueOf, orderName + ".reasonCode", "indication");
                    }
                }
            }
            return TreatmentPlan.builder()
                    .device(device)
                    .deviceCleared(bool(order.getExtensionByUrl(NeedlesafeFhir.DEVICE_CLEARED), "device-cleared"))
                    .indication(indication)
                    .areas(plannedAreas())
                    .topicals(topicals())
                    .topicalAnesthetic(bool(order.getExtensionByUrl(NeedlesafeFhir.TOPICAL_ANESTHETIC),
                            "topical-anesthetic"))
                    .previousMicroneedlingDate(previous)
                    .build();
        }

        private List<PlannedArea> plannedAreas() {
            if (!order.hasBodySite()) {
                problems.add(FhirProblem.of(orderName + ".bodySite", "fhir.bodySite"));
                return List.of();
            }
            List<PlannedArea> areas = new ArrayList<>();
            for (int i = 0; i < order.getBodySite().size(); i++) {
                CodeableConcept site = order.getBodySite().get(i);
                String where = orderName + ".bodySite[" + i + "]";
                Set<Area> mapped = mappings.bodySites.lookup(site);
                if (mapped.isEmpty()) {
                    problems.add(FhirProblem.of(where, "fhir.unknownArea", text(site)));
                    continue;
                }
                BigDecimal depth = depth(site.getExtensionByUrl(NeedlesafeFhir.NEEDLE_DEPTH), where);
                for (Area area : mapped) {
                    if (areaSites.putIfAbsent(area, i) != null) {
                        problems.add(FhirProblem.of(where, "fhir.areaTwice", area, areaSites.get(area)));
                        continue;
                    }
                    areas.add(new PlannedArea(area, depth));
                }
            }
            return areas;
        }

        private BigDecimal depth(Extension extension, String where) {
            if (extension == null) {
                problems.add(FhirProblem.of(where + ".extension[needle-depth]", "fhir.depth"));
                return null;
            }
            if (!(extension.getValue() instanceof Quantity quantity) || !quantity.hasValue()
                    || !("mm".equals(quantity.getCode()) || (!quantity.hasCode() && "mm".equals(quantity.getUnit())))) {
                problems.add(FhirProblem.of(where + ".extension[needle-depth]", "fhir.depthUnit"));
                return null;
            }
            return quantity.getValue();
        }

        private List<Topical> topicals() {
            List<Topical> topicals = new ArrayList<>();
            List<Extension> extensions = order.getExtensionsByUrl(NeedlesafeFhir.TOPICAL);
            for (int i = 0; i < extensions.size(); i++) {
                Extension topical = extensions.get(i);
                String where = orderName + ".extension[topical][" + i + "]";
                TopicalProduct product = code(topical.getExtensionByUrl(NeedlesafeFhir.TOPICAL_PRODUCT),
                        "topical-product", TopicalProduct::valueOf, where + ".product");
                if (product == null) {
                    if (!topical.hasExtension(NeedlesafeFhir.TOPICAL_PRODUCT)) {
                        problems.add(FhirProblem.of(where + ".product", "fhir.required"));
                    }
                    continue;
                }
                topicals.add(new Topical(product, bool(topical.getExtensionByUrl(NeedlesafeFhir.TOPICAL_STERILE),
                        "topical.sterile-for-procedure")));
            }
            return topicals;
        }

        private List<Clearance> clearances() {
            List<Clearance> clearances = new ArrayList<>();
            List<Extension> extensions = order.getExtensionsByUrl(NeedlesafeFhir.CLEARANCE);
            for (int i = 0; i < extensions.size(); i++) {
                Extension clearance = extensions.get(i);
                String where = orderName + ".extension[clearance][" + i + "]";
                Extension kb = clearance.getExtensionByUrl(NeedlesafeFhir.CLEARANCE_KB);
                String item = kb != null && kb.getValue() instanceof PrimitiveType<?> value ? value.getValueAsString() : null;
                ClearingRole by = code(clearance.getExtensionByUrl(NeedlesafeFhir.CLEARANCE_BY), "clearing-role",
                        ClearingRole::valueOf, where + ".by");
                Extension date = clearance.getExtensionByUrl(NeedlesafeFhir.CLEARANCE_DATE);
                LocalDate day = date != null && date.getValue() instanceof DateType value
                        ? FhirDates.latestDay(value) : null;
                if (item == null || by == null || day == null) {
                    problems.add(FhirProblem.of(where, "fhir.clearance", NeedlesafeFhir.codeSystem("clearing-role")));
                    continue;
                }
                clearances.add(new Clearance(item, by, day));
            }
            return clearances;
        }

        private String jurisdiction(String defaultJurisdiction) {
            Extension extension = order.getExtensionByUrl(NeedlesafeFhir.JURISDICTION);
            if (extension != null && extension.getValue() instanceof PrimitiveType<?> value && value.hasValue()) {
                return value.getValueAsString();
            }
            return defaultJurisdiction;
        }

        // --- helpers -------------------------------------------------------------------------------------------

        private Set<Area> areas(List<CodeableConcept> sites) {
            Set<Area> areas = EnumSet.noneOf(Area.class);
            for (CodeableConcept site : sites) {
                Set<Area> mapped = mappings.bodySites.lookup(site);
                if (mapped.isEmpty()) {
                    // A site no table knows could be anywhere: the entry applies to the whole case.
                    return Set.of();
                }
                areas.addAll(mapped);
            }
            return areas;
        }

        private Boolean bool(Extension extension, String name) {
            if (extension == null) {
                return null;
            }
            if (extension.getValue() instanceof BooleanType value && value.hasValue()) {
                return value.getValue();
            }
            problems.add(FhirProblem.of(orderName + ".extension[" + name + "]", "fhir.boolean"));
            return null;
        }

        /** A valueCoding of the needlesafe code system, or a valueCode, read as a needlesafe code. */
        private <T> T code(Extension extension, String codeSystem, Function<String, T> parse, String where) {
            if (extension == null) {
                return null;
            }
            String code = null;
            if (extension.getValue() instanceof Coding coding
                    && (!coding.hasSystem() || coding.getSystem().equals(NeedlesafeFhir.codeSystem(codeSystem)))) {
                code = coding.getCode();
            } else if (extension.getValue() instanceof PrimitiveType<?> value) {
                code = value.getValueAsString();
            }
            return parse(code, parse, where, codeSystem);
        }

        private <T> T parse(String code, Function<String, T> parse, String where, String codeSystem) {
            if (code != null) {
                try {
                    return parse.apply(code);
                } catch (IllegalArgumentException e) {
                    // reported below
                }
            }
            problems.add(FhirProblem.of(where, "fhir.code", NeedlesafeFhir.codeSystem(codeSystem)));
            return null;
        }

        /** A reference resolved among the owner's contained resources, then the draft orders and prefetch. */
        private Resource resolve(Reference reference, DomainResource owner) {
            String target = reference.getReference();
            if (target == null) {
                return null;
            }
            if (target.startsWith("#")) {
                for (Resource contained : owner.getContained()) {
                    if (target.substring(1).equals(contained.getIdElement().getIdPart())) {
                        return contained;
                    }
                }
                return null;
            }
            for (Bundle.BundleEntryComponent entry : draftOrders.getEntry()) {
                if (matches(entry.getResource(), entry.getFullUrl(), target)) {
                    return entry.getResource();
                }
            }
            for (Resource included : record.included()) {
                if (matches(included, null, target)) {
                    return included;
                }
            }
            return null;
        }

        private static boolean matches(Resource resource, String fullUrl, String target) {
            if (resource == null) {
                return false;
            }
            if (target.equals(fullUrl)) {
                return true;
            }
            String relative = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            return target.equals(relative) || target.endsWith("/" + relative);
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null || (b != null && b.isAfter(a)) ? b : a;
        }

        private static String text(CodeableConcept concept) {
            if (concept == null) {
                return "(no code)";
            }
            if (concept.hasText()) {
                return concept.getText();
            }
            for (Coding coding : concept.getCoding()) {
                if (coding.hasDisplay()) {
                    return coding.getDisplay();
                }
            }
            return concept.hasCoding() ? concept.getCodingFirstRep().getSystem() + " " + concept.getCodingFirstRep().getCode()
                    : "(no code)";
        }
    }
}
