package org.needlesafe.cdshooks.smart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.needlesafe.cdshooks.fhir.FhirDates;
import org.needlesafe.cdshooks.fhir.FhirStatuses;
import org.needlesafe.cdshooks.fhir.FhirMappings;
import org.needlesafe.cdshooks.fhir.FhirMappings.Answer;
import org.needlesafe.cdshooks.fhir.FhirMappings.ScreeningQuestion;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;
import org.needlesafe.plan.TopicalProduct;

/**
 * What the EHR already holds for the checklist: the order's device and whether PRP is planned (read-only items), the
 * newest pregnancy and breastfeeding Observations the service would count (same statuses, same tables, same age
 * limit), and the answers of an earlier checklist authored today. Each pre-filled answer says where it came from.
 */
final class RecordAnswers {
    static final String PREGNANT = "pregnant";
    static final String BREASTFEEDING = "breastfeeding";
    static final String DEVICE = "device";
    static final String PRP_PLANNED = "prp-planned";
    static final Coding YES = new Coding("http://loinc.org", "LA33-6", "Yes");
    static final Coding NO = new Coding("http://loinc.org", "LA32-8", "No");

    private final EhrHttp ehr;
    private final FhirMappings mappings;
    private final ConformanceResources resources;
    private final int observationMaxAgeDays;

    RecordAnswers(EhrHttp ehr, FhirMappings mappings, ConformanceResources resources, int observationMaxAgeDays) {
        this.ehr = ehr;
        this.mappings = mappings;
        this.resources = resources;
        this.observationMaxAgeDays = observationMaxAgeDays;
    }

    ChecklistAnswers read(String base, String token, String patientId, ServiceRequest order, LocalDate today,
                          ZoneId zone) throws EhrHttp.EhrException {
        ChecklistAnswers answers = new ChecklistAnswers();
        fromOrder(order, answers);
        QuestionnaireResponse earlier = earlierChecklist(base, token, patientId, today);
        if (earlier != null) {
            String source = "the checklist saved today"
                    + (earlier.getAuthored() == null ? "" : " at " + earlier.getAuthored().toInstant().atZone(zone)
                    .format(DateTimeFormatter.ofPattern("HH:mm")));
            fromChecklist(earlier, source, answers);
        }
        fromObservations(base, token, patientId, today, answers);
        return answers;
    }

    private void fromOrder(ServiceRequest order, ChecklistAnswers answers) {
        Extension device = order.getExtensionByUrl(NeedlesafeFhir.DEVICE);
        if (device != null) {
            String code = code(device.getValue());
            resources.codes(NeedlesafeFhir.BASE + "ValueSet/device").stream()
                    .filter(option -> option.getCode().equals(code)).findFirst()
                    .ifPresent(option -> answers.put(DEVICE, List.of(option.copy()), "the order"));
        }
        boolean prp = order.getExtensionsByUrl(NeedlesafeFhir.TOPICAL).stream()
                .map(topical -> topical.getExtensionByUrl(NeedlesafeFhir.TOPICAL_PRODUCT))
                .anyMatch(product -> product != null && TopicalProduct.PRP.name().equals(code(product.getValue())));
        answers.put(PRP_PLANNED, List.of(new BooleanType(prp)), "the order");
    }

    private QuestionnaireResponse earlierChecklist(String base, String token, String patientId, LocalDate today)
            throws EhrHttp.EhrException {
        Bundle found = (Bundle) ehr.read(base, "QuestionnaireResponse?subject=" + patientId + "&questionnaire="
                + encode(NeedlesafeFhir.CHECKLIST) + "&_sort=-authored&_count=5", token, "reading earlier checklists");
        return found.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast)
                .filter(response -> response.getQuestionnaire() != null
                        && response.getQuestionnaire().split("\\|")[0].equals(NeedlesafeFhir.CHECKLIST)
                        && FhirStatuses.answered(response)
                        && today.equals(FhirDates.latestDay(response.getAuthoredElement())))
                .max(Comparator.comparing(QuestionnaireResponse::getAuthored))
                .orElse(null);
    }

    /** The earlier answers that fit the Questionnaire as it is now; anything else is left unknown. */
    private void fromChecklist(QuestionnaireResponse earlier, String source, ChecklistAnswers answers) {
        Map<String, List<Type>> given = new java.util.HashMap<>();
        collect(earlier.getItem(), given);
        for (QuestionnaireItemComponent item : ChecklistItems.flatten(resources.checklist().getItem())) {
            List<Type> values = given.get(item.getLinkId());
            if (item.getReadOnly() || values == null) {
                continue;
            }
            List<Type> fitting = new ArrayList<>();
            for (Type value : values) {
                Type fit = fit(item, value);
                if (fit != null) {
                    fitting.add(fit);
                }
            }
            if (fitting.size() == values.size() && (item.getRepeats() || fitting.size() == 1)) {
                answers.put(item.getLinkId(), fitting, source);
            }
        }
    }

    private Type fit(QuestionnaireItemComponent item, Type value) {
        if (item.getType() == QuestionnaireItemType.BOOLEAN) {
            return value instanceof BooleanType bool && bool.getValue() != null ? bool.copy() : null;
        }
        if (item.getType() == QuestionnaireItemType.INTEGER) {
            return value instanceof IntegerType number && number.getValue() != null && number.getValue() >= 0
                    ? number.copy() : null;
        }
        List<Coding> options = item.hasAnswerValueSet() ? resources.codes(item.getAnswerValueSet())
                : item.getAnswerOption().stream().map(option -> option.getValueCoding()).toList();
        String code = value instanceof Coding coding ? coding.getCode()
                : value instanceof StringType text ? text.getValue() : null;
        String system = value instanceof Coding coding ? coding.getSystem() : null;
        return options.stream().filter(option -> option.getCode().equals(code)
                        && (system == null || system.equals(option.getSystem())))
                .findFirst().map(Coding::copy).orElse(null);
    }

    private static void collect(List<QuestionnaireResponseItemComponent> items, Map<String, List<Type>> given) {
        for (QuestionnaireResponseItemComponent item : items) {
            for (var answer : item.getAnswer()) {
                if (answer.hasValue()) {
                    given.computeIfAbsent(item.getLinkId(), key -> new ArrayList<>()).add(answer.getValue());
                }
                collect(answer.getItem(), given);
            }
            collect(item.getItem(), given);
        }
    }

    /** The newest final Observation of each question, no older than the service accepts; "unknown" fills nothing. */
    private void fromObservations(String base, String token, String patientId, LocalDate today,
                                  ChecklistAnswers answers) throws EhrHttp.EhrException {
        Bundle found = (Bundle) ehr.read(base, "Observation?patient=" + patientId + "&code="
                + encode("http://loinc.org|82810-3,http://loinc.org|63895-7") + "&_sort=-date&_count=20", token,
                "reading pregnancy and breastfeeding Observations");
        Map<ScreeningQuestion, LocalDate> newest = new EnumMap<>(ScreeningQuestion.class);
        Map<ScreeningQuestion, Boolean> values = new EnumMap<>(ScreeningQuestion.class);
        for (Bundle.BundleEntryComponent entry : found.getEntry()) {
            if (!(entry.getResource() instanceof Observation observation) || !FhirStatuses.result(observation)) {
                continue;
            }
            LocalDate when = FhirDates.latestDay(observation.getEffective());
            if (when == null && observation.hasIssued()) {
                when = FhirDates.latestDay(observation.getIssuedElement());
            }
            if (when == null || when.isAfter(today) || when.plusDays(observationMaxAgeDays).isBefore(today)) {
                continue;
            }
            for (ScreeningQuestion question : mappings.observationCodes.lookup(observation.getCode())) {
                if (!newest.containsKey(question) || when.isAfter(newest.get(question))) {
                    newest.put(question, when);
                    values.put(question, answer(observation));
                }
            }
        }
        newest.forEach((question, when) -> {
            Boolean value = values.get(question);
            if (value != null) {
                answers.put(question == ScreeningQuestion.PREGNANT ? PREGNANT : BREASTFEEDING,
                        List.of((value ? YES : NO).copy()), "Observation of " + when);
            }
        });
    }

    private Boolean answer(Observation observation) {
        if (observation.getValue() instanceof BooleanType value) {
            return value.getValue();
        }
        if (observation.getValue() instanceof CodeableConcept value) {
            Set<Answer> found = mappings.observationAnswers.lookup(value);
            if (found.size() == 1 && !found.contains(Answer.UNKNOWN)) {
                return found.contains(Answer.YES);
            }
        }
        return null;
    }

    private static String code(Type value) {
        if (value instanceof Coding coding) {
            return coding.getCode();
        }
        return value == null ? null : value.primitiveValue();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
