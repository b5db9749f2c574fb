package org.needlesafe.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.clearance.KnowledgeBaseItems;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.MedicationStatus;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;

/**
 * The contract's case fields as the fuzzer sees them: every known path with list indices written {@code []}
 * ({@code plan.areas[].depthMm}), which of them hold codes, dates or yes/no answers, and valid values for each, so
 * that mutations can keep most of a document valid and reach the rules.
 */
final class FuzzSchema {
    static final JsonNodeFactory NODES = Documents.JSON.getNodeFactory();

    /** The code fields and their code lists. */
    static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry("patient.fitzpatrickType", FitzpatrickType.class),
            Map.entry("patient.conditions[].code", ConditionCode.class),
            Map.entry("patient.conditions[].status", ConditionStatus.class),
            Map.entry("patient.conditions[].areas[]", Area.class),
            Map.entry("patient.medications[].code", MedicationCode.class),
            Map.entry("patient.medications[].status", MedicationStatus.class),
            Map.entry("patient.allergies[]", Allergy.class),
            Map.entry("patient.allergies[].code", Allergy.class),
            Map.entry("patient.recentProcedures[].code", ProcedureCode.class),
            Map.entry("patient.recentProcedures[].areas[]", Area.class),
            Map.entry("patient.implants[]", ImplantCode.class),
            Map.entry("patient.implants[].code", ImplantCode.class),
            Map.entry("patient.implants[].areas[]", Area.class),
            Map.entry("practitioner.credential", Credential.class),
            Map.entry("setup.setting", Setting.class),
            Map.entry("setup.needles", Needles.class),
            Map.entry("setup.skinAntisepsis", Antisepsis.class),
            Map.entry("plan.device", Device.class),
            Map.entry("plan.indication", Indication.class),
            Map.entry("plan.areas[].area", Area.class),
            Map.entry("plan.topicals[].product", TopicalProduct.class),
            Map.entry("clearances[].by", ClearingRole.class));

    static final Set<String> DATES = Set.of("assessmentDate", "patient.conditions[].onsetDate",
            "patient.medications[].lastTakenDate", "patient.recentProcedures[].date", "plan.previousMicroneedlingDate",
            "clearances[].date");

    static final Set<String> YES_NO = Set.of("patient.pregnant", "patient.breastfeeding",
            "practitioner.microneedlingTraining", "practitioner.supervisingPhysician", "setup.packagingIntact",
            "setup.deviceBarrierSleeve", "setup.gloves", "setup.sharpsContainer", "setup.bloodHandlingCompliant",
            "setup.deviceRinsedInTapWater", "setup.clientRecordsKept", "plan.deviceCleared",
            "plan.topicalAnesthetic", "plan.topicals[].sterileForProcedure");

    static final Set<String> OBJECTS = Set.of("patient", "practitioner", "setup", "plan",
            "patient.conditions[]", "patient.medications[]", "patient.recentProcedures[]", "plan.areas[]",
            "plan.topicals[]", "clearances[]");

    static final Set<String> LISTS = Set.of("patient.conditions", "patient.medications", "patient.allergies",
            "patient.recentProcedures", "patient.implants", "patient.conditions[].areas",
            "patient.recentProcedures[].areas", "patient.implants[].areas", "plan.areas", "plan.topicals",
            "clearances");

    static final Set<String> OTHER_LEAVES = Set.of("caseId", "jurisdiction", "patient.ageYears",
            "practitioner.yearsExperience", "plan.areas[].depthMm", "clearances[].kb");

    /** Every field path the contract knows. */
    static final Set<String> KNOWN = known();

    /** Dates that are not YYYY-MM-DD calendar dates; each must be refused at its path. */
    static final List<String> BAD_DATES = List.of("2026-02-30", "+10000-01-01", "2026-13-01", "2026-00-10",
            "2025-02-29", "2026-11-31", "-0001-01-01", "+999999999-12-31", "-999999999-01-01", "+2026-11-25",
            "2026-1-5", "26-11-25", "2026-11-25T10:00", " 2026-11-25", "2026-11-25 ", "2026/11/25", "",
            "\uff12\uff10\uff12\uff16-11-25", "2026-11-25Z", "20261125", "2026-W48-3", "2026-330", "0000-00-00",
            "10000-01-01", "2026-11-\u0662\u0665");

    /** Unusual but real calendar dates. */
    static final List<String> EDGE_DATES = List.of("0000-01-01", "0001-01-01", "1900-02-28", "1970-01-01",
            "2000-02-29", "2024-02-29", "2026-11-25", "2026-11-26", "9999-12-31");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private FuzzSchema() {
    }

    /** {@code plan.areas[0].depthMm} becomes {@code plan.areas[].depthMm}. */
    static String normalise(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    /** Whether {@link #validValue} has a value for this normalised path. */
    static boolean hasValidValue(String normalised) {
        return CODES.containsKey(normalised) || DATES.contains(normalised) || YES_NO.contains(normalised)
                || LISTS.contains(normalised) || OTHER_LEAVES.contains(normalised);
    }

    static boolean isKnown(String path) {
        return KNOWN.contains(normalise(path));
    }

    /** The known field names of the object at this (normalised) path. */
    static Set<String> fieldsOf(String objectPath) {
        Set<String> names = new TreeSet<>();
        String prefix = objectPath.isEmpty() ? "" : objectPath + ".";
        for (String path : KNOWN) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                if (!rest.isEmpty() && !rest.contains(".") && !rest.contains("[")) {
                    names.add(rest);
                }
            }
        }
        return names;
    }

    /** Every field name the contract uses anywhere, to try them where they are not known. */
    static List<String> allFieldNames() {
        Set<String> names = new TreeSet<>();
        for (String path : KNOWN) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            if (!last.contains("[")) {
                names.add(last);
            }
        }
        return List.copyOf(names);
    }

    /** A valid value for a known path (entries of lists included), or null when the path is not a leaf or list. */
    static JsonNode validValue(String normalised, Random random, List<String> jurisdictions) {
        Class<? extends Enum<?>> codes = CODES.get(normalised);
        if (codes != null) {
            return NODES.textNode(code(codes, random));
        }
        if (DATES.contains(normalised)) {
            return NODES.textNode(validDate(normalised, random));
        }
        if (YES_NO.contains(normalised)) {
            int pick = random.nextInt(5);
            return pick == 0 ? NODES.nullNode() : NODES.booleanNode(pick % 2 == 0);
        }
        if (LISTS.contains(normalised)) {
            ArrayNode list = NODES.arrayNode();
            int entries = random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                list.add(entry(normalised + "[]", random, jurisdictions));
            }
            return list;
        }
        switch (normalised) {
            case "caseId": // with escapes and multi-byte characters, for the byte-level mutations to cut into
                return NODES.textNode(pick(random, "fuzz-", "d\u00e9mo-", "\u6f22-", "\ud83d\ude00-", "\"q\"-", "a\\b-",
                        "tab\t-", "\u0001-", "\u2028-") + Integer.toHexString(random.nextInt()));
            case "jurisdiction":
                return NODES.textNode(jurisdictions.get(random.nextInt(jurisdictions.size())));
            case "patient.ageYears":
                return raw(random.nextInt(20) == 0 ? pick(random, "0", "130", "-0", "34.0", "3.4E1", "340E-1")
                        : Integer.toString(12 + random.nextInt(80)));
            case "practitioner.yearsExperience":
                return raw(random.nextInt(20) == 0 ? pick(random, "0", "80", "4.000", "1E1")
                        : Integer.toString(random.nextInt(40)));
            case "plan.areas[].depthMm":
                return raw(depth(random));
            case "clearances[].kb":
                List<String> items = KnowledgeBaseItems.all();
                return NODES.textNode(items.get(random.nextInt(items.size())));
            default:
                return null;
        }
    }

    /** A valid entry for a list (its path ends in {@code []}). */
    static JsonNode entry(String entryPath, Random random, List<String> jurisdictions) {
        switch (entryPath) {
            case "patient.allergies[]":
            case "patient.implants[]":
                if (random.nextBoolean()) {
                    return validValue(entryPath, random, jurisdictions);
                }
                ObjectNode coded = NODES.objectNode().set("code", validValue(entryPath, random, jurisdictions));
                if (entryPath.startsWith("patient.implants") && random.nextBoolean()) {
                    coded.set("areas", areas(random));
                }
                return coded;
            case "patient.conditions[].areas[]":
            case "patient.recentProcedures[].areas[]":
            case "patient.implants[].areas[]":
                return validValue(entryPath, random, jurisdictions);
            default:
                break;
        }
        ObjectNode entry = NODES.objectNode();
        for (String field : fieldsOf(entryPath)) {
            String path = entryPath + "." + field;
            boolean required = field.equals("code") || field.equals("status") || field.equals("area")
                    || field.equals("depthMm") || field.equals("product") || field.equals("kb")
                    || field.equals("by") || (field.equals("date") && !entryPath.startsWith("patient.conditions"));
            if (required || random.nextInt(3) == 0) {
                entry.set(field, field.equals("areas") ? areas(random) : validValue(path, random, jurisdictions));
            }
        }
        return entry;
    }

    private static ArrayNode areas(Random random) {
        ArrayNode areas = NODES.arrayNode();
        Set<String> chosen = new TreeSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            chosen.add(code(Area.class, random));
        }
        chosen.forEach(areas::add);
        return areas;
    }

    static String code(Class<? extends Enum<?>> codes, Random random) {
        Enum<?>[] constants = codes.getEnumConstants();
        return constants[random.nextInt(constants.length)].name();
    }

    static boolean isCode(String text) {
        for (Class<? extends Enum<?>> codes : CODES.values()) {
            for (Enum<?> constant : codes.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String validDate(String normalised, Random random) {
        if (random.nextInt(25) == 0) {
            return EDGE_DATES.get(random.nextInt(EDGE_DATES.size()));
        }
        if (normalised.equals("assessmentDate")) {
            return TODAY.plusDays(random.nextInt(3) == 0 ? random.nextInt(60) - 30 : 0).toString();
        }
        // Mostly recent, where the timing rules look; now and then after the assessment date (a validator problem).
        int daysBefore = random.nextInt(10) == 0 ? -1 - random.nextInt(10)
                : random.nextInt(random.nextBoolean() ? 60 : 900);
        return TODAY.minusDays(daysBefore).toString();
    }

    private static String depth(Random random) {
        if (random.nextInt(10) == 0) {
            return pick(random, "0.075", "3.5", "3.500", "5E-1", "0.5E0", "35E-1", "1.0", "0.25", "2", "1.50",
                    "0.001", "3.5000000000000000000000000000000000000000000000");
        }
        int thousandths = 25 * (1 + random.nextInt(140));
        return new java.math.BigDecimal(thousandths).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A value written exactly as given, for numbers Jackson would otherwise reformat and for broken JSON. */
    static JsonNode raw(String json) {
        return new POJONode(new RawValue(json));
    }

    private static Set<String> known() {
        Set<String> paths = new TreeSet<>();
        paths.addAll(CODES.keySet());
        paths.addAll(DATES);
        paths.addAll(YES_NO);
        paths.addAll(OBJECTS);
        paths.addAll(LISTS);
        paths.addAll(OTHER_LEAVES);
        return Set.copyOf(paths);
    }
}
