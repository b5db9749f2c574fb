package org.needlesafe.cdshooks.smart;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * The checklist as the EHR keeps it: a QuestionnaireResponse with every answered, enabled item (an unanswered item is
 * left out, so it stays unknown), and for pregnancy and breastfeeding an Observation with the LOINC code the service
 * reads, unless the answer is an Observation already in the record. Dates carry the clinic's zone, so "today" reads
 * the same in the EHR and in the service.
 */
final class ChecklistRecord {
    private static final String LOINC = "http://loinc.org";

    private final Questionnaire questionnaire;

    ChecklistRecord(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    QuestionnaireResponse response(ChecklistAnswers answers, String patientId, String orderId, String user,
                                   ZonedDateTime now) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(questionnaire.getUrl() + "|" + questionnaire.getVersion());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + patientId));
        response.addBasedOn(new Reference(orderId));
        response.setAuthoredElement(dateTime(now));
        if (user != null) {
            response.setAuthor(new Reference(user));
        }
        response.setItem(items(questionnaire.getItem(), answers));
        return response;
    }

    private static List<QuestionnaireResponseItemComponent> items(List<QuestionnaireItemComponent> items,
                                                                  ChecklistAnswers answers) {
        List<QuestionnaireResponseItemComponent> written = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            if (!ChecklistItems.enabled(item, answers)) {
                continue;
            }
            QuestionnaireResponseItemComponent answer = new QuestionnaireResponseItemComponent()
                    .setLinkId(item.getLinkId()).setText(item.getText());
            if (item.getType() == QuestionnaireItemType.GROUP) {
                answer.setItem(items(item.getItem(), answers));
                if (answer.hasItem()) {
                    written.add(answer);
                }
            } else if (answers.answered(item.getLinkId())) {
                answers.get(item.getLinkId()).forEach(value -> answer.addAnswer().setValue(value.copy()));
                written.add(answer);
            }
        }
        return written;
    }

    /**
     * The pregnancy and breastfeeding Observations to write: for each answered one, unless the answer came from an
     * Observation in the record and was left as it was.
     */
    List<Observation> observations(ChecklistAnswers answers, ChecklistAnswers prefilled, String patientId,
                                   String user, String responseId, ZonedDateTime now) {
        List<Observation> observations = new ArrayList<>();
        for (QuestionnaireItemComponent item : ChecklistItems.flatten(questionnaire.getItem())) {
            String linkId = item.getLinkId();
            boolean unchangedRecord = prefilled.source(linkId) != null
                    && prefilled.source(linkId).startsWith("Observation")
                    && ChecklistAnswers.same(prefilled.get(linkId), answers.get(linkId));
            Coding code = item.getCode().stream().filter(coding -> LOINC.equals(coding.getSystem())).findFirst()
                    .orElse(null);
            if (code == null || !answers.answered(linkId) || unchangedRecord) {
                continue;
            }
            Type value = answers.get(linkId).get(0);
            Observation observation = new Observation();
            observation.setStatus(Observation.ObservationStatus.FINAL);
            observation.addCategory(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/observation-category", "social-history", "Social History")));
            observation.setCode(new CodeableConcept(code.copy()));
            observation.setSubject(new Reference("Patient/" + patientId));
            observation.setEffective(dateTime(now));
            observation.setValue(new CodeableConcept(((Coding) value).copy()));
            if (user != null) {
                observation.addPerformer(new Reference(user));
            }
            observation.addDerivedFrom(new Reference(responseId));
            observations.add(observation);
        }
        return observations;
    }

    private static DateTimeType dateTime(ZonedDateTime now) {
        return new DateTimeType(Date.from(now.toInstant()), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(now.getZone()));
    }
}
