package org.needlesafe.cdshooks.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.needlesafe.Problem;

/**
 * The answers of a pre-procedure checklist ({@link NeedlesafeFhir#CHECKLIST}), by linkId, from a
 * QuestionnaireResponse with items nested to any depth. An item that is absent or has no answer is unknown; an answer
 * of the wrong type or an unknown code is a problem, never a guess.
 */
public final class Checklist {
    public static final String FITZPATRICK_TYPE = "fitzpatrick-type";
    public static final String IMPLANTS = "implants";
    public static final String MICRONEEDLING_TRAINING = "microneedling-training";
    public static final String YEARS_EXPERIENCE = "years-experience";
    public static final String SUPERVISING_PHYSICIAN = "supervising-physician";
    public static final String SETTING = "setting";
    public static final String NEEDLES = "needles";
    public static final String PACKAGING_INTACT = "packaging-intact";
    public static final String DEVICE_BARRIER_SLEEVE = "device-barrier-sleeve";
    public static final String SKIN_ANTISEPSIS = "skin-antisepsis";
    public static final String GLOVES = "gloves";
    public static final String SHARPS_CONTAINER = "sharps-container";
    public static final String BLOOD_HANDLING_COMPLIANT = "blood-handling-compliant";
    public static final String DEVICE_RINSED_IN_TAP_WATER = "device-rinsed-in-tap-water";
    public static final String CLIENT_RECORDS_KEPT = "client-records-kept";
    /** The answer code of {@link #IMPLANTS} that means "reviewed, none". */
    public static final String NONE = "NONE";

    /** No checklist: every answer unknown. */
    public static final Checklist EMPTY = new Checklist(Map.of(), new ArrayList<>());

    private final Map<String, List<Type>> answers;
    private final List<Problem> problems;

    private Checklist(Map<String, List<Type>> answers, List<Problem> problems) {
        this.answers = answers;
        this.problems = problems;
    }

    /** Reads the answers; problems found later (wrong types, unknown codes) are added to {@code problems}. */
    public static Checklist of(QuestionnaireResponse response, List<Problem> problems) {
        Map<String, List<Type>> answers = new HashMap<>();
        collect(response.getItem(), answers);
        return new Checklist(answers, problems);
    }

    private static void collect(List<QuestionnaireResponseItemComponent> items, Map<String, List<Type>> answers) {
        for (QuestionnaireResponseItemComponent item : items) {
            for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
                if (answer.hasValue() && item.hasLinkId()) {
                    answers.computeIfAbsent(item.getLinkId(), k -> new ArrayList<>()).add(answer.getValue());
                }
                collect(answer.getItem(), answers);
            }
            collect(item.getItem(), answers);
        }
    }

    public Boolean bool(String linkId) {
        Type value = first(linkId);
        if (value == null) {
            return null;
        }
        if (value instanceof BooleanType answer && answer.getValue() != null) {
            return answer.getValue();
        }
        problems.add(FhirProblem.of(where(linkId), "checklist.boolean"));
        return null;
    }

    public Integer integer(String linkId) {
        Type value = first(linkId);
        if (value == null) {
            return null;
        }
        if (value instanceof IntegerType answer && answer.getValue() != null && answer.getValue() >= 0) {
            return answer.getValue();
        }
        problems.add(FhirProblem.of(where(linkId), "checklist.integer"));
        return null;
    }

    /** A coded answer (valueCoding of the code system, or valueString) read as a needlesafe code. */
    public <T> T code(String linkId, String codeSystem, Function<String, T> parse) {
        Type value = first(linkId);
        return value == null ? null : parse(linkId, value, codeSystem, parse);
    }

    /** Every coded answer of a repeating item; {@code null} when the item is unanswered. */
    public <T> List<T> codes(String linkId, String codeSystem, Function<String, T> parse) {
        List<Type> values = answers.get(linkId);
        if (values == null) {
            return null;
        }
        List<T> codes = new ArrayList<>();
        for (Type value : values) {
            T code = parse(linkId, value, codeSystem, parse);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private <T> T parse(String linkId, Type value, String codeSystem, Function<String, T> parse) {
        String code = null;
        if (value instanceof Coding coding && (!coding.hasSystem()
                || coding.getSystem().equals(NeedlesafeFhir.codeSystem(codeSystem)))) {
            code = coding.getCode();
        } else if (value instanceof StringType text) {
            code = text.getValue();
        }
        if (code != null) {
            try {
                return parse.apply(code);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(FhirProblem.of(where(linkId), "fhir.code", NeedlesafeFhir.codeSystem(codeSystem)));
        return null;
    }

    private Type first(String linkId) {
        List<Type> values = answers.get(linkId);
        return values == null ? null : values.get(0);
    }

    private static String where(String linkId) {
        return "QuestionnaireResponse (pre-procedure checklist) item '" + linkId + "'";
    }
}
