package org.needlesafe.cdshooks.smart;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Type;

/**
 * The answers of one checklist, by linkId, and for those taken from the EHR where they came from. A linkId without
 * answers is unknown: nothing is ever filled in as "no".
 */
final class ChecklistAnswers {
    private final Map<String, List<Type>> values = new LinkedHashMap<>();
    private final Map<String, String> sources = new HashMap<>();

    /** Sets the answers of an item; {@code source} says where in the record they came from, or {@code null}. */
    void put(String linkId, List<Type> answers, String source) {
        if (answers.isEmpty()) {
            values.remove(linkId);
            sources.remove(linkId);
            return;
        }
        values.put(linkId, List.copyOf(answers));
        if (source == null) {
            sources.remove(linkId);
        } else {
            sources.put(linkId, source);
        }
    }

    List<Type> get(String linkId) {
        return values.getOrDefault(linkId, List.of());
    }

    boolean answered(String linkId) {
        return values.containsKey(linkId);
    }

    /** Where the answer came from in the EHR's record, or {@code null} when the user gave it. */
    String source(String linkId) {
        return sources.get(linkId);
    }

    /** The code of a coded answer, or "true"/"false", or the number: how the form names the answer. */
    static String key(Type answer) {
        if (answer instanceof Coding coding) {
            return coding.getCode();
        }
        if (answer instanceof BooleanType bool) {
            return String.valueOf(bool.getValue());
        }
        return answer.primitiveValue();
    }

    /** Whether two answer lists say the same (same codes, booleans or numbers, in any order). */
    static boolean same(List<Type> a, List<Type> b) {
        return a.size() == b.size() && a.stream().map(ChecklistAnswers::key).toList()
                .containsAll(b.stream().map(ChecklistAnswers::key).toList());
    }
}
