package org.needlesafe.rules;

/**
 * The fields of the case the rules, the screening and the validation cite, each by its contract path, written once
 * here. A list entry's path comes from its fact ({@link AreaFact#path()} and the like).
 */
public final class CaseFields {
    public static final ContractPath ASSESSMENT_DATE = ContractPath.CASE.field("assessmentDate");
    public static final ContractPath JURISDICTION = ContractPath.CASE.field("jurisdiction");
    public static final ContractPath CLEARANCES = ContractPath.CASE.field("clearances");

    public static final ContractPath PATIENT = ContractPath.CASE.field("patient");
    public static final ContractPath PATIENT_AGE_YEARS = PATIENT.field("ageYears");
    public static final ContractPath PATIENT_PREGNANT = PATIENT.field("pregnant");
    public static final ContractPath PATIENT_BREASTFEEDING = PATIENT.field("breastfeeding");
    public static final ContractPath PATIENT_FITZPATRICK_TYPE = PATIENT.field("fitzpatrickType");
    public static final ContractPath PATIENT_CONDITIONS = PATIENT.field("conditions");
    public static final ContractPath PATIENT_MEDICATIONS = PATIENT.field("medications");
    public static final ContractPath PATIENT_ALLERGIES = PATIENT.field("allergies");
    public static final ContractPath PATIENT_RECENT_PROCEDURES = PATIENT.field("recentProcedures");
    public static final ContractPath PATIENT_IMPLANTS = PATIENT.field("implants");

    public static final ContractPath PRACTITIONER = ContractPath.CASE.field("practitioner");
    public static final ContractPath PRACTITIONER_CREDENTIAL = PRACTITIONER.field("credential");
    public static final ContractPath PRACTITIONER_SUPERVISING_PHYSICIAN = PRACTITIONER.field("supervisingPhysician");
    public static final ContractPath PRACTITIONER_MICRONEEDLING_TRAINING = PRACTITIONER.field("microneedlingTraining");
    public static final ContractPath PRACTITIONER_YEARS_EXPERIENCE = PRACTITIONER.field("yearsExperience");
    public static final ContractPath PRACTITIONER_GENERAL_NURSING_YEARS = PRACTITIONER.field("generalNursingYears");

    public static final ContractPath SETUP = ContractPath.CASE.field("setup");
    public static final ContractPath SETUP_SETTING = SETUP.field("setting");
    public static final ContractPath SETUP_NEEDLES = SETUP.field("needles");
    public static final ContractPath SETUP_PACKAGING_INTACT = SETUP.field("packagingIntact");
    public static final ContractPath SETUP_SKIN_ANTISEPSIS = SETUP.field("skinAntisepsis");
    public static final ContractPath SETUP_GLOVES = SETUP.field("gloves");
    public static final ContractPath SETUP_SHARPS_CONTAINER = SETUP.field("sharpsContainer");
    public static final ContractPath SETUP_DEVICE_BARRIER_SLEEVE = SETUP.field("deviceBarrierSleeve");
    public static final ContractPath SETUP_BLOOD_HANDLING_COMPLIANT = SETUP.field("bloodHandlingCompliant");
    public static final ContractPath SETUP_CLIENT_RECORDS_KEPT = SETUP.field("clientRecordsKept");
    public static final ContractPath SETUP_DEVICE_RINSED_IN_TAP_WATER = SETUP.field("deviceRinsedInTapWater");

    public static final ContractPath PLAN = ContractPath.CASE.field("plan");
    public static final ContractPath PLAN_DEVICE = PLAN.field("device");
    public static final ContractPath PLAN_DEVICE_CLEARED = PLAN.field("deviceCleared");
    public static final ContractPath PLAN_AREAS = PLAN.field("areas");
    public static final ContractPath PLAN_TOPICALS = PLAN.field("topicals");
    public static final ContractPath PLAN_TOPICAL_ANESTHETIC = PLAN.field("topicalAnesthetic");
    public static final ContractPath PLAN_PREVIOUS_MICRONEEDLING_DATE = PLAN.field("previousMicroneedlingDate");
    public static final ContractPath PLAN_CONSULTATION_DATE = PLAN.field("consultationDate");

    private CaseFields() {
    }
}
