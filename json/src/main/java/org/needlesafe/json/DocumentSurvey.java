package org.needlesafe.json;

import static org.needlesafe.json.ProblemText.characters;
import static org.needlesafe.json.ProblemText.quote;
import static org.needlesafe.json.ProblemText.tooLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.needlesafe.Problem;

/**
 * One document's walk: the size limits checked everywhere, known fields or not (a list of at most
 * {@value CaseReader#MAX_LIST_ENTRIES} entries, strings and field names of at most
 * {@value CaseReader#MAX_STRING_CHARS} characters), where each path appears in the document, and at the end the
 * problems of every step merged into one list in document order.
 */
final class DocumentSurvey {
    /** Paths up to this long have their place in the document recorded; the contract's are all shorter. */
    private static final int MAX_RECORDED_PATH = 200;
    /** The largest decimal exponent a number keeps as written: far beyond the contract's, cheap to write out. */
    private static final int MAX_EXPONENT = 1000;

    /** Problems at a value: the value is set aside (made null) before the case is bound. */
    private final List<Problem> problems = new ArrayList<>();
    /** Reported at the object, but covering nothing in it: the validator's problems there still count. */
    private final List<Problem> nameProblems = new ArrayList<>();
    /** Every value's place, in document order (the {@code i}th surveyed is entry {@code i}); short paths only. */
    private final List<Where> surveyedPlaces = new ArrayList<>();
    /** Places recorded with a problem, whatever their length; with the surveyed ones, the first position wins. */
    private final Map<String, Integer> problemPlaces = new HashMap<>();
    /** Each path's first position: written out only when problems are sorted, so a valid case never spells one. */
    private Map<String, Integer> order;
    /** Numbers of extreme magnitude, each stood in for by a tamer one, and what they were. */
    private final Map<JsonNode, String> standIns = new IdentityHashMap<>();
    private int surveyed;

    DocumentSurvey(ObjectNode root) {
        survey(root, null, Where.ROOT);
    }

    /** Problems found at values (not field names) so far, the survey's and the schema's. */
    List<Problem> problems() {
        return problems;
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /** A value as a message quotes it: a number's text as the document gave it. */
    String text(JsonNode value) {
        return standIns.getOrDefault(value, value.asText());
    }

    /**
     * Records where each path appears, in document order, and checks the size limits everywhere. A value over a
     * limit is replaced by null, so that nothing after the survey spends time on it. Only the short paths are
     * recorded, which include all the contract's: under long field names a path can run to kilobytes, and writing
     * one out for every value would take gigabytes.
     */
    private void survey(JsonNode node, Consumer<JsonNode> setAside, Where where) {
        int position = surveyed++;
        surveyedPlaces.add(where.length() <= MAX_RECORDED_PATH ? where : null);
        if (node.isNumber() && extreme(node.decimalValue())) {
            standIn(node, setAside);
        } else if (node.isTextual() && tooLong(node.textValue())) {
            surveyProblem(where, position, "must be at most " + CaseReader.MAX_STRING_CHARS
                    + " characters long, is " + characters(node.textValue()));
            setAside.accept(NullNode.getInstance());
        } else if (node.isArray()) {
            ArrayNode list = (ArrayNode) node;
            if (list.size() > CaseReader.MAX_LIST_ENTRIES) {
                surveyProblem(where, position, "must have at most " + CaseReader.MAX_LIST_ENTRIES
                        + " entries, has " + list.size());
                setAside.accept(NullNode.getInstance());
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                int at = i;
                survey(list.get(i), value -> list.set(at, value), where.entry(i));
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (tooLong(entry.getKey())) {
                    String path = where.path();
                    problemPlaces.merge(path, position, Math::min);
                    nameProblems.add(new Problem(path, "field name " + quote(entry.getKey())
                            + " must be at most " + CaseReader.MAX_STRING_CHARS + " characters long, is "
                            + characters(entry.getKey())));
                }
                survey(entry.getValue(), entry::setValue,
                        where.field(entry.getKey()));
            }
        }
    }

    /**
     * Whether a number's exponent is so far from anything the contract holds that writing it out in full (as a
     * schema validator comparing it with an enum does) would take gigabytes: 1E+999999999 is a billion digits.
     */
    private static boolean extreme(BigDecimal number) {
        long exponent = (long) number.precision() - number.scale() - 1;
        return Math.abs(exponent) > MAX_EXPONENT;
    }

    /** Stands in a number as far beyond every limit as the original, but short to write out. */
    private void standIn(JsonNode original, Consumer<JsonNode> setAside) {
        BigDecimal number = original.decimalValue();
        boolean large = (long) number.precision() - number.scale() - 1 > 0;
        BigDecimal tame = BigDecimal.ONE.scaleByPowerOfTen(large ? MAX_EXPONENT + 1 : -MAX_EXPONENT - 1);
        JsonNode standIn = DecimalNode.valueOf(number.signum() < 0 ? tame.negate() : tame);
        standIns.put(standIn, original.asText());
        setAside.accept(standIn);
    }

    private void surveyProblem(Where where, int position, String message) {
        String path = where.path();
        problemPlaces.merge(path, position, Math::min);
        problems.add(new Problem(path, message));
    }

    /**
     * The problems found at values and the validator's, one per path: a validator problem is dropped when one was
     * already reported at that path, inside it or around it (a field of the wrong type is not also "required", an
     * entry with an unknown code is not also "must not be null"). Sorted in document order: a missing field sorts
     * where its enclosing object is. At most {@value CaseReader#MAX_PROBLEMS} are listed.
     */
    List<Problem> merge(List<Problem> validatorProblems) {
        // A long field name is reported at its object, where no value problem can be: it has fields.
        Map<String, Problem> byPath = new LinkedHashMap<>();
        for (Problem problem : nameProblems) {
            byPath.putIfAbsent(problem.path(), problem);
        }
        Set<String> listed = new HashSet<>(byPath.keySet());
        for (Problem problem : problems) {
            byPath.putIfAbsent(problem.path(), problem);
        }
        NavigableSet<String> reported = new TreeSet<>(byPath.keySet());
        reported.removeAll(listed);
        listed.addAll(reported);
        List<Problem> merged = new ArrayList<>(byPath.values());
        for (Problem problem : validatorProblems) {
            if (!covered(problem.path(), reported) && !listed.contains(problem.path())) {
                merged.add(problem);
            }
        }
        Map<String, Integer> positions = new HashMap<>();
        merged.sort(Comparator.comparingInt(problem -> positions.computeIfAbsent(problem.path(), this::position)));
        if (merged.size() > CaseReader.MAX_PROBLEMS) {
            int more = merged.size() - CaseReader.MAX_PROBLEMS;
            merged = new ArrayList<>(merged.subList(0, CaseReader.MAX_PROBLEMS));
            merged.add(new Problem("", "and " + more + " more problem(s) not listed"));
        }
        return merged;
    }

    /**
     * Whether a reported path is this one, encloses it or lies inside it. A document can hold tens of thousands of
     * problems, so this looks the enclosing paths up and searches the sorted paths for the enclosed ones rather
     * than comparing every pair.
     */
    private static boolean covered(String path, NavigableSet<String> reported) {
        if (reported.isEmpty()) {
            return false;
        }
        for (String at = path; ; at = ContractPath.parent(at)) {
            if (reported.contains(at)) {
                return true;
            }
            if (at.isEmpty()) {
                break;
            }
        }
        return path.isEmpty() || hasPathStartingWith(reported, path + ".")
                || hasPathStartingWith(reported, path + "[");
    }

    private static boolean hasPathStartingWith(NavigableSet<String> paths, String prefix) {
        String next = paths.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    private int position(String path) {
        if (order == null) {
            order = new HashMap<>(problemPlaces);
            for (int position = 0; position < surveyedPlaces.size(); position++) {
                Where place = surveyedPlaces.get(position);
                if (place != null) {
                    order.merge(place.path(), position, Math::min);
                }
            }
        }
        String at = path;
        while (!order.containsKey(at) && !at.isEmpty()) {
            at = ContractPath.parent(at);
        }
        return order.getOrDefault(at, 0);
    }

    /** Where a value is in the document; its path is written out only when asked for. */
    private record Where(Where parent, String name, int index, int length) {
        static final Where ROOT = new Where(null, null, -1, 0);

        Where field(String field) {
            return new Where(this, field, -1, length + (length == 0 ? 0 : 1) + field.length());
        }

        Where entry(int i) {
            return new Where(this, null, i, length + 2 + Integer.toString(i).length());
        }

        /** The path, written as {@link ContractPath} writes it. */
        String path() {
            StringBuilder path = new StringBuilder(length);
            append(path);
            return path.toString();
        }

        private void append(StringBuilder path) {
            if (parent == null) {
                return;
            }
            parent.append(path);
            if (name == null) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
    }
}
