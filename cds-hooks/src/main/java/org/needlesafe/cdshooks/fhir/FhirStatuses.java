package org.needlesafe.cdshooks.fhir;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.codesystems.AllergyintoleranceClinical;
import org.hl7.fhir.r4.model.codesystems.AllergyintoleranceVerification;
import org.hl7.fhir.r4.model.codesystems.ConditionVerStatus;

/**
 * Which FHIR statuses the service reads an entry with, in one place. A resource without a status, or with a code the
 * FHIR value set does not have, is in none of these sets: it is read as current, never as "not there".
 */
public final class FhirStatuses {
    private static final Set<ServiceRequestStatus> CLOSED_ORDER =
            EnumSet.of(ServiceRequestStatus.ENTEREDINERROR, ServiceRequestStatus.REVOKED, ServiceRequestStatus.COMPLETED);
    private static final Set<MedicationRequestStatus> NEVER_TAKEN_REQUEST = EnumSet.of(
            MedicationRequestStatus.CANCELLED, MedicationRequestStatus.ENTEREDINERROR, MedicationRequestStatus.DRAFT);
    private static final Set<MedicationRequestStatus> STOPPED_REQUEST =
            EnumSet.of(MedicationRequestStatus.COMPLETED, MedicationRequestStatus.STOPPED);
    private static final Set<MedicationStatementStatus> NEVER_TAKEN_STATEMENT =
            EnumSet.of(MedicationStatementStatus.NOTTAKEN, MedicationStatementStatus.ENTEREDINERROR);
    private static final Set<MedicationStatementStatus> STOPPED_STATEMENT =
            EnumSet.of(MedicationStatementStatus.COMPLETED, MedicationStatementStatus.STOPPED);
    private static final Set<ProcedureStatus> PERFORMED =
            EnumSet.of(ProcedureStatus.COMPLETED, ProcedureStatus.INPROGRESS);
    private static final Set<ObservationStatus> RESULT =
            EnumSet.of(ObservationStatus.FINAL, ObservationStatus.AMENDED, ObservationStatus.CORRECTED);
    private static final Set<QuestionnaireResponseStatus> ANSWERED = EnumSet.of(QuestionnaireResponseStatus.COMPLETED,
            QuestionnaireResponseStatus.AMENDED, QuestionnaireResponseStatus.INPROGRESS);
    private static final Set<ConditionVerStatus> NOT_TRUE_CONDITION =
            EnumSet.of(ConditionVerStatus.ENTEREDINERROR, ConditionVerStatus.REFUTED);
    private static final Set<AllergyintoleranceVerification> NOT_TRUE_ALLERGY =
            EnumSet.of(AllergyintoleranceVerification.ENTEREDINERROR, AllergyintoleranceVerification.REFUTED);
    private static final Set<AllergyintoleranceClinical> PAST_ALLERGY =
            EnumSet.of(AllergyintoleranceClinical.INACTIVE, AllergyintoleranceClinical.RESOLVED);

    private FhirStatuses() {
    }

    /** An order that will not be carried out as it stands (entered in error, revoked, completed): not checked. */
    public static boolean closed(ServiceRequest order) {
        return CLOSED_ORDER.contains(order.getStatus());
    }

    /** A medication request the patient never started (cancelled, entered in error, still a draft). */
    public static boolean neverTaken(MedicationRequest request) {
        return NEVER_TAKEN_REQUEST.contains(request.getStatus());
    }

    /** A medication request that has ended (completed, stopped). */
    public static boolean stopped(MedicationRequest request) {
        return STOPPED_REQUEST.contains(request.getStatus());
    }

    /** A medication statement saying it was not taken, or entered in error. */
    public static boolean neverTaken(MedicationStatement statement) {
        return NEVER_TAKEN_STATEMENT.contains(statement.getStatus());
    }

    /** A medication statement that has ended (completed, stopped). */
    public static boolean stopped(MedicationStatement statement) {
        return STOPPED_STATEMENT.contains(statement.getStatus());
    }

    /** A procedure that was done or is under way. */
    public static boolean performed(Procedure procedure) {
        return PERFORMED.contains(procedure.getStatus());
    }

    /** A procedure under way: it is happening today. */
    public static boolean inProgress(Procedure procedure) {
        return procedure.getStatus() == ProcedureStatus.INPROGRESS;
    }

    /** An observation whose value is a result (final, amended or corrected), not a preliminary one. */
    public static boolean result(Observation observation) {
        return RESULT.contains(observation.getStatus());
    }

    /** A questionnaire response with answers to read (completed, amended, or in progress). */
    public static boolean answered(QuestionnaireResponse response) {
        return ANSWERED.contains(response.getStatus());
    }

    /** A condition recorded in error or refuted: not the patient's. */
    public static boolean notTrue(org.hl7.fhir.r4.model.Condition condition) {
        return NOT_TRUE_CONDITION.contains(firstCode(condition.getVerificationStatus(), ConditionVerStatus::fromCode));
    }

    /** An allergy recorded in error or refuted: not the patient's. */
    public static boolean notTrue(AllergyIntolerance allergy) {
        return NOT_TRUE_ALLERGY.contains(firstCode(allergy.getVerificationStatus(),
                AllergyintoleranceVerification::fromCode));
    }

    /** An allergy that is inactive or resolved. */
    public static boolean past(AllergyIntolerance allergy) {
        return PAST_ALLERGY.contains(firstCode(allergy.getClinicalStatus(), AllergyintoleranceClinical::fromCode));
    }

    /** The first coding's code as the value set's enum, whatever its system; {@code null} when it is none of them. */
    private static <E extends Enum<E>> E firstCode(CodeableConcept concept, Function<String, E> fromCode) {
        if (concept == null || !concept.hasCoding() || !concept.getCodingFirstRep().hasCode()) {
            return null;
        }
        try {
            return fromCode.apply(concept.getCodingFirstRep().getCode());
        } catch (FHIRException e) {
            return null;
        }
    }
}
