package org.needlesafe.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.cdshooks.TestService.SIGN;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.needlesafe.cdshooks.Fixtures.Call;
import org.needlesafe.cdshooks.SyntheaPopulation.Person;
import org.needlesafe.cdshooks.TestService.Response;
import org.needlesafe.cdshooks.fhir.FhirMappings;

/**
 * Records nobody on the project wrote: Synthea patients (synthetic) sent over HTTP as the prefetch of a clean cheek
 * order, pregnancy and breastfeeding answered "no" by Observation. Whatever a patient's risk is coded as, a patient
 * with an active anticoagulant or antiplatelet, immunosuppressant, chemotherapy, cancer, diabetes, surgery in the
 * last 6 months or an active pregnancy must not get {@code info}, and the card must cite the knowledge-base item.
 * The risks are found here from the record's own words (display text), independently of the service's tables.
 */
class SyntheaPopulationTest {
    /** Generated once with Synthea 3.3.0 (seed 1717, 60 adults aged 30-80, 5 years of history, reference date 2026-11-25). */
    static final Path FIXTURE = Path.of("src/test/resources/synthea/population.ndjson.gz");

    private static TestService service;
    /** The service with {@code notCheckedActiveEntries = list}: a risk must be seen, not masked by the precaution. */
    private static TestService listOnly;

    /** A risk the knowledge base names, how it reads in a record's words, and the KB items that answer it. */
    enum Risk {
        ANTITHROMBOTIC(Set.of("C-08")), IMMUNOSUPPRESSANT(Set.of("C-10")), CHEMOTHERAPY(Set.of("C-10")),
        CANCER(Set.of("C-10", "C-11")), DIABETES(Set.of("C-10")), RECENT_SURGERY(Set.of("C-19")),
        PREGNANCY(Set.of("C-09"));

        final Set<String> kb;

        Risk(Set<String> kb) {
            this.kb = kb;
        }
    }

    private static final Pattern ANTITHROMBOTIC = words("warfarin|clopidogrel|prasugrel|ticagrelor|apixaban"
            + "|rivaroxaban|dabigatran|edoxaban|heparin|enoxaparin|dalteparin|fondaparinux|aspirin|dipyridamole"
            + "|cilostazol");
    private static final Pattern IMMUNOSUPPRESSANT = words("tacrolimus|cyclosporine|sirolimus|everolimus"
            + "|mycophenolate|mycophenolic|azathioprine|methotrexate");
    private static final Pattern CHEMOTHERAPY = words("cisplatin|carboplatin|oxaliplatin|paclitaxel|docetaxel"
            + "|fluorouracil|capecitabine|cyclophosphamide|doxorubicin|epirubicin|gemcitabine|irinotecan|etoposide"
            + "|pemetrexed");
    private static final Pattern CANCER = words("malignant|carcinoma|cancer|lymphoma|leukemia|leukaemia|melanoma"
            + "|sarcoma");
    private static final Pattern NOT_A_DIAGNOSIS = words("suspected|history|in situ|screening|benign|risk");
    private static final Pattern DIABETES = words("diabetes|diabetic");
    private static final Pattern SURGERY = Pattern.compile("(?i)(ectomy|otomy|ostomy|plasty|bypass|transplant"
            + "|replacement|resection|amputation|excision)");
    /**
     * Not skin surgery (KB C-19 is about healing skin): surgery inside the mouth (a gingivectomy "per tooth"), an
     * endoscopic polypectomy, and a referral that only names a surgeon.
     */
    private static final Pattern NOT_SKIN_SURGERY = words("tooth|teeth|gingivectomy|gingivoplasty|dental"
            + "|polypectomy|referral");
    private static final Pattern PREGNANCY = words("pregnancy|pregnant");
    private static final Pattern KB = Pattern.compile("· KB ([A-Z]-\\d\\d(?:, [A-Z]-\\d\\d)*)");

    @BeforeAll
    static void start() {
        service = TestService.start();
        listOnly = TestService.start(configuration -> configuration.notCheckedIsPrecaution(false));
    }

    @AfterAll
    static void stop() {
        service.close();
        listOnly.close();
    }

    @Test
    void noCommittedSyntheaPatientWithARiskIsToldThereIsNoConcern() {
        List<Person> people = SyntheaPopulation.load(FIXTURE);

        Outcome seen = run(listOnly, people);
        Outcome shown = run(service, people);

        seen.assertSafe();
        shown.assertSafe();
        assertThat(seen.withRisk.keySet()).as("the risks this population holds")
                .contains(Risk.ANTITHROMBOTIC, Risk.CANCER, Risk.DIABETES, Risk.PREGNANCY);
        assertThat(seen.indicators.getOrDefault("info", 0)).as("without a risk, a patient can proceed")
                .isPositive();
        assertThat(shown.indicators.getOrDefault("info", 0))
                .as("an unrecognised active entry (employment, obesity: Synthea records them as conditions)"
                        + " keeps the card from info").isLessThanOrEqualTo(seen.indicators.getOrDefault("info", 0));
    }

    /**
     * A fresh population (bin/synthea-coverage generates it): the same check, then the coverage table and the most
     * frequent entries not recognised. {@code -Dsynthea.fixture=FILE} also writes the trimmed population there.
     */
    @Test
    @Tag("synthea-fresh")
    void aFreshSyntheaPopulation() throws IOException {
        Path folder = Path.of(System.getProperty("synthea.population", "target/synthea/fhir"));
        List<Person> people = SyntheaPopulation.load(folder);
        assertThat(people).as("Synthea patients in " + folder).isNotEmpty();
        String fixture = System.getProperty("synthea.fixture");
        if (fixture != null && !fixture.isBlank()) {
            Files.createDirectories(Path.of(fixture).toAbsolutePath().getParent());
            SyntheaPopulation.writeFixture(folder, Path.of(fixture));
        }
        Outcome outcome = run(listOnly, people);
        Outcome shown = run(service, people);
        System.out.println("=== Synthea population: " + people.size() + " patients from " + folder + " ===");
        System.out.println(Coverage.of(people).table());
        System.out.println("Read with notCheckedActiveEntries = list (each risk must be seen by a rule):");
        System.out.println(outcome.table());
        System.out.println("With the default notCheckedActiveEntries = precaution:");
        System.out.println(shown.table());
        System.out.println("=== end ===");
        outcome.assertSafe();
        shown.assertSafe();
    }

    // --- running the population ----------------------------------------------------------------------------------

    private static Outcome run(TestService service, List<Person> people) {
        Outcome outcome = new Outcome();
        for (Person person : people) {
            Set<Risk> risks = risks(person);
            Call call = Call.clean()
                    .set("patient", person.patient())
                    .with("conditions", person.conditions().toArray(Resource[]::new))
                    .with("medicationRequests", Stream.concat(person.requests().stream(),
                            person.medications().stream()).toArray(Resource[]::new))
                    .with("medicationStatements", person.statements().toArray(Resource[]::new))
                    .with("procedures", person.procedures().toArray(Resource[]::new))
                    .with("allergies", person.allergies().toArray(Resource[]::new));
            Response response = service.post(SIGN, call.json());
            assertThat(response.status()).as(person.name() + ": " + response.body()).isEqualTo(200);
            JsonNode card = response.json().get("cards").get(0);
            outcome.add(person.name(), risks, card);
        }
        return outcome;
    }

    /** The card outcome by risk. */
    private static final class Outcome {
        final Map<String, Integer> indicators = new TreeMap<>();
        final Map<Risk, int[]> withRisk = new EnumMap<>(Risk.class);
        final List<String> failures = new ArrayList<>();
        int patients;

        void add(String name, Set<Risk> risks, JsonNode card) {
            patients++;
            String indicator = card.get("indicator").asText();
            indicators.merge(indicator, 1, Integer::sum);
            Set<String> cited = new java.util.HashSet<>();
            Matcher kb = KB.matcher(card.get("detail").asText());
            while (kb.find()) {
                cited.addAll(List.of(kb.group(1).split(", ")));
            }
            for (Risk risk : risks) {
                int[] counts = withRisk.computeIfAbsent(risk, r -> new int[3]);
                counts[0]++;
                boolean info = indicator.equals("info");
                boolean citesKb = risk.kb.stream().anyMatch(cited::contains);
                if (info) {
                    counts[1]++;
                    failures.add(name + ": " + risk + " but info: " + card.get("summary").asText());
                }
                if (citesKb) {
                    counts[2]++;
                } else {
                    failures.add(name + ": " + risk + " but no " + risk.kb + " cited (" + cited + "): "
                            + card.get("summary").asText());
                }
            }
        }

        void assertSafe() {
            assertThat(failures).as("patients with a risk the service did not see").isEmpty();
        }

        String table() {
            StringBuilder table = new StringBuilder("\n| risk | patients | info | right KB item cited |\n|---|---|---|---|\n");
            withRisk.forEach((risk, counts) -> table.append("| ").append(risk).append(" | ").append(counts[0])
                    .append(" | ").append(counts[1]).append(" | ").append(counts[2]).append(" |\n"));
            table.append("\nCards for ").append(patients).append(" patients: ").append(indicators).append('\n');
            failures.forEach(failure -> table.append("MISSED ").append(failure).append('\n'));
            return table.toString();
        }
    }

    // --- the risks, from the record's own words ------------------------------------------------------------------

    static Set<Risk> risks(Person person) {
        Set<Risk> risks = java.util.EnumSet.noneOf(Risk.class);
        for (MedicationRequest request : person.requests()) {
            String status = request.hasStatus() ? request.getStatus().toCode() : "unknown";
            if (!Set.of("active", "on-hold", "unknown").contains(status)) {
                continue;
            }
            String name = text(person.medicine(request));
            if (ANTITHROMBOTIC.matcher(name).find()) {
                risks.add(Risk.ANTITHROMBOTIC);
            }
            if (IMMUNOSUPPRESSANT.matcher(name).find()) {
                risks.add(Risk.IMMUNOSUPPRESSANT);
            }
            if (CHEMOTHERAPY.matcher(name).find()) {
                risks.add(Risk.CHEMOTHERAPY);
            }
        }
        for (Condition condition : person.conditions()) {
            if (!activeOrNoStatus(condition)) {
                continue;
            }
            String name = text(condition.getCode());
            if (CANCER.matcher(name).find() && !NOT_A_DIAGNOSIS.matcher(name).find()) {
                risks.add(Risk.CANCER);
            }
            if (DIABETES.matcher(name).find() && !NOT_A_DIAGNOSIS.matcher(name).find()) {
                risks.add(Risk.DIABETES);
            }
            if (PREGNANCY.matcher(name).find() && !NOT_A_DIAGNOSIS.matcher(name).find()
                    && !name.toLowerCase().contains("past")) {
                risks.add(Risk.PREGNANCY);
            }
        }
        LocalDate sixMonthsAgo = Fixtures.TODAY.minusMonths(6);
        for (Procedure procedure : person.procedures()) {
            LocalDate done = performed(procedure);
            if (procedure.hasStatus() && procedure.getStatus() == Procedure.ProcedureStatus.COMPLETED && done != null
                    && !done.isBefore(sixMonthsAgo) && !done.isAfter(Fixtures.TODAY)
                    && SURGERY.matcher(text(procedure.getCode())).find()
                    && !NOT_SKIN_SURGERY.matcher(text(procedure.getCode())).find()) {
                risks.add(Risk.RECENT_SURGERY);
            }
        }
        return risks;
    }

    /** The day a procedure ended, read plainly (yyyy-mm-dd of the end or the date-time). */
    private static LocalDate performed(Procedure procedure) {
        String when = null;
        if (procedure.hasPerformedPeriod() && procedure.getPerformedPeriod().hasEnd()) {
            when = procedure.getPerformedPeriod().getEndElement().getValueAsString();
        } else if (procedure.hasPerformedPeriod()) {
            when = procedure.getPerformedPeriod().getStartElement().getValueAsString();
        } else if (procedure.hasPerformedDateTimeType()) {
            when = procedure.getPerformedDateTimeType().getValueAsString();
        }
        return when == null || when.length() < 10 ? null : LocalDate.parse(when.substring(0, 10));
    }

    private static boolean activeOrNoStatus(Condition condition) {
        return !condition.hasClinicalStatus() || condition.getClinicalStatus().getCoding().stream()
                .anyMatch(coding -> Set.of("active", "recurrence", "relapse").contains(coding.getCode()));
    }

    private static String text(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        return concept.hasText() ? concept.getText() : concept.getCoding().stream().map(Coding::getDisplay)
                .filter(display -> display != null).collect(Collectors.joining(" "));
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)(?<![a-z])(" + alternatives + ")(?![a-z])");
    }

    // --- coverage ------------------------------------------------------------------------------------------------

    /** How many entries of each kind the tables recognise (by code, by name), and the most frequent misses. */
    static final class Coverage {
        private static final FhirMappings MAPPINGS = FhirMappings.builtIn();
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> misses = new LinkedHashMap<>();

        static Coverage of(List<Person> people) {
            Coverage coverage = new Coverage();
            for (Person person : people) {
                for (MedicationRequest request : person.requests()) {
                    var recognised = MAPPINGS.medication(person.medicine(request));
                    boolean active = request.hasStatus() && Set.of("active", "on-hold", "unknown")
                            .contains(request.getStatus().toCode());
                    coverage.count(active ? "medications, active" : "medications, stopped/completed",
                            recognised.isEmpty() ? null : recognised.byName() == null,
                            text(person.medicine(request)));
                }
                for (Condition condition : person.conditions()) {
                    var recognised = MAPPINGS.condition(condition.getCode());
                    boolean screening = !MAPPINGS.screening(condition.getCode()).isEmpty();
                    coverage.count(activeOrNoStatus(condition) ? "conditions, active" : "conditions, inactive/resolved",
                            screening ? Boolean.TRUE : recognised.isEmpty() ? null : recognised.byName() == null,
                            text(condition.getCode()));
                }
                for (Procedure procedure : person.procedures()) {
                    coverage.count("procedures", MAPPINGS.procedures.lookup(procedure.getCode()).isEmpty() ? null
                            : Boolean.TRUE, text(procedure.getCode()));
                }
                person.allergies().forEach(allergy -> coverage.count("allergies",
                        MAPPINGS.allergies.lookup(allergy.getCode()).isEmpty() ? null : Boolean.TRUE,
                        text(allergy.getCode())));
            }
            return coverage;
        }

        /** @param byCode true: by code; false: by name; null: not recognised */
        private void count(String kind, Boolean byCode, String text) {
            int[] row = counts.computeIfAbsent(kind, k -> new int[3]);
            row[0]++;
            if (byCode == null) {
                misses.computeIfAbsent(kind, k -> new TreeMap<>()).merge(text, 1, Integer::sum);
            } else {
                row[byCode ? 1 : 2]++;
            }
        }

        String table() {
            StringBuilder table = new StringBuilder(
                    "\n| entries | total | recognised by code | by name | not recognised |\n|---|---|---|---|---|\n");
            counts.forEach((kind, row) -> table.append("| ").append(kind).append(" | ").append(row[0]).append(" | ")
                    .append(row[1]).append(" | ").append(row[2]).append(" | ").append(row[0] - row[1] - row[2])
                    .append(" |\n"));
            misses.forEach((kind, texts) -> {
                table.append("\nMost frequent not recognised, ").append(kind).append(":\n");
                texts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                        .forEach(miss -> table.append("  ").append(miss.getValue()).append(" × ")
                                .append(miss.getKey()).append('\n'));
            });
            return table.toString();
        }
    }
}
