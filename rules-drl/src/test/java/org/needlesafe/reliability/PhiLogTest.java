package org.needlesafe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.RuleDescription;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.TreatmentCase;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.rules.CaseFacts;
import org.needlesafe.rules.Screening;
import org.needlesafe.setup.Antisepsis;

/**
 * Nothing that identifies a patient reaches a log or an audit record, at any level. A child JVM ({@link PhiLogProbe})
 * runs the rule pack with every SLF4J logger (Drools' included) and java.util.logging at TRACE, writing to its
 * standard output, and assesses {@link PhiCases}; this test reads everything it printed.
 */
class PhiLogTest {
    private static final String SALT = "5eed5a17c0ffee00112233445566778899aabbcc";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How a record's own toString would show patient data. */
    private static final Pattern RECORD_FIELDS = Pattern.compile(
            "\\b(ageYears|age|pregnant|breastfeeding|fitzpatrickType|onsetDate|lastTakenDate|conditions|medications"
                    + "|allergies|recentProcedures|implants|caseId|assessmentDate|depthMm)\\s*[=:]",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path folder;
    private static String output;
    private static String afterStartUp;
    private static List<String> auditLines;
    private static List<RuleDescription> rules;

    @BeforeAll
    static void runTheProbe() throws Exception {
        Path log = folder.resolve("probe.log");
        Path audit = folder.resolve("audit.jsonl");
        Path julConfig = folder.resolve("logging.properties");
        Files.writeString(julConfig, "handlers=java.util.logging.ConsoleHandler\n.level=ALL\n"
                + "java.util.logging.ConsoleHandler.level=ALL\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.logFile=System.out",
                "-Djava.util.logging.config.file=" + julConfig,
                PhiLogProbe.class.getName(), SALT, audit.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(probe.waitFor(180, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(probe.exitValue()).as("the probe's exit status; its output:\n%s", tail(output)).isZero();
        int start = output.indexOf(PhiLogProbe.ASSESSING);
        assertThat(start).isNotNegative();
        assertThat(output).contains(PhiLogProbe.DONE);
        afterStartUp = output.substring(start);
        auditLines = Files.readAllLines(audit, StandardCharsets.UTF_8);
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            rules = List.copyOf(advisor.rules());
        }
    }

    @Test
    void everythingWasCapturedAtTrace() {
        // Without this the other tests could pass on an empty log.
        assertThat(afterStartUp).contains("TRACE org.drools", "DEBUG org.needlesafe.SafetyAdvisor");
        assertThat(afterStartUp.lines().count()).isGreaterThan(200);
    }

    @Test
    void noCaseIdAppearsAnywhere() {
        for (String caseId : PhiCases.CASE_IDS) {
            assertThat(output.toLowerCase()).doesNotContain(caseId.toLowerCase());
        }
        assertThat(output).doesNotContain("Jane", "Roe", "Okonkwo", "Adaeze", "smith", "Zyxwvut", "555-0142");
    }

    @Test
    void noDateOfTheCasesAppearsAnywhere() {
        for (LocalDate date : PhiCases.dates()) {
            assertThat(output).doesNotContain(date.toString(), date.toString().replace('-', '/'));
        }
    }

    @Test
    void noRecordOfTheCaseIsPrinted() {
        assertThat(RECORD_FIELDS.matcher(output).results().map(match -> lineAround(output, match.start())).toList())
                .as("lines that print a field of the case").isEmpty();
        assertThat(output).doesNotContain("Patient[ageYears", "TreatmentCase[caseId", "Condition[code",
                "Medication[code", "TreatmentPlan[device");
    }

    @Test
    void noConditionMedicationAllergyProcedureOrImplantCodeIsLoggedWhileAssessing() {
        List<String> codes = patientCodes();
        // Rule ids and names are what the debug line is meant to show: they are taken out before looking.
        String text = afterStartUp;
        List<RuleDescription> longestFirst = new ArrayList<>(rules);
        longestFirst.sort(Comparator.comparingInt((RuleDescription rule) -> rule.name().length()).reversed());
        for (RuleDescription rule : longestFirst) {
            text = text.replace(rule.name(), "<rule>").replace(rule.id(), "<rule>");
        }
        for (String code : codes) {
            Pattern token = token(code);
            String found = text;
            assertThat(token.matcher(text).results().map(match -> lineAround(found, match.start())).toList())
                    .as("lines that show %s", code).isEmpty();
        }
    }

    @Test
    void noFactTheRulesSeeShowsAValueOfTheCase() {
        // The same guarantee without a child JVM, for every fact a case turns into, whether or not a rule fires.
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            for (TreatmentCase treatment : PhiCases.cases()) {
                List<Object> facts = CaseFacts.of(treatment,
                        advisor.jurisdictions().versionOn(treatment.jurisdiction(), treatment.assessmentDate()),
                        advisor.configuration(), Screening.unknownAnswers(treatment, advisor.configuration()));
                for (Object fact : facts) {
                    String text = String.valueOf(fact);
                    for (LocalDate date : PhiCases.dates()) {
                        assertThat(text).as(fact.getClass().getName()).doesNotContain(date.toString());
                    }
                    for (String code : patientCodes()) {
                        assertThat(text).as(fact.getClass().getName()).doesNotContainPattern(token(code));
                    }
                    assertThat(RECORD_FIELDS.matcher(text).find()).as(text).isFalse();
                }
            }
        }
    }

    @Test
    void theDebugLineCarriesTheSaltedHashOfEachCaseId() throws Exception {
        for (String caseId : PhiCases.CASE_IDS) {
            String hash = hash(caseId);
            assertThat(afterStartUp.lines().filter(line -> line.contains("DEBUG org.needlesafe.SafetyAdvisor"))
                    .filter(line -> line.contains(hash)).count()).as("debug lines for %s", hash).isEqualTo(2);
        }
    }

    @Test
    void auditRecordsCarryTheHashAndNoPatientData() throws Exception {
        List<String> hashes = new ArrayList<>();
        for (String caseId : PhiCases.CASE_IDS) {
            hashes.add(hash(caseId));
        }
        assertThat(auditLines).hasSize(2 * PhiCases.CASE_IDS.size());
        for (String line : auditLines) {
            ObjectNode record = (ObjectNode) JSON.readTree(line);
            assertThat(hashes).contains(record.get("caseIdHash").textValue());
            record.remove("timestamp");
            String withoutTimestamp = record.toString();
            for (String caseId : PhiCases.CASE_IDS) {
                assertThat(withoutTimestamp).doesNotContain(caseId);
            }
            for (LocalDate date : PhiCases.dates()) {
                assertThat(withoutTimestamp).doesNotContain(date.toString());
            }
            assertThat(RECORD_FIELDS.matcher(withoutTimestamp).find()).as(withoutTimestamp).isFalse();
            JsonNode details = record.get("details");
            details.fieldNames().forEachRemaining(name ->
                    assertThat(name).isIn("jurisdictionProfile", "jurisdictionProfileVersion"));
        }
    }

    /** The codes of the patient's conditions, medicines, procedures, implants and allergies. */
    private static List<String> patientCodes() {
        List<String> codes = new ArrayList<>();
        Stream.of(ConditionCode.values(), MedicationCode.values(), ProcedureCode.values(), ImplantCode.values())
                .flatMap(Stream::of).forEach(code -> codes.add(code.name()));
        for (Allergy allergy : Allergy.values()) {
            // CHLORHEXIDINE is also the set-up's antiseptic, which is not patient data.
            if (Stream.of(Antisepsis.values()).noneMatch(antiseptic -> antiseptic.name().equals(allergy.name()))) {
                codes.add(allergy.name());
            }
        }
        return codes;
    }

    private static Pattern token(String code) {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + code + "(?![A-Za-z0-9_-])");
    }

    /** The documented pseudonym: HMAC-SHA256 keyed with the salt, first 16 bytes in hex. */
    private static String hash(String caseId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(SALT), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(caseId.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static String lineAround(String text, int index) {
        int start = text.lastIndexOf('\n', index) + 1;
        int end = text.indexOf('\n', index);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String tail(String text) {
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
