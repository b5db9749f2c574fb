package org.needlesafe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlesafe.InvalidCaseException;
import org.needlesafe.Problem;
import org.needlesafe.TreatmentCase;
import org.needlesafe.clearance.Clearance;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Allergy;
import org.needlesafe.patient.Condition;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.ConditionStatus;
import org.needlesafe.patient.FitzpatrickType;
import org.needlesafe.patient.Implant;
import org.needlesafe.patient.ImplantCode;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.Patient;
import org.needlesafe.patient.SexForClinicalUse;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.Indication;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Antisepsis;
import org.needlesafe.setup.Needles;
import org.needlesafe.setup.Setting;
import org.needlesafe.setup.SterileSetup;

class CaseReaderTest {
    private static final CaseReader READER = new CaseReader(List.of("US-UT", "US-CA", "DEFAULT"));

    // --- mapping ------------------------------------------------------------------------------------------------

    @Test
    void readsTheContractsInputExample() {
        TreatmentCase treatment = READER.read(Documents.resource("contract-input-example.json"));

        assertThat(treatment.caseId()).isEqualTo("demo-001");
        assertThat(treatment.assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(treatment.jurisdiction()).isEqualTo("US-UT");
        assertThat(treatment.patient()).isEqualTo(new Patient(34, FitzpatrickType.II, null, false,
                List.of(new Condition(ConditionCode.MELASMA, ConditionStatus.CONTROLLED, Set.of(Area.CHEEKS), null)),
                List.of(Medication.current(MedicationCode.ANTICOAGULANT)),
                List.of(), List.of(), List.of()));
        assertThat(treatment.practitioner()).isEqualTo(
                new Practitioner(Credential.MASTER_ESTHETICIAN, true, false, 4));
        assertThat(treatment.setup()).isEqualTo(SterileSetup.builder().setting(Setting.LICENSED_PREMISES)
                .needles(Needles.SINGLE_USE_STERILE_CARTRIDGE).packagingIntact(true).deviceBarrierSleeve(true)
                .skinAntisepsis(Antisepsis.CHLORHEXIDINE).gloves(true).sharpsContainer(true).build());
        assertThat(treatment.plan()).isEqualTo(TreatmentPlan.builder().device(Device.PEN).deviceCleared(true)
                .indication(Indication.FINE_LINES_WRINKLES)
                .areas(PlannedArea.of(Area.FOREHEAD, "0.5"), PlannedArea.of(Area.PERIORBITAL, "1.0"))
                .topicals(new Topical(TopicalProduct.HYALURONIC_ACID, true))
                .topicalAnesthetic(false).previousMicroneedlingDate(LocalDate.of(2026, 10, 20)).build());
        assertThat(treatment.clearances())
                .containsExactly(new Clearance("C-08", ClearingRole.PRESCRIBER, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void readsEveryOptionalField() {
        ObjectNode document = Documents.example();
        Documents.set(document, "caseId", null);
        Documents.set(document, "patient.conditions", """
                [{"code": "HERPES_SIMPLEX", "status": "HISTORY", "areas": ["PERIORAL", "CHIN"],
                  "onsetDate": "2019-05-01"}]""");
        Documents.set(document, "patient.medications", """
                [{"code": "ISOTRETINOIN", "status": "STOPPED", "lastTakenDate": "2026-01-31"}]""");
        Documents.set(document, "patient.recentProcedures", """
                [{"code": "NEUROTOXIN", "date": "2026-09-01", "areas": ["FOREHEAD"]},
                 {"code": "SURGERY", "date": "2025-02-14"}]""");
        Documents.set(document, "setup.bloodHandlingCompliant", "true");
        Documents.set(document, "setup.deviceRinsedInTapWater", "false");
        Documents.set(document, "setup.clientRecordsKept", "true");
        Documents.set(document, "practitioner.yearsExperience", "12.0");
        Documents.set(document, "practitioner.generalNursingYears", "3");
        Documents.set(document, "plan.consultationDate", "\"2026-11-18\"");

        TreatmentCase treatment = READER.read(document.toString());

        assertThat(treatment.caseId()).isNull();
        assertThat(treatment.patient().conditions()).containsExactly(new Condition(ConditionCode.HERPES_SIMPLEX,
                ConditionStatus.HISTORY, Set.of(Area.PERIORAL, Area.CHIN), LocalDate.of(2019, 5, 1)));
        assertThat(treatment.patient().medications())
                .containsExactly(Medication.stopped(MedicationCode.ISOTRETINOIN, LocalDate.of(2026, 1, 31)));
        assertThat(treatment.patient().recentProcedures()).containsExactly(
                RecentProcedure.of(ProcedureCode.NEUROTOXIN, LocalDate.of(2026, 9, 1), Area.FOREHEAD),
                RecentProcedure.of(ProcedureCode.SURGERY, LocalDate.of(2025, 2, 14)));
        assertThat(treatment.setup().bloodHandlingCompliant()).isTrue();
        assertThat(treatment.setup().deviceRinsedInTapWater()).isFalse();
        assertThat(treatment.setup().clientRecordsKept()).isTrue();
        assertThat(treatment.practitioner().yearsExperience()).isEqualTo(12);
        assertThat(treatment.practitioner().generalNursingYears()).isEqualTo(3);
        assertThat(treatment.plan().consultationDate()).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void allergiesAndImplantsArePlainCodesOrObjects() {
        ObjectNode document = Documents.example();
        Documents.set(document, "patient.allergies", """
                ["CHLORHEXIDINE", {"code": "TOPICAL_ANESTHETIC", "reaction": "hives"}]""");
        Documents.set(document, "patient.implants", """
                ["IMPLANTED_ELECTRONIC_DEVICE", {"code": "GOLD_THREADS", "areas": ["CHEEKS", "CHIN"]},
                 {"code": "METAL_IMPLANT_IN_AREA"}]""");

        Patient patient = READER.read(document.toString()).patient();

        assertThat(patient.allergies()).containsExactly(Allergy.CHLORHEXIDINE, Allergy.TOPICAL_ANESTHETIC);
        assertThat(patient.implants()).containsExactly(Implant.of(ImplantCode.IMPLANTED_ELECTRONIC_DEVICE),
                Implant.of(ImplantCode.GOLD_THREADS, Area.CHEEKS, Area.CHIN),
                Implant.of(ImplantCode.METAL_IMPLANT_IN_AREA));
    }

    @Test
    void theSexParameterForClinicalUseIsReadAndAbsentIsUnknown() {
        ObjectNode document = Documents.example();
        Documents.set(document, "patient.sexForClinicalUse", "\"MALE_TYPICAL\"");

        assertThat(READER.read(document.toString()).patient().sexForClinicalUse())
                .isEqualTo(SexForClinicalUse.MALE_TYPICAL);
        assertThat(READER.read(Documents.example().toString()).patient().sexForClinicalUse()).isNull();
    }

    @Test
    void anAbsentOrNullAnswerStaysUnknown() {
        ObjectNode document = Documents.example();
        Documents.set(document, "patient.breastfeeding", null);
        Documents.set(document, "patient.fitzpatrickType", "null");
        Documents.set(document, "practitioner.microneedlingTraining", null);
        Documents.set(document, "setup.gloves", "null");
        Documents.set(document, "plan.topicals[0].sterileForProcedure", null);

        TreatmentCase treatment = READER.read(document.toString());

        assertThat(treatment.patient().pregnant()).isNull();
        assertThat(treatment.patient().breastfeeding()).isNull();
        assertThat(treatment.patient().fitzpatrickType()).isNull();
        assertThat(treatment.practitioner().microneedlingTraining()).isNull();
        assertThat(treatment.setup().gloves()).isNull();
        assertThat(treatment.plan().topicals().get(0).sterileForProcedure()).isNull();
    }

    @Test
    void anAbsentOrNullListIsNotReviewedAndAnEmptyListIsReviewedNone() {
        ObjectNode document = Documents.example();
        Documents.set(document, "patient.conditions", null);
        Documents.set(document, "patient.medications", "null");
        Documents.set(document, "patient.allergies", "[]");

        Patient patient = READER.read(document.toString()).patient();

        assertThat(patient.conditions()).isNull();
        assertThat(patient.medications()).isNull();
        assertThat(patient.allergies()).isNotNull().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1.0", "1.50", "2", "0.075", "5E-1", "1.000000"})
    void depthsKeepTheExactDecimalWritten(String written) {
        TreatmentCase treatment = READER.read(Documents.with("plan.areas[0].depthMm", written));

        assertThat(treatment.plan().areas().get(0).depthMm()).isEqualTo(new BigDecimal(written));
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        ObjectNode document = Documents.example();
        Documents.set(document, "schemaHint", "\"from a newer sender\"");
        Documents.set(document, "patient.notes", "{\"free\": [\"text\", 1, true, null]}");
        Documents.set(document, "plan.areas[0].passes", "3");
        Documents.set(document, "setup.autoclaveLog", "[]");

        assertThat(READER.read(document.toString())).isEqualTo(READER.read(Documents.example().toString()));
    }

    @Test
    void readsFilesAndStreams(@TempDir Path folder) throws IOException {
        String json = Documents.resource("contract-input-example.json");
        Path file = folder.resolve("case.json");
        Files.writeString(file, json);
        TreatmentCase expected = READER.read(json);

        assertThat(READER.read(file)).isEqualTo(expected);
        assertThat(READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    }

    @Test
    void readsAFileSavedWithAByteOrderMark(@TempDir Path folder) throws IOException {
        String json = Documents.resource("contract-input-example.json");
        Path file = folder.resolve("saved-by-notepad.json");
        Files.write(file, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));

        assertThat(READER.read(file)).isEqualTo(READER.read(json));
    }

    @Test
    void aReaderBuiltOnAnAdvisorKnowsItsProfiles() {
        CaseReader reader = new CaseReader(AdvisorHolder.ADVISOR);

        assertThat(reader.read(Documents.with("jurisdiction", "\"GB-SCT\"")).jurisdiction()).isEqualTo("GB-SCT");
        assertThat(problems(reader, Documents.with("jurisdiction", "\"XX\""))).containsExactly(
                "jurisdiction: unknown profile 'XX' (loaded: AU-NSW, DEFAULT, GB-ENG, GB-SCT, US-AZ, US-CA, US-FL, "
                        + "US-NC, US-TX, US-UT)");
    }

    // --- one problem, with its exact message --------------------------------------------------------------------

    static Stream<Arguments> oneProblem() {
        return Stream.of(
                // wrong types
                Arguments.of("caseId", "7", "caseId: must be a string, was a number"),
                Arguments.of("jurisdiction", "true", "jurisdiction: must be a string, was true"),
                Arguments.of("patient", "[]", "patient: must be an object, was a list"),
                Arguments.of("practitioner", "\"Dr Smith\"", "practitioner: must be an object, was a string"),
                Arguments.of("patient.ageYears", "\"34\"", "patient.ageYears: must be a whole number, was a string"),
                Arguments.of("patient.ageYears", "34.5", "patient.ageYears: must be a whole number, was 34.5"),
                Arguments.of("patient.ageYears", "1e99", "patient.ageYears: is out of range, was 1E+99"),
                Arguments.of("patient.pregnant", "\"no\"",
                        "patient.pregnant: must be true, false or null (unknown), was a string"),
                Arguments.of("patient.breastfeeding", "0",
                        "patient.breastfeeding: must be true, false or null (unknown), was a number"),
                Arguments.of("patient.fitzpatrickType", "2",
                        "patient.fitzpatrickType: must be a string (a code), was a number"),
                Arguments.of("patient.conditions", "{}", "patient.conditions: must be a list, was an object"),
                Arguments.of("patient.conditions[0]", "\"MELASMA\"",
                        "patient.conditions[0]: must be an object, was a string"),
                Arguments.of("patient.conditions[0].areas", "\"CHEEKS\"",
                        "patient.conditions[0].areas: must be a list, was a string"),
                Arguments.of("patient.conditions[0].areas", "[null]",
                        "patient.conditions[0].areas[0]: must not be null"),
                Arguments.of("patient.allergies", "[5]",
                        "patient.allergies[0]: must be a code or an object with a code, was a number"),
                Arguments.of("patient.implants", "[[\"GOLD_THREADS\"]]",
                        "patient.implants[0]: must be a code or an object with a code, was a list"),
                Arguments.of("setup.gloves", "\"yes\"",
                        "setup.gloves: must be true, false or null (unknown), was a string"),
                Arguments.of("plan.areas", "{\"area\": \"CHEEKS\"}", "plan.areas: must be a list, was an object"),
                Arguments.of("plan.areas[0].depthMm", "\"0.5\"",
                        "plan.areas[0].depthMm: must be a number (millimetres), was a string"),
                Arguments.of("plan.areas[0].depthMm", "0.0005",
                        "plan.areas[0].depthMm: must have at most 3 decimal places, was 0.0005"),
                Arguments.of("clearances", "{}", "clearances: must be a list, was an object"),
                Arguments.of("clearances[0].date", "20261120",
                        "clearances[0].date: must be a date (YYYY-MM-DD), was a number"),
                // unknown codes
                Arguments.of("patient.fitzpatrickType", "\"VII\"",
                        "patient.fitzpatrickType: unknown code 'VII' (expected one of I, II, III, IV, V, VI)"),
                Arguments.of("patient.allergies", "[\"LATEX\"]", "patient.allergies[0]: unknown code 'LATEX' "
                        + "(expected one of STAINLESS_STEEL_OR_NICKEL, TOPICAL_ANESTHETIC, PABA_OR_SULFONAMIDE, "
                        + "CHLORHEXIDINE)"),
                Arguments.of("patient.allergies", "[{\"code\": \"latex\"}]",
                        "patient.allergies[0].code: " + unknown("latex", Allergy.class)),
                Arguments.of("patient.conditions[0].code", "\"COLD_SORE\"",
                        "patient.conditions[0].code: " + unknown("COLD_SORE", ConditionCode.class)),
                Arguments.of("patient.conditions[0].status", "\"FLARE\"",
                        "patient.conditions[0].status: unknown code 'FLARE' (expected one of ACTIVE, CONTROLLED, "
                                + "HISTORY)"),
                Arguments.of("patient.conditions[0].areas", "[\"CHEEKS\", \"LIPS\"]",
                        "patient.conditions[0].areas[1]: " + unknown("LIPS", Area.class)),
                Arguments.of("patient.medications[0].code", "\"WARFARIN\"",
                        "patient.medications[0].code: " + unknown("WARFARIN", MedicationCode.class)),
                Arguments.of("patient.recentProcedures", "[{\"code\": \"BOTOX\", \"date\": \"2026-01-01\"}]",
                        "patient.recentProcedures[0].code: " + unknown("BOTOX", ProcedureCode.class)),
                Arguments.of("patient.implants", "[\"PACEMAKER\"]",
                        "patient.implants[0]: " + unknown("PACEMAKER", ImplantCode.class)),
                Arguments.of("practitioner.credential", "\"NURSE\"",
                        "practitioner.credential: " + unknown("NURSE", Credential.class)),
                Arguments.of("setup.setting", "\"SPA\"", "setup.setting: " + unknown("SPA", Setting.class)),
                Arguments.of("setup.needles", "\"STERILE\"", "setup.needles: " + unknown("STERILE", Needles.class)),
                Arguments.of("setup.skinAntisepsis", "\"IODINE\"",
                        "setup.skinAntisepsis: " + unknown("IODINE", Antisepsis.class)),
                Arguments.of("plan.device", "\"pen\"", "plan.device: unknown code 'pen' (expected one of PEN, ROLLER, "
                        + "STAMP, RF_MICRONEEDLING, HOME_ROLLER)"),
                Arguments.of("plan.indication", "\"ACNE\"", "plan.indication: " + unknown("ACNE", Indication.class)),
                Arguments.of("plan.areas[0].area", "\"LIPS\"", "plan.areas[0].area: " + unknown("LIPS", Area.class)),
                Arguments.of("plan.topicals[0].product", "\"SERUM\"",
                        "plan.topicals[0].product: " + unknown("SERUM", TopicalProduct.class)),
                Arguments.of("clearances[0].by", "\"NURSE\"",
                        "clearances[0].by: unknown code 'NURSE' (expected one of PRESCRIBER, PHYSICIAN, "
                                + "DERMATOLOGIST)"),
                // dates
                Arguments.of("assessmentDate", "\"25/11/2026\"",
                        "assessmentDate: must be a date (YYYY-MM-DD), was '25/11/2026'"),
                Arguments.of("plan.previousMicroneedlingDate", "\"2026-02-30\"",
                        "plan.previousMicroneedlingDate: must be a date (YYYY-MM-DD), was '2026-02-30'"),
                Arguments.of("patient.conditions[0].onsetDate", "\"2026-13-01\"",
                        "patient.conditions[0].onsetDate: must be a date (YYYY-MM-DD), was '2026-13-01'"),
                Arguments.of("patient.medications[0].lastTakenDate", "\"yesterday\"",
                        "patient.medications[0].lastTakenDate: must be a date (YYYY-MM-DD), was 'yesterday'"),
                // required (the core validation, through the reader)
                Arguments.of("assessmentDate", null, "assessmentDate: required"),
                Arguments.of("jurisdiction", "null", "jurisdiction: required"),
                Arguments.of("patient", null, "patient: required"),
                Arguments.of("patient.ageYears", null, "patient.ageYears: required"),
                Arguments.of("practitioner.credential", null, "practitioner.credential: required"),
                Arguments.of("setup", "null", "setup: required"),
                Arguments.of("plan.device", null, "plan.device: required"),
                Arguments.of("plan.areas", null, "plan.areas: required"),
                Arguments.of("plan.areas[0].area", null, "plan.areas[0].area: required"),
                Arguments.of("plan.areas[0].depthMm", null, "plan.areas[0].depthMm: required"),
                Arguments.of("patient.conditions[0].status", null, "patient.conditions[0].status: required"),
                Arguments.of("patient.medications[0].code", null, "patient.medications[0].code: required"),
                Arguments.of("patient.allergies", "[{\"reaction\": \"rash\"}]", "patient.allergies[0].code: required"),
                Arguments.of("patient.allergies", "[null]", "patient.allergies[0]: must not be null"),
                Arguments.of("patient.implants", "[{\"areas\": [\"CHEEKS\"]}]", "patient.implants[0].code: required"),
                Arguments.of("patient.recentProcedures", "[{\"code\": \"IPL\"}]",
                        "patient.recentProcedures[0].date: required"),
                Arguments.of("plan.topicals[0].product", null, "plan.topicals[0].product: required"),
                Arguments.of("clearances[0].kb", null, "clearances[0].kb: required"),
                // the core's other checks
                Arguments.of("jurisdiction", "\"US-XX\"",
                        "jurisdiction: unknown profile 'US-XX' (loaded: DEFAULT, US-CA, US-UT)"),
                Arguments.of("patient.ageYears", "-1", "patient.ageYears: must be between 0 and 130"),
                Arguments.of("practitioner.yearsExperience", "99",
                        "practitioner.yearsExperience: must be between 0 and 80"),
                Arguments.of("practitioner.generalNursingYears", "-1",
                        "practitioner.generalNursingYears: must be between 0 and 80"),
                Arguments.of("plan.consultationDate", "\"2026-11-26\"",
                        "plan.consultationDate: must not be after assessmentDate 2026-11-25"),
                Arguments.of("plan.areas", "[]", "plan.areas: must list at least one area"),
                Arguments.of("plan.areas[0].depthMm", "4", "plan.areas[0].depthMm: must be > 0 and <= 3.5"),
                Arguments.of("plan.areas[0].depthMm", "0", "plan.areas[0].depthMm: must be > 0 and <= 3.5"),
                Arguments.of("plan.areas[1].area", "\"FOREHEAD\"",
                        "plan.areas[1].area: FOREHEAD is planned more than once"),
                Arguments.of("plan.previousMicroneedlingDate", "\"2026-11-26\"",
                        "plan.previousMicroneedlingDate: must not be after assessmentDate 2026-11-25"),
                Arguments.of("clearances[0].kb", "\"C8\"",
                        "clearances[0].kb: must be a knowledge-base item such as C-08, was 'C8'"),
                Arguments.of("clearances[0]", "null", "clearances[0]: must not be null"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource
    void oneProblem(String path, String json, String expected) {
        assertThat(problems(Documents.with(path, json))).containsExactly(expected);
    }

    private static String unknown(String code, Class<? extends Enum<?>> type) {
        return "unknown code '" + code + "' (expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ")";
    }

    // --- documents that are not a case at all -------------------------------------------------------------------

    @Test
    void invalidJsonSaysWhere() {
        String json = "{\n  \"caseId\": \"x\",\n  \"patient\": }\n";

        assertThat(problems(json)).containsExactly(
                ": invalid JSON at line 3, column 14: unexpected character ('}' (code 125)): expected a value");
    }

    @Test
    void aTruncatedDocumentIsInvalidJson() {
        String json = Documents.resource("contract-input-example.json");

        assertThat(problems(json.substring(0, 40))).singleElement().asString()
                .startsWith(": invalid JSON at line 3, column ")
                .contains("unexpected end-of-input");
    }

    @Test
    void aFieldGivenTwiceIsInvalid() {
        String json = "{\"assessmentDate\": \"2026-11-25\", \"patient\": {\"pregnant\": false, \"pregnant\": true}}";

        assertThat(problems(json)).containsExactly(
                ": invalid JSON at line 1, column 75: duplicate field 'pregnant'");
    }

    @Test
    void oneDocumentHoldsOneCase() {
        String json = Documents.resource("contract-input-example.json");

        assertThat(problems(json + json)).singleElement().asString()
                .startsWith(": invalid JSON at line ")
                .endsWith(": more content after the case object (one document holds one case)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t "})
    void anEmptyDocumentIsInvalid(String json) {
        assertThat(problems(json)).containsExactly(": the document is empty: expected one JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"case\"", "42", "null", "true"})
    void theDocumentMustBeAnObject(String json) {
        assertThat(problems(json)).singleElement().asString()
                .startsWith(": must be a JSON object (one case), was ");
    }

    @Test
    void aMissingFileIsAProblem(@TempDir Path folder) {
        assertThat(problems(() -> READER.read(folder.resolve("missing.json")))).containsExactly(": no such file");
        assertThat(problems(() -> READER.read(folder))).containsExactly(": is a folder, not a case file");
    }

    @Test
    void aStreamThatFailsIsAProblem() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        assertThat(problems(() -> READER.read(broken))).containsExactly(": cannot be read: disk on fire");
    }

    // --- limits -------------------------------------------------------------------------------------------------

    @Test
    void aDocumentOverOneMebibyteIsRefusedUnread() {
        String padding = "\"" + "x".repeat(999) + "\"";
        String json = "{\"padding\": [" + String.join(",", java.util.Collections.nCopies(1100, padding)) + "]}";

        assertThat(problems(json)).containsExactly(": the document is larger than 1048576 bytes (1 MiB)");
        assertThat(problems(() -> READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(": the document is larger than 1048576 bytes (1 MiB)");
    }

    @Test
    void nestingIsLimited() {
        String json = "{\"notes\": " + "[".repeat(40) + "]".repeat(40) + "}";

        assertThat(problems(json)).singleElement().asString().isEqualTo(
                ": the document exceeds a limit at line 1, column 43: document nesting depth (33) exceeds the "
                        + "maximum allowed (32)");
    }

    @Test
    void listsAreLimitedWhereverTheyAre() {
        ObjectNode document = Documents.example();
        ArrayNode allergies = document.withObject("/patient").putArray("allergies");
        ArrayNode notes = document.putArray("notes");
        for (int i = 0; i < 101; i++) {
            allergies.add("CHLORHEXIDINE");
            notes.add(i);
        }

        assertThat(problems(document.toString())).containsExactly(
                "patient.allergies: must have at most 100 entries, has 101",
                "notes: must have at most 100 entries, has 101");
    }

    @Test
    void stringsAreLimitedWhereverTheyAre() {
        ObjectNode document = Documents.example();
        document.put("caseId", "c".repeat(1001));
        ((ObjectNode) document.get("plan").get("areas").get(0)).put("area", "A".repeat(5000));
        document.put("notes", "n".repeat(1000));

        assertThat(problems(document.toString())).containsExactly(
                "caseId: must be at most 1000 characters long, is 1001",
                "plan.areas[0].area: must be at most 1000 characters long, is 5000");
    }

    @Test
    void longNumbersAreRefused() {
        String json = Documents.with("patient.ageYears", "3" + "0".repeat(60));

        assertThat(problems(json)).singleElement().asString()
                .startsWith(": the document exceeds a limit at line ")
                .contains("number value length (61) exceeds the maximum allowed (50)");
    }

    @Test
    void longCodesAreQuotedShort() {
        String code = "X".repeat(200);

        assertThat(problems(Documents.with("plan.device", "\"" + code + "\""))).containsExactly(
                "plan.device: unknown code '" + "X".repeat(60) + "...' (expected one of PEN, ROLLER, STAMP, "
                        + "RF_MICRONEEDLING, HOME_ROLLER)");
    }

    @Test
    void atMostOneHundredProblemsAreListed() {
        ObjectNode document = Documents.example();
        ArrayNode conditions = document.withObject("/patient").putArray("conditions");
        for (int i = 0; i < 100; i++) {
            conditions.addObject().put("code", "NOPE").put("status", "NOPE");
        }

        List<String> problems = problems(document.toString());

        assertThat(problems).hasSize(101);
        assertThat(problems.get(0)).startsWith("patient.conditions[0].code: unknown code 'NOPE'");
        assertThat(problems.get(1)).startsWith("patient.conditions[0].status: unknown code 'NOPE'");
        assertThat(problems.get(100)).isEqualTo(": and 100 more problem(s) not listed");
    }

    // --- all problems at once -----------------------------------------------------------------------------------

    @Test
    void everyProblemIsReportedOnceInDocumentOrder() {
        ObjectNode document = Documents.example();
        Documents.set(document, "assessmentDate", "\"2026-11-31\"");
        Documents.set(document, "patient.ageYears", null);
        Documents.set(document, "patient.conditions[0].code", "\"MELASMA_X\"");
        Documents.set(document, "practitioner", "5");
        Documents.set(document, "plan.areas[0].depthMm", "9");
        Documents.set(document, "plan.areas[1].area", "\"EYEBROW\"");
        Documents.set(document, "clearances[0].by", null);

        assertThat(problems(document.toString())).containsExactly(
                "assessmentDate: must be a date (YYYY-MM-DD), was '2026-11-31'",
                "patient.ageYears: required",
                "patient.conditions[0].code: " + unknown("MELASMA_X", ConditionCode.class),
                "practitioner: must be an object, was a number",
                "plan.areas[0].depthMm: must be > 0 and <= 3.5",
                "plan.areas[1].area: " + unknown("EYEBROW", Area.class),
                "clearances[0].by: required");
    }

    @Test
    void documentOrderFollowsTheSenderNotTheContract() {
        String json = """
                {"plan": {"areas": [{"area": "CHEEKS", "depthMm": -1}], "device": "WAND"},
                 "patient": {"pregnant": "maybe"},
                 "assessmentDate": "2026-11-25", "jurisdiction": "US-UT", "practitioner": {}, "setup": {}}""";

        assertThat(problems(json)).containsExactly(
                "plan.areas[0].depthMm: must be > 0 and <= 3.5",
                "plan.device: " + unknown("WAND", Device.class),
                "patient.ageYears: required",
                "patient.pregnant: must be true, false or null (unknown), was a string",
                "practitioner.credential: required");
    }

    @Test
    void aMinimalCaseIsValid() {
        String json = """
                {"assessmentDate": "2026-11-25", "jurisdiction": "DEFAULT", "patient": {"ageYears": 40},
                 "practitioner": {"credential": "PHYSICIAN"}, "setup": {},
                 "plan": {"device": "PEN", "areas": [{"area": "CHEEKS", "depthMm": 1}]}}""";

        TreatmentCase treatment = READER.read(json);

        assertThat(treatment.patient().conditions()).isNull();
        assertThat(treatment.plan().topicals()).isEmpty();
        assertThat(treatment.clearances()).isEmpty();
    }

    /** Whatever the bytes, the reader answers with a case or with InvalidCaseException, never anything else. */
    @Test
    void mangledDocumentsNeverThrowAnythingElse() {
        byte[] original = Documents.resource("contract-input-example.json").getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[]\":,0123456789.eE-+ntrufals \\x\u00e9".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261125);
        for (int round = 0; round < 3000; round++) {
            byte[] mangled = Arrays.copyOf(original, original.length);
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) {
                mangled[random.nextInt(mangled.length)] = random.nextInt(10) == 0
                        ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            int length = random.nextInt(8) == 0 ? random.nextInt(mangled.length) : mangled.length;
            byte[] document = Arrays.copyOf(mangled, length);
            try {
                READER.read(new ByteArrayInputStream(document));
            } catch (InvalidCaseException expected) {
                assertThat(expected.problems()).isNotEmpty()
                        .allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<String> problems(String json) {
        return problems(READER, json);
    }

    private static List<String> problems(CaseReader reader, String json) {
        return problems(() -> reader.read(json));
    }

    private static List<String> problems(Runnable read) {
        InvalidCaseException invalid = catchThrowableOfType(read::run, InvalidCaseException.class);
        assertThat(invalid).as("the document should be invalid").isNotNull();
        return invalid.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void problemsKeepTheContractsPathStyle() {
        assertThatThrownBy(() -> READER.read(Documents.with("plan.areas[0].depthMm", "3.6")))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidCaseException) e).problems())
                        .containsExactly(new Problem("plan.areas[0].depthMm", "must be > 0 and <= 3.5")));
    }
}
