package org.needlesafe.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.needlesafe.json.FuzzSchema.NODES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes fuzzed case documents from a seeded {@link Random}: mutations of the valid example scenarios, the invalid
 * example and the contract's example (tree-level: type swaps, huge numbers, deep nesting, long lists, strings and
 * field names, unknown fields and codes, duplicated keys, impossible dates; byte-level: truncation at every kind
 * of place, bit flips, deletions, duplications, invalid UTF-8, byte-order marks, other encodings, control
 * characters), and random documents. Each comes with what the reader must make of it beyond the properties every
 * document has.
 */
final class FuzzDocuments {
    /** What one document must give, beyond the properties every document has. */
    sealed interface Expectation permits Anything, Rejected, SameAs {
    }

    /** Only the general properties. */
    record Anything() implements Expectation {
    }

    /** Invalid, with a problem at this path whose message matches the pattern. */
    record Rejected(String path, Pattern message) implements Expectation {
    }

    /** Whatever the base document gives: an equal case, or the same problems (their line and column aside). */
    record SameAs(byte[] base, boolean ordered) implements Expectation {
    }

    /** One document: how it was made, its bytes, whether it is handed over as a String, and the expectation. */
    record Fuzzed(String how, byte[] bytes, boolean asText, Expectation expectation) {
    }

    /** A document to start from: a file of the repository or a test resource. */
    record Seed(String name, byte[] bytes, ObjectNode tree) {
    }

    static final Anything ANYTHING = new Anything();
    static final Pattern SIZE_LIMIT = exactly("the document is larger than " + CaseReader.MAX_DOCUMENT_BYTES
            + " bytes (1 MiB)");
    static final Pattern NESTING_LIMIT = Pattern.compile("the document exceeds a limit at line \\d+, column \\d+: "
            + "document nesting depth \\(" + (CaseReader.MAX_NESTING_DEPTH + 1) + "\\) exceeds the maximum allowed \\("
            + CaseReader.MAX_NESTING_DEPTH + "\\)");
    private static final Pattern ANY_MESSAGE = Pattern.compile(".+", Pattern.DOTALL);
    private static final Pattern INVALID_JSON = Pattern.compile("invalid JSON.*", Pattern.DOTALL);
    private static final Pattern GIVEN_TWICE = exactly("given twice");
    private static final Pattern UNKNOWN_CODE = Pattern.compile("unknown code '.*' \\(expected one of .*\\)",
            Pattern.DOTALL);
    private static final Pattern UNKNOWN_PROFILE = Pattern.compile("unknown profile '.*' \\(loaded: .*\\)",
            Pattern.DOTALL);
    private static final Pattern BAD_DATE = Pattern.compile("must be a date \\(YYYY-MM-DD\\), was '.*'",
            Pattern.DOTALL);
    private static final Pattern NOT_AN_OBJECT = Pattern.compile("must be a JSON object \\(one case\\), was .*");

    /** Numbers at and beyond what a double, a long or a BigDecimal holds, and a few that are not JSON at all. */
    static final List<String> NUMBERS = List.of("1e309", "-1e309", "-0", "-0.0", "0", "0.0", "0e0",
            "9999999999999999999999", "-9999999999999999999999", "1e-999999999", "1E+999999999", "1e-2147483647",
            "1e2147483647", "1e-2147483648", "1e2147483648", "-1e-2147483649", "0e-2147483648", "0e99999999999",
            "1e99999999999999999999", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "4.9e-324", "1.7976931348623157e308", "0.1", "34.000", "3.4E1", "1.0", "3.5", "3.5000000001", "0.001",
            "0.0005", "1" + "0".repeat(49), "1" + "0".repeat(50), "0." + "0".repeat(47) + "1", "NaN", "Infinity",
            "-Infinity", "+1", "01", ".5", "1.", "1e", "-", "0x10", "1_000", "1e+", "--1");

    /** Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, beyond U+10FFFF. */
    static final List<byte[]> INVALID_UTF8 = List.of(bytes(0x80), bytes(0xBF), bytes(0xC0, 0xAF),
            bytes(0xC1, 0x90), bytes(0xC3), bytes(0xE0, 0x80, 0xAF), bytes(0xE2, 0x82), bytes(0xED, 0xA0, 0x80),
            bytes(0xED, 0xBF, 0xBF), bytes(0xF0, 0x82, 0x82, 0xAC), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80), bytes(0xFE),
            bytes(0xFF), bytes(0xC0, 0x80), bytes(0xE0, 0x81, 0x81));

    /** How many of the numbers above are JSON. */
    private static final int JSON_NUMBERS = 36;

    private static final byte[] UTF8_BOM = bytes(0xEF, 0xBB, 0xBF);
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0",
        "-0", "1e309", "\"x\"", "{}", "[]", "\"code\":", ",\"caseId\":\"x\"", "\\u0000", "\\ud800", "/*", "//",
        "'", "NaN", "\u00a0", "\u2028", "\ufeff", "\u0000", "\t", "\r\n", ",,", "::", "\"\":", "[[[[", "}}}}"};
    private static final String LARGE_CHARS = "x\u00e9\u6f22\ud83d\ude00";

    private static final ObjectWriter COMPACT = Documents.JSON.writer();
    private static final ObjectWriter PRETTY = Documents.JSON.writerWithDefaultPrettyPrinter();

    private final List<Seed> seeds;
    private final List<String> jurisdictions;

    FuzzDocuments(List<Seed> seeds, List<String> jurisdictions) {
        this.seeds = List.copyOf(seeds);
        this.jurisdictions = List.copyOf(jurisdictions);
    }

    // --- seeds ------------------------------------------------------------------------------------------------

    /** The example scenarios and the invalid example from the repository, and the contract's examples. */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Path root = repositoryRoot();
        for (String folder : List.of("examples/scenarios", "examples/invalid")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    seeds.add(seed(folder + "/" + file.getFileName(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String resource : List.of("contract-input-example.json", "round-trip-case.json")) {
            seeds.add(seed(resource, Documents.resource(resource).getBytes(UTF_8)));
        }
        return seeds;
    }

    private static Seed seed(String name, byte[] bytes) {
        return new Seed(name, bytes, (ObjectNode) Documents.parse(new String(bytes, UTF_8)));
    }

    /** The checkout this test runs in: the nearest folder above the working directory with the examples. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples").resolve("scenarios"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/scenarios above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    // --- documents ----------------------------------------------------------------------------------------------

    /** The next document; all of its randomness comes from the given generator. */
    Fuzzed next(Random random) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return randomBytes(random);
        }
        if (roll < 8) {
            return randomStructure(random);
        }
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        List<String> how = new ArrayList<>(List.of(seed.name()));
        if (roll < 14) {
            return finish(how, byteLevel(seed.bytes(), random, how), false);
        }
        ObjectNode holder = NODES.objectNode();
        holder.set("root", seed.tree().deepCopy());
        int variations = random.nextInt(roll < 30 ? 8 : 3);
        for (int i = 0; i < variations; i++) {
            vary(holder, random, how);
        }
        boolean pretty = random.nextBoolean();
        if (roll < 30) {
            return finish(how, new Outcome(write(holder, pretty), ANYTHING), random.nextBoolean());
        }
        if (roll < 70) {
            byte[] base = write(holder, pretty);
            Expectation expectation = treeLevel(holder, base, random, how);
            Outcome outcome = new Outcome(write(holder, pretty), expectation);
            if (random.nextInt(8) == 0 && outcome.bytes().length < 200_000) {
                return finish(how, preserving(outcome, random, how), false);
            }
            return finish(how, outcome, random.nextInt(3) == 0);
        }
        JsonNode root = holder.get("root");
        if (random.nextBoolean() && root.isObject()) { // escapes and multi-byte characters to cut into
            ((ObjectNode) root).set("caseId", FuzzSchema.validValue("caseId", random, jurisdictions));
        }
        return finish(how, byteLevel(write(holder, pretty), random, how), false);
    }

    /** A document and what must come of it, before it is handed over. */
    private record Outcome(byte[] bytes, Expectation expectation) {
    }

    private static Fuzzed finish(List<String> how, Outcome outcome, boolean asText) {
        Expectation expectation = outcome.expectation();
        if (outcome.bytes().length > CaseReader.MAX_DOCUMENT_BYTES) {
            expectation = new Rejected("", SIZE_LIMIT); // whatever else is wrong, the size is checked first
        }
        return new Fuzzed(String.join("; ", how), outcome.bytes(), asText, expectation);
    }

    // --- variations that keep a document (mostly) valid ----------------------------------------------------------

    private void vary(ObjectNode holder, Random random, List<String> how) {
        List<Slot> slots = slots(holder);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                List<Slot> leaves = slots.stream()
                        .filter(slot -> FuzzSchema.hasValidValue(FuzzSchema.normalise(slot.path()))).toList();
                if (!leaves.isEmpty()) {
                    Slot slot = leaves.get(random.nextInt(leaves.size()));
                    slot.set(FuzzSchema.validValue(FuzzSchema.normalise(slot.path()), random, jurisdictions));
                    how.add("vary " + slot.path());
                }
            }
            case 2 -> {
                List<Slot> objects = new ArrayList<>(slots.stream().filter(slot -> slot.value().isObject()
                        && FuzzSchema.OBJECTS.contains(FuzzSchema.normalise(slot.path()))).toList());
                objects.add(rootSlot(holder));
                Slot slot = objects.get(random.nextInt(objects.size()));
                if (!slot.value().isObject()) {
                    return;
                }
                List<String> absent = FuzzSchema.fieldsOf(FuzzSchema.normalise(slot.path())).stream()
                        .filter(name -> !slot.value().has(name)).toList();
                if (!absent.isEmpty()) {
                    String name = absent.get(random.nextInt(absent.size()));
                    String path = child(slot.path(), name);
                    JsonNode value = FuzzSchema.validValue(FuzzSchema.normalise(path), random, jurisdictions);
                    if (value != null) {
                        ((ObjectNode) slot.value()).set(name, value);
                        how.add("add " + path);
                    }
                }
            }
            case 3 -> {
                List<Slot> lists = slots.stream().filter(slot -> slot.value().isArray()
                        && FuzzSchema.LISTS.contains(FuzzSchema.normalise(slot.path()))).toList();
                if (!lists.isEmpty()) {
                    Slot slot = lists.get(random.nextInt(lists.size()));
                    ArrayNode list = (ArrayNode) slot.value();
                    int target = random.nextInt(20) == 0 ? CaseReader.MAX_LIST_ENTRIES
                            : Math.min(CaseReader.MAX_LIST_ENTRIES, list.size() + 1 + random.nextInt(3));
                    while (list.size() < target) {
                        list.add(FuzzSchema.entry(FuzzSchema.normalise(slot.path()) + "[]", random, jurisdictions));
                    }
                    how.add("entries " + slot.path() + " to " + list.size());
                }
            }
            case 4 -> {
                if (!slots.isEmpty()) {
                    Slot slot = slots.get(random.nextInt(slots.size()));
                    if (random.nextBoolean()) {
                        slot.remove();
                        how.add("remove " + slot.path());
                    } else {
                        slot.set(NODES.nullNode());
                        how.add("null " + slot.path());
                    }
                }
            }
            default -> {
                Seed other = seeds.get(random.nextInt(seeds.size()));
                String name = FuzzSchema.pick(random, "patient", "practitioner", "setup", "plan", "clearances",
                        "jurisdiction", "assessmentDate");
                JsonNode root = holder.get("root");
                if (root.isObject() && other.tree().has(name)) {
                    ((ObjectNode) root).set(name, other.tree().get(name).deepCopy());
                    how.add("graft " + name + " from " + other.name());
                }
            }
        }
    }

    // --- tree-level mutations -------------------------------------------------------------------------------------

    private Expectation treeLevel(ObjectNode holder, byte[] base, Random random, List<String> how) {
        List<Slot> slots = slots(holder);
        if (slots.isEmpty()) {
            how.add("root swap");
            return rootSwap(holder, random);
        }
        Slot any = slots.get(random.nextInt(slots.size()));
        int op = random.nextInt(15);
        switch (op) {
            case 0 -> {
                JsonNode value = otherKind(any.value(), random);
                any.set(value);
                how.add("type swap " + any.path() + " = " + describe(value.toString()));
                return ignoredIfUnknown(any, base, depthOf(value));
            }
            case 1 -> {
                List<Slot> numbers = slots.stream().filter(slot -> slot.path().endsWith("ageYears")
                        || slot.path().endsWith("yearsExperience") || slot.path().endsWith("depthMm")).toList();
                Slot slot = numbers.isEmpty() || random.nextInt(3) == 0 ? any
                        : numbers.get(random.nextInt(numbers.size()));
                String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
                slot.set(FuzzSchema.raw(number));
                how.add("huge number " + slot.path() + " = " + number);
                return ANYTHING;
            }
            case 2 -> {
                return deepNesting(any, base, random, how);
            }
            case 3 -> {
                return longList(slots, any, base, random, how);
            }
            case 4 -> {
                return longString(slots, any, base, random, how);
            }
            case 5 -> {
                return longName(objects(holder, slots), base, random, how);
            }
            case 6, 7 -> {
                return unknownFields(objects(holder, slots), base, random, how);
            }
            case 8, 9 -> {
                return unknownCode(slots, any, base, random, how);
            }
            case 10 -> {
                return duplicateKey(objects(holder, slots), random, how);
            }
            case 11 -> {
                return badDate(holder, slots, random, how);
            }
            case 12 -> {
                List<Slot> lists = slots.stream().filter(slot -> slot.value().isArray() && slot.value().size() > 0)
                        .toList();
                if (lists.isEmpty()) {
                    return ANYTHING;
                }
                Slot slot = lists.get(random.nextInt(lists.size()));
                ArrayNode list = (ArrayNode) slot.value();
                int at = random.nextInt(list.size());
                list.insert(random.nextInt(list.size() + 1), list.get(at).deepCopy());
                how.add("duplicate entry " + slot.path() + "[" + at + "]");
                return ANYTHING;
            }
            case 13 -> {
                return reorder(objects(holder, slots), base, random, how);
            }
            default -> {
                how.add("root swap");
                return rootSwap(holder, random);
            }
        }
    }

    /** A change inside a field the contract does not know is ignored, as long as it breaks no limit. */
    private static Expectation ignoredIfUnknown(Slot slot, byte[] base, int addedDepth) {
        boolean ignored = !FuzzSchema.isKnown(slot.path()) && slot.depth() + addedDepth <= CaseReader.MAX_NESTING_DEPTH;
        return ignored ? new SameAs(base, true) : ANYTHING;
    }

    private static Expectation rootSwap(ObjectNode holder, Random random) {
        JsonNode value;
        do {
            value = randomValue(random, 2, true);
        } while (value.isObject());
        holder.set("root", value);
        return new Rejected("", NOT_AN_OBJECT);
    }

    private static Expectation deepNesting(Slot slot, byte[] base, Random random, List<String> how) {
        int levels = new int[] {CaseReader.MAX_NESTING_DEPTH - slot.depth() - 1, CaseReader.MAX_NESTING_DEPTH
                - slot.depth(), CaseReader.MAX_NESTING_DEPTH - slot.depth() + 1, 100, 10_000}[random.nextInt(5)];
        levels = Math.max(1, levels);
        boolean closed = random.nextInt(5) != 0;
        StringBuilder json = new StringBuilder();
        List<String> closers = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            if (random.nextBoolean()) {
                json.append('[');
                closers.add("]");
            } else {
                json.append("{\"a\":");
                closers.add("}");
            }
        }
        json.append(closers.get(closers.size() - 1).equals("}") ? "null" : "");
        if (closed) {
            Collections.reverse(closers);
            closers.forEach(json::append);
        }
        slot.set(FuzzSchema.raw(json.toString()));
        how.add("nest " + slot.path() + " " + levels + (closed ? " levels" : " levels, unclosed"));
        if (slot.depth() + levels > CaseReader.MAX_NESTING_DEPTH) {
            return new Rejected("", NESTING_LIMIT);
        }
        return closed ? ignoredIfUnknown(slot, base, levels) : new Rejected("", ANY_MESSAGE);
    }

    private Expectation longList(List<Slot> slots, Slot any, byte[] base, Random random, List<String> how) {
        List<Slot> lists = slots.stream().filter(slot -> slot.value().isArray()
                && FuzzSchema.LISTS.contains(FuzzSchema.normalise(slot.path()))).toList();
        Slot slot = lists.isEmpty() || random.nextInt(3) == 0 ? any : lists.get(random.nextInt(lists.size()));
        int max = CaseReader.MAX_LIST_ENTRIES;
        int entries = random.nextInt(40) == 0 ? 1_000_000 : new int[] {max, max + 1, 150, 1000}[random.nextInt(4)];
        String normalised = FuzzSchema.normalise(slot.path());
        StringBuilder json = new StringBuilder(entries * 2 + 2).append('[');
        for (int i = 0; i < entries; i++) {
            if (i > 0) {
                json.append(',');
            }
            if (entries <= 1000 && FuzzSchema.LISTS.contains(normalised)) {
                json.append(FuzzSchema.entry(normalised + "[]", random, jurisdictions));
            } else {
                json.append('0');
            }
        }
        slot.set(FuzzSchema.raw(json.append(']').toString()));
        how.add("list " + slot.path() + " of " + entries);
        if (entries > max) {
            return new Rejected(slot.path(), exactly("must have at most " + max + " entries, has " + entries));
        }
        return ignoredIfUnknown(slot, base, 2);
    }

    private static Expectation longString(List<Slot> slots, Slot any, byte[] base, Random random,
            List<String> how) {
        List<Slot> strings = slots.stream().filter(slot -> slot.value().isTextual()).toList();
        Slot slot = strings.isEmpty() || random.nextBoolean() ? any : strings.get(random.nextInt(strings.size()));
        int max = CaseReader.MAX_STRING_CHARS;
        int length = random.nextInt(40) == 0 ? 10 * 1024 * 1024
                : new int[] {max, max + 1, 4096, 100_000}[random.nextInt(4)];
        String text = characters(length, random);
        slot.set(NODES.textNode(text));
        how.add("string " + slot.path() + " of " + length + " characters like " + describe(text.substring(0, 2)));
        if (length > max) {
            return new Rejected(slot.path(), exactly("must be at most " + max + " characters long, is " + length));
        }
        return ignoredIfUnknown(slot, base, 0);
    }

    private static Expectation longName(List<Slot> objects, byte[] base, Random random, List<String> how) {
        Slot slot = objects.get(random.nextInt(objects.size()));
        int max = CaseReader.MAX_STRING_CHARS;
        int length = new int[] {max, max, max + 1, 5000}[random.nextInt(4)];
        String name = characters(length, random);
        ((ObjectNode) slot.value()).put(name, random.nextInt(100));
        how.add("field name in " + slot.path() + " of " + length + " characters like "
                + describe(name.substring(0, 2)));
        if (length > max) {
            return new Rejected(slot.path(), Pattern.compile("field name '.*' must be at most " + max
                    + " characters long, is " + length, Pattern.DOTALL));
        }
        return new SameAs(base, true);
    }

    /** Characters that take one, two, three and four bytes in UTF-8; the last is two Java chars. */
    private static String characters(int length, Random random) {
        int kind = random.nextInt(LARGE_CHARS.codePointCount(0, LARGE_CHARS.length()) + 1);
        StringBuilder text = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            int pick = kind < 4 ? kind : random.nextInt(4);
            text.appendCodePoint(LARGE_CHARS.codePointAt(LARGE_CHARS.offsetByCodePoints(0, pick)));
        }
        return text.toString();
    }

    private static Expectation unknownFields(List<Slot> objects, byte[] base, Random random, List<String> how) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Slot slot = objects.get(random.nextInt(objects.size()));
            ObjectNode object = (ObjectNode) slot.value();
            String name = unknownName(object, FuzzSchema.normalise(slot.path()), random);
            JsonNode value = randomValue(random, 2, true);
            if (slot.depth() + 1 + depthOf(value) > CaseReader.MAX_NESTING_DEPTH) {
                continue;
            }
            object.set(name, value);
            how.add("unknown field " + describe(child(slot.path(), name)) + " = " + describe(value.toString()));
        }
        return new SameAs(base, true);
    }

    private static String unknownName(ObjectNode object, String objectPath, Random random) {
        List<String> contractNames = FuzzSchema.allFieldNames();
        while (true) {
            String name = switch (random.nextInt(6)) {
                case 0 -> contractNames.get(random.nextInt(contractNames.size())); // known elsewhere
                case 1 -> FuzzSchema.pick(random, "", " ", "zz.a", "zz[0]", "\u00fcnknown", "zz\u0000", "zz\n",
                        "\ud83d\ude00", "__proto__", "constructor", "$ref", "Code", "CODE", "code ", "\u0441ode");
                case 2 -> "zz" + randomString(random, 1 + random.nextInt(30));
                default -> "x-" + Integer.toHexString(random.nextInt());
            };
            if (!object.has(name) && !FuzzSchema.fieldsOf(objectPath).contains(name)) {
                return name;
            }
        }
    }

    private Expectation unknownCode(List<Slot> slots, Slot any, byte[] base, Random random, List<String> how) {
        List<Slot> codes = slots.stream().filter(slot -> slot.value().isTextual()
                && (FuzzSchema.CODES.containsKey(FuzzSchema.normalise(slot.path()))
                || slot.path().equals("jurisdiction"))).toList();
        if (codes.isEmpty()) {
            JsonNode value = otherKind(any.value(), random);
            any.set(value);
            how.add("type swap " + any.path());
            return ignoredIfUnknown(any, base, depthOf(value));
        }
        Slot slot = codes.get(random.nextInt(codes.size()));
        Class<? extends Enum<?>> type = FuzzSchema.CODES.get(FuzzSchema.normalise(slot.path()));
        List<String> known = type == null ? jurisdictions
                : Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String code = unknownCodeText(slot.value().textValue(), known, random);
        slot.set(NODES.textNode(code));
        how.add("unknown code " + slot.path() + " = " + describe(code));
        return new Rejected(slot.path(), slot.path().equals("jurisdiction") ? UNKNOWN_PROFILE : UNKNOWN_CODE);
    }

    private static String unknownCodeText(String valid, List<String> known, Random random) {
        while (true) {
            String code = switch (random.nextInt(10)) {
                case 0 -> valid.toLowerCase();
                case 1 -> " " + valid;
                case 2 -> valid + "\u200b";
                case 3 -> valid.replace('E', '\u0415').replace('A', '\u0410').replace('O', '\u041e') + "_";
                case 4 -> FuzzSchema.code(FuzzSchema.CODES.values().stream().toList()
                        .get(random.nextInt(FuzzSchema.CODES.size())), random);
                case 5 -> FuzzSchema.pick(random, "", "null", "true", "0", "*", "%", "\\", "PEN\nplan.device: x",
                        "\u0000", "\ud800", "DEFAULT ", "us-ut");
                case 6 -> valid + "\n" + valid;
                case 7 -> "Z".repeat(1 + random.nextInt(CaseReader.MAX_STRING_CHARS));
                default -> randomString(random, 1 + random.nextInt(20));
            };
            if (!known.contains(code)) {
                return code;
            }
        }
    }

    private static Expectation duplicateKey(List<Slot> objects, Random random, List<String> how) {
        List<Slot> filled = objects.stream().filter(slot -> slot.value().size() > 0).toList();
        if (filled.isEmpty()) {
            return ANYTHING;
        }
        Slot slot = filled.get(random.nextInt(filled.size()));
        List<String> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : slot.value().properties()) {
            names.add(field.getKey());
            fields.add(json(field.getKey()) + ":" + json(field.getValue()));
        }
        int copied = random.nextInt(fields.size());
        String value = random.nextBoolean() ? json(slot.value().get(names.get(copied)))
                : json(randomValue(random, 1, true));
        fields.add(random.nextInt(fields.size() + 1), json(names.get(copied)) + ":" + value);
        slot.set(FuzzSchema.raw("{" + String.join(",", fields) + "}"));
        how.add("duplicate key " + describe(child(slot.path(), names.get(copied))));
        return new Rejected(ProblemText.printable(child(slot.path(), names.get(copied))), GIVEN_TWICE);
    }

    private Expectation badDate(ObjectNode holder, List<Slot> slots, Random random, List<String> how) {
        List<Slot> dates = slots.stream().filter(slot -> FuzzSchema.DATES.contains(FuzzSchema.normalise(slot.path())))
                .toList();
        Slot slot;
        if (dates.isEmpty()) {
            JsonNode root = holder.get("root");
            if (!root.isObject()) {
                return ANYTHING;
            }
            ((ObjectNode) root).put("assessmentDate", "2026-11-25");
            slot = new Slot(root, "assessmentDate", -1, "assessmentDate", 1);
        } else {
            slot = dates.get(random.nextInt(dates.size()));
        }
        String date = FuzzSchema.BAD_DATES.get(random.nextInt(FuzzSchema.BAD_DATES.size()));
        slot.set(NODES.textNode(date));
        how.add("bad date " + slot.path() + " = " + describe(date));
        return new Rejected(slot.path(), BAD_DATE);
    }

    private static Expectation reorder(List<Slot> objects, byte[] base, Random random, List<String> how) {
        Slot slot = objects.get(random.nextInt(objects.size()));
        ObjectNode object = (ObjectNode) slot.value();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, random);
        ObjectNode shuffled = NODES.objectNode();
        names.forEach(name -> shuffled.set(name, object.get(name)));
        slot.set(shuffled);
        how.add("reorder " + slot.path());
        return new SameAs(base, false);
    }

    // --- byte-level mutations -------------------------------------------------------------------------------------

    private Outcome byteLevel(byte[] base, Random random, List<String> how) {
        Lexeme[] kinds = lex(base);
        switch (random.nextInt(11)) {
            case 0, 1 -> {
                return truncate(base, kinds, random, how);
            }
            case 2 -> {
                byte[] bytes = base.clone();
                int flips = 1 + random.nextInt(3);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                how.add("flip " + flips + " bits");
                return new Outcome(bytes, ANYTHING);
            }
            case 3 -> {
                byte[] bytes = base.clone();
                byte[] alphabet = "{}[]\":,0123456789.eE-+ntrufals \\x".getBytes(UTF_8);
                int edits = 1 + random.nextInt(4);
                for (int i = 0; i < edits; i++) {
                    bytes[random.nextInt(bytes.length)] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
                            : alphabet[random.nextInt(alphabet.length)];
                }
                how.add("replace " + edits + " bytes");
                return new Outcome(bytes, ANYTHING);
            }
            case 4 -> {
                int from = random.nextInt(base.length);
                int length = 1 + random.nextInt(random.nextInt(8) == 0 ? base.length - from : Math.min(64,
                        base.length - from));
                how.add("delete " + length + " bytes at " + from);
                return new Outcome(splice(base, from, length, new byte[0]), ANYTHING);
            }
            case 5 -> {
                int from = random.nextInt(base.length);
                int length = 1 + random.nextInt(Math.min(random.nextBoolean() ? 64 : base.length, base.length - from));
                byte[] slice = Arrays.copyOfRange(base, from, from + length);
                int at = random.nextBoolean() ? from + length : random.nextInt(base.length + 1);
                how.add("copy " + length + " bytes from " + from + " to " + at);
                return new Outcome(splice(base, at, 0, slice), ANYTHING);
            }
            case 6 -> {
                String token = TOKENS[random.nextInt(TOKENS.length)];
                int at = random.nextInt(base.length + 1);
                how.add("insert " + describe(token) + " at " + at);
                return new Outcome(splice(base, at, 0, token.getBytes(UTF_8)), ANYTHING);
            }
            case 7 -> {
                byte[] sequence = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
                List<Integer> inside = positions(kinds, base, true);
                int at = random.nextBoolean() && !inside.isEmpty() ? inside.get(random.nextInt(inside.size()))
                        : random.nextInt(base.length + 1);
                how.add("invalid UTF-8 " + hex(sequence) + " at " + at);
                return new Outcome(splice(base, at, 0, sequence), new Rejected("", INVALID_JSON));
            }
            case 8 -> {
                return byteOrderMark(base, random, how);
            }
            case 9 -> {
                return controlCharacter(base, kinds, random, how);
            }
            default -> {
                return preserving(new Outcome(base, new SameAs(base, true)), random, how);
            }
        }
    }

    /** Cut the document short before a byte of a randomly chosen kind: inside a key, a number, an escape... */
    private static Outcome truncate(byte[] base, Lexeme[] kinds, Random random, List<String> how) {
        List<Lexeme> present = Arrays.stream(kinds).distinct().toList();
        Lexeme kind = present.get(random.nextInt(present.size()));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == kind) {
                cuts.add(i);
            }
        }
        int cut = cuts.get(random.nextInt(cuts.size()));
        int lastBrace = lastIndexOf(base, (byte) '}');
        how.add("truncate at " + cut + " before " + kind);
        byte[] bytes = Arrays.copyOf(base, cut);
        return new Outcome(bytes, cut <= lastBrace ? new Rejected("", ANY_MESSAGE) : new SameAs(base, true));
    }

    private static Outcome byteOrderMark(byte[] base, Random random, List<String> how) {
        switch (random.nextInt(5)) {
            case 0 -> {
                how.add("UTF-8 byte-order mark");
                return new Outcome(concat(UTF8_BOM, base), new SameAs(base, true));
            }
            case 1 -> {
                how.add("two UTF-8 byte-order marks");
                return new Outcome(concat(UTF8_BOM, UTF8_BOM, base), new Rejected("", INVALID_JSON));
            }
            case 2 -> {
                int at = 1 + random.nextInt(base.length);
                how.add("UTF-8 byte-order mark at " + at);
                return new Outcome(splice(base, at, 0, UTF8_BOM), ANYTHING);
            }
            case 3 -> {
                how.add("UTF-16 byte-order mark on UTF-8");
                return new Outcome(concat(random.nextBoolean() ? bytes(0xFE, 0xFF) : bytes(0xFF, 0xFE), base),
                        new Rejected("", ANY_MESSAGE));
            }
            default -> {
                return reencode(base, random, how);
            }
        }
    }

    /** The same document in UTF-16 or UTF-32, with or without a byte-order mark. */
    private static Outcome reencode(byte[] base, Random random, List<String> how) {
        String text = new String(base, UTF_8);
        String[] names = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"};
        String name = names[random.nextInt(names.length)];
        byte[] encoded = text.getBytes(Charset.forName(name));
        boolean mark = random.nextBoolean();
        if (mark) {
            encoded = concat("\ufeff".getBytes(Charset.forName(name)), encoded);
        }
        how.add("re-encode " + name + (mark ? " with" : " without") + " byte-order mark");
        return new Outcome(encoded, new SameAs(base, true));
    }

    private static Outcome controlCharacter(byte[] base, Lexeme[] kinds, Random random, List<String> how) {
        List<Integer> inside = positions(kinds, base, true);
        List<Integer> between = positions(kinds, base, false);
        int choice = random.nextInt(4);
        if (choice == 0 && !inside.isEmpty()) {
            byte control = (byte) random.nextInt(0x20);
            int at = inside.get(random.nextInt(inside.size()));
            how.add("raw control character " + hex(new byte[] {control}) + " in a string at " + at);
            return new Outcome(splice(base, at, 0, new byte[] {control}), new Rejected("", INVALID_JSON));
        }
        if (choice == 1) {
            byte control = (byte) random.nextInt(0x20);
            int at = between.get(random.nextInt(between.size()));
            how.add("raw control character " + hex(new byte[] {control}) + " between tokens at " + at);
            boolean space = control == '\t' || control == '\n' || control == '\r';
            // A zero byte among the first four makes the parser take the text for UTF-16 or UTF-32.
            return new Outcome(splice(base, at, 0, new byte[] {control}),
                    space ? new SameAs(base, true) : new Rejected("", ANY_MESSAGE));
        }
        if (inside.isEmpty()) {
            return new Outcome(base, ANYTHING);
        }
        String text = choice == 2 ? FuzzSchema.pick(random, "\u007f", "\u0085", "\u009f", "\u2028", "\u2029",
                "\ufffe", "\uffff", "\u200e")
                : FuzzSchema.pick(random, "\\u0000", "\\n", "\\r\\n", "\\u001b[31m", "\\t", "\\u2028", "\\ud800",
                "\\udfff\\ud800", "\\u0085", "\\b\\f");
        int at = inside.get(random.nextInt(inside.size()));
        how.add("in a string at " + at + ": " + describe(text));
        return new Outcome(splice(base, at, 0, text.getBytes(UTF_8)), ANYTHING);
    }

    /** A change that must not change the answer: white space between tokens, a UTF-8 BOM, another encoding. */
    private static Outcome preserving(Outcome outcome, Random random, List<String> how) {
        byte[] bytes = outcome.bytes();
        switch (random.nextInt(3)) {
            case 0 -> {
                how.add("UTF-8 byte-order mark");
                return new Outcome(concat(UTF8_BOM, bytes), outcome.expectation());
            }
            case 1 -> {
                Outcome reencoded = reencode(bytes, random, how);
                return new Outcome(reencoded.bytes(), outcome.expectation());
            }
            default -> {
                List<Integer> between = positions(lex(bytes), bytes, false);
                int spaces = 1 + random.nextInt(5);
                byte[] spaced = bytes;
                for (int i = 0; i < spaces; i++) {
                    int at = between.get(random.nextInt(between.size()));
                    byte[] space = {(byte) " \t\n\r".charAt(random.nextInt(4))};
                    spaced = splice(spaced, at, 0, space);
                    between = positions(lex(spaced), spaced, false);
                }
                how.add(spaces + " white space");
                return new Outcome(spaced, outcome.expectation());
            }
        }
    }

    // --- random documents -----------------------------------------------------------------------------------------

    private static Fuzzed randomBytes(Random random) {
        int length = random.nextInt(300);
        byte[] bytes = new byte[length];
        byte[] alphabet = "{}[]\":,0123456789.eE-+ntrufals \\x\n\u00e9".getBytes(UTF_8);
        boolean json = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            bytes[i] = json ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
        }
        return finish(List.of("random " + (json ? "JSON-like " : "") + "bytes"), new Outcome(bytes, ANYTHING),
                false);
    }

    /** A document built from the contract's fields, each present or not, valid or of a random kind. */
    private Fuzzed randomStructure(Random random) {
        JsonNode root = random.nextInt(20) == 0 ? randomValue(random, 3, false) : randomObject("", random);
        ObjectNode holder = NODES.objectNode();
        holder.set("root", root);
        return finish(List.of("random structure"), new Outcome(write(holder, random.nextBoolean()), ANYTHING),
                random.nextBoolean());
    }

    private ObjectNode randomObject(String path, Random random) {
        ObjectNode object = NODES.objectNode();
        for (String name : FuzzSchema.fieldsOf(path)) {
            if (random.nextInt(10) < 6) {
                String child = child(path, name);
                JsonNode value;
                if (random.nextInt(10) < 7) {
                    value = FuzzSchema.OBJECTS.contains(child) ? randomObject(child, random)
                            : FuzzSchema.validValue(child, random, jurisdictions);
                } else {
                    value = randomValue(random, 2, true);
                }
                object.set(name, value == null ? randomValue(random, 1, true) : value);
            }
        }
        if (random.nextInt(5) == 0) {
            object.set("x-" + random.nextInt(100), randomValue(random, 2, true));
        }
        return object;
    }

    /** A small JSON value of any kind; {@code tame} leaves out numbers no decimal holds. */
    static JsonNode randomValue(Random random, int depth, boolean tame) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        switch (kind) {
            case 0 -> {
                return NODES.textNode(random.nextBoolean() ? randomString(random, random.nextInt(12))
                        : FuzzSchema.code(FuzzSchema.CODES.values().stream().toList()
                        .get(random.nextInt(FuzzSchema.CODES.size())), random));
            }
            case 1 -> {
                String number = random.nextBoolean() ? Integer.toString(random.nextInt(200) - 50)
                        : NUMBERS.get(random.nextInt(JSON_NUMBERS));
                // Tame numbers are within the reader's limits and what a BigDecimal holds (a 9-digit exponent).
                boolean wild = number.matches(".*[eE][+-]?\\d{10,}") || number.length() > CaseReader.MAX_NUMBER_CHARS;
                return FuzzSchema.raw(tame && wild ? "1" : number);
            }
            case 2 -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            case 3, 4 -> {
                return NODES.nullNode();
            }
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth - 1, tame));
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(FuzzSchema.pick(random, "code", "a", "", "status", "areas", "x"),
                            randomValue(random, depth - 1, tame));
                }
                return object;
            }
        }
    }

    /** A JSON value of a different kind than this one: string, number, true/false, null, list or object. */
    private static JsonNode otherKind(JsonNode value, Random random) {
        while (true) {
            JsonNode other = randomValue(random, 2, true);
            if (other.getNodeType() != value.getNodeType() || other.isPojo() != value.isPojo()) {
                return other;
            }
        }
    }

    private static String randomString(Random random, int length) {
        String pool = "abcXYZ_-0129 .\u00e9\u00df\u6f22\ud83d\ude00\"\\/\n\t\u0000\u001f\u007f\u2028";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = pool.charAt(random.nextInt(pool.length()));
            if (Character.isSurrogate(c)) {
                text.append("\ud83d\ude00"); // keep pairs whole; lone surrogates come from escapes
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    // --- trees ----------------------------------------------------------------------------------------------------

    /** A place in a document: a field of an object or an entry of a list, with its path and enclosing depth. */
    record Slot(JsonNode container, String field, int index, String path, int depth) {
        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    /** Every place in the document below its root, in document order. */
    private static List<Slot> slots(ObjectNode holder) {
        List<Slot> slots = new ArrayList<>();
        collect(holder.get("root"), "", 1, slots);
        return slots;
    }

    private static void collect(JsonNode node, String path, int depth, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String childPath = child(path, name);
                slots.add(new Slot(node, name, -1, childPath, depth));
                collect(node.get(name), childPath, depth + 1, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String childPath = path + "[" + i + "]";
                slots.add(new Slot(node, null, i, childPath, depth));
                collect(node.get(i), childPath, depth + 1, slots);
            }
        }
    }

    private static Slot rootSlot(ObjectNode holder) {
        return new Slot(holder, "root", -1, "", 0);
    }

    /** The objects of the document, its root included. */
    private static List<Slot> objects(ObjectNode holder, List<Slot> slots) {
        List<Slot> objects = new ArrayList<>(slots.stream().filter(slot -> slot.value().isObject()).toList());
        if (holder.get("root").isObject()) {
            objects.add(rootSlot(holder));
        }
        return objects;
    }

    private static int depthOf(JsonNode value) {
        int deepest = 0;
        for (JsonNode child : value) {
            deepest = Math.max(deepest, depthOf(child));
        }
        return value.isContainerNode() ? deepest + 1 : 0;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static byte[] write(ObjectNode holder, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(holder.get("root")).getBytes(UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- bytes ----------------------------------------------------------------------------------------------------

    /** What a byte of a JSON text is part of. */
    enum Lexeme { STRUCTURE, SPACE, KEY, STRING, ESCAPE, CONTINUATION, NUMBER, LITERAL, OTHER }

    /** The kind of every byte of a JSON text; tolerant of broken text. */
    static Lexeme[] lex(byte[] text) {
        Lexeme[] kinds = new Lexeme[text.length];
        Deque<Boolean> objects = new ArrayDeque<>();
        boolean key = false;
        int i = 0;
        while (i < text.length) {
            int b = text[i] & 0xFF;
            if (b == '"') {
                Lexeme kind = key ? Lexeme.KEY : Lexeme.STRING;
                kinds[i++] = kind;
                while (i < text.length) {
                    int c = text[i] & 0xFF;
                    if (c == '\\') {
                        kinds[i++] = Lexeme.ESCAPE;
                        if (i < text.length) {
                            kinds[i++] = Lexeme.ESCAPE;
                        }
                        continue;
                    }
                    kinds[i++] = c >= 0x80 && c < 0xC0 ? Lexeme.CONTINUATION : kind;
                    if (c == '"') {
                        break;
                    }
                }
                key = false;
            } else if (b == '{' || b == '[') {
                objects.push(b == '{');
                key = b == '{';
                kinds[i++] = Lexeme.STRUCTURE;
            } else if (b == '}' || b == ']') {
                objects.poll();
                key = false;
                kinds[i++] = Lexeme.STRUCTURE;
            } else if (b == ',' || b == ':') {
                key = b == ',' && Boolean.TRUE.equals(objects.peek());
                kinds[i++] = Lexeme.STRUCTURE;
            } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                kinds[i++] = Lexeme.SPACE;
            } else if (b == '-' || (b >= '0' && b <= '9')) {
                while (i < text.length && "0123456789+-.eE".indexOf(text[i]) >= 0) {
                    kinds[i++] = Lexeme.NUMBER;
                }
            } else if (b >= 'a' && b <= 'z') {
                while (i < text.length && text[i] >= 'a' && text[i] <= 'z') {
                    kinds[i++] = Lexeme.LITERAL;
                }
            } else {
                kinds[i++] = Lexeme.OTHER;
            }
        }
        return kinds;
    }

    /**
     * Where a byte can go: inside a string (not within an escape or a multi-byte character), or between tokens.
     */
    private static List<Integer> positions(Lexeme[] kinds, byte[] text, boolean insideString) {
        List<Integer> positions = new ArrayList<>();
        for (int at = 0; at <= text.length; at++) {
            Lexeme before = at == 0 ? null : kinds[at - 1];
            Lexeme after = at == text.length ? null : kinds[at];
            if (insideString) {
                boolean inString = (before == Lexeme.STRING || before == Lexeme.KEY)
                        && !(isClosingQuote(kinds, text, at - 1));
                boolean afterEscape = before == Lexeme.ESCAPE && at >= 2 && kinds[at - 2] == Lexeme.ESCAPE
                        && text[at - 2] == '\\' && text[at - 1] != 'u';
                if ((inString || afterEscape) && after != Lexeme.CONTINUATION && !inUnicodeEscape(text, kinds, at)) {
                    positions.add(at);
                }
            } else if (before == null || after == null || before == Lexeme.STRUCTURE || before == Lexeme.SPACE
                    || after == Lexeme.STRUCTURE || after == Lexeme.SPACE) {
                positions.add(at);
            }
        }
        return positions;
    }

    private static boolean isClosingQuote(Lexeme[] kinds, byte[] text, int i) {
        if (text[i] != '"') {
            return false;
        }
        return i > 0 && (kinds[i - 1] == kinds[i] || kinds[i - 1] == Lexeme.ESCAPE
                || kinds[i - 1] == Lexeme.CONTINUATION);
    }

    private static boolean inUnicodeEscape(byte[] text, Lexeme[] kinds, int at) {
        for (int back = 1; back <= 5 && at - back - 1 >= 0; back++) {
            if (text[at - back] == 'u' && text[at - back - 1] == '\\' && kinds[at - back] == Lexeme.ESCAPE) {
                return back <= 4;
            }
        }
        return false;
    }

    static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xFF));
        }
        return text.toString();
    }

    static Pattern exactly(String message) {
        return Pattern.compile(Pattern.quote(message));
    }

    /** Text for a report: control characters escaped, cut short. */
    static String describe(String text) {
        return "'" + escape(text, 60) + "'";
    }

    /** The text with control characters and unpaired surrogates escaped, cut at that many characters. */
    static String escape(String text, int limit) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(limit).forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.append(text.codePointCount(0, text.length()) > limit ? "..." : "").toString();
    }

}
