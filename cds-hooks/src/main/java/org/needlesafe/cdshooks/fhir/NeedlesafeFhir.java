package org.needlesafe.cdshooks.fhir;

/**
 * The FHIR artefacts needlesafe defines: its code systems, the extensions on the microneedling ServiceRequest and
 * the pre-procedure checklist (a QuestionnaireResponse). docs/CDS-HOOKS.md describes each one.
 */
public final class NeedlesafeFhir {
    public static final String BASE = "https://needlesafe.org/fhir/";
    public static final String EXTENSION = BASE + "StructureDefinition/";

    /** On a ServiceRequest.bodySite: the needle depth for that site, a Quantity in millimetres. */
    public static final String NEEDLE_DEPTH = EXTENSION + "needle-depth";
    /** valueCoding (or valueCode) from the {@code device} code system: PEN, ROLLER, STAMP, RF_MICRONEEDLING, HOME_ROLLER. */
    public static final String DEVICE = EXTENSION + "device";
    /** valueBoolean: the device has FDA clearance or the local equivalent. */
    public static final String DEVICE_CLEARED = EXTENSION + "device-cleared";
    /** Complex, repeating: {@code product} (valueCoding/valueCode) and {@code sterile-for-procedure} (valueBoolean). */
    public static final String TOPICAL = EXTENSION + "topical";
    public static final String TOPICAL_PRODUCT = "product";
    public static final String TOPICAL_STERILE = "sterile-for-procedure";
    /** valueBoolean: a topical anaesthetic is planned. */
    public static final String TOPICAL_ANESTHETIC = EXTENSION + "topical-anesthetic";
    /** valueCode or valueString: the jurisdiction profile id, overriding the service's default. */
    public static final String JURISDICTION = EXTENSION + "jurisdiction";
    /** Complex, repeating: {@code kb} (valueString/valueCode), {@code by} (valueCode/valueCoding), {@code date} (valueDate). */
    public static final String CLEARANCE = EXTENSION + "clearance";
    public static final String CLEARANCE_KB = "kb";
    public static final String CLEARANCE_BY = "by";
    public static final String CLEARANCE_DATE = "date";

    /** The canonical URL of the pre-procedure checklist a QuestionnaireResponse answers. */
    public static final String CHECKLIST = BASE + "Questionnaire/pre-procedure-checklist";

    /** The override reasons offered on every warning and critical card. */
    public static final String OVERRIDE_REASON = codeSystem("override-reason");
    /** The topic of every card. */
    public static final String TOPIC = codeSystem("topic");

    private NeedlesafeFhir() {
    }

    /** The URL of one of needlesafe's code systems, e.g. {@code condition}, {@code area}, {@code device}. */
    public static String codeSystem(String name) {
        return BASE + "CodeSystem/" + name;
    }
}
