package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.Referral;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.configuration.ClinicConfiguration;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Setting;

/**
 * D-04 as the laws of knowledge base section 10 changed it: each change is assessed on the day before it starts and
 * on the day it starts, and each new rule beside a near miss.
 */
class D04LawChangesTest {
    private static final String NOT_IN_SCOPE = "MN-D04-NOT-IN-SCOPE";
    private static final String SETTING = "MN-D04-SETTING-NOT-ALLOWED";
    private static final String RESTRICTED = "MN-D04-RESTRICTED-PREMISES";
    private static final String NURSING = "MN-D04-GENERAL-NURSING-EXPERIENCE";
    private static final String COOLING_OFF = "MN-D04-UNDER-18-COOLING-OFF";

    @TempDir
    Path dir;

    private static Assessment on(LocalDate day, DsxCases.Variant variant) {
        return Cases.assess(variant.build().toBuilder().assessmentDate(day).build());
    }

    private static Assessment on(SafetyAdvisor advisor, LocalDate day, DsxCases.Variant variant) {
        return Cases.record(advisor.assess(variant.build().toBuilder().assessmentDate(day).build()));
    }

    @ParameterizedTest(name = "North Carolina {0}, supervising physician {1}: refused {2}")
    @CsvSource(nullValues = "null", value = {
            "ESTHETICIAN, null, true", "ESTHETICIAN, false, true", "ESTHETICIAN, true, false",
            "COSMETOLOGIST, null, true", "MASTER_ESTHETICIAN, false, true", "REGISTERED_NURSE, null, true"})
    void northCarolinaNeedsASupervisingPhysicianOnRecordAndUnknownIsNotOnRecord(Credential credential,
                                                                              Boolean supervising, boolean refused) {
        Assessment assessment = DsxCases.clean().jurisdiction("US-NC")
                .practitioner(new Practitioner(credential, true, supervising, 10))
                .areas(PlannedArea.of(Area.CHEEKS, "0.5")).assess();

        assertThat(assessment.jurisdictionProfile().source()).contains("Board policy on Class II devices");
        if (!refused) {
            assertThat(assessment.findings()).isEmpty();
            assertThat(assessment.decision()).isEqualTo(Decision.PROCEED);
            return;
        }
        assertThat(DsxCases.findings(assessment, NOT_IN_SCOPE)).singleElement().satisfies(finding -> {
            assertThat(finding.rationale()).contains("only under a supervising physician",
                    "an unknown one counts as not on record");
            assertThat(finding.basis()).contains("practitioner.supervisingPhysician: "
                    + (supervising == null ? "unknown" : supervising));
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void texasCitesChapter169FromTheFirstOfJanuary2025() {
        DsxCases.Variant nurse = DsxCases.clean().jurisdiction("US-TX")
                .practitioner(Credential.REGISTERED_NURSE, false).areas(PlannedArea.of(Area.CHEEKS, "0.5"));

        Assessment before = on(LocalDate.of(2024, 12, 31), nurse);
        Assessment from = on(LocalDate.of(2025, 1, 1), nurse);

        assertThat(before.jurisdictionProfile().version()).isEqualTo("2026-11");
        assertThat(DsxCases.findings(before, NOT_IN_SCOPE)).singleElement()
                .satisfies(finding -> assertThat(finding.rationale()).contains("TMB Rule 193.17 (legalclarity"));
        assertThat(from.jurisdictionProfile().version()).isEqualTo("2026-12");
        assertThat(from.jurisdictionProfile().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(DsxCases.findings(from, NOT_IN_SCOPE)).singleElement()
                .satisfies(finding -> assertThat(finding.rationale()).contains("22 TAC chapter 169", "verify"));
        assertThat(from.decision()).isEqualTo(before.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void utahSb330FromTheFirstOfJanuary2026KeepsRfPhysicianLevel() {
        DsxCases.Variant rf = DsxCases.clean().jurisdiction("US-UT")
                .practitioner(Credential.MASTER_ESTHETICIAN, true).plan(p -> p.device(Device.RF_MICRONEEDLING))
                .areas(PlannedArea.of(Area.NECK, "0.5"));

        Assessment before = on(LocalDate.of(2025, 12, 31), rf);
        Assessment from = on(LocalDate.of(2026, 1, 1), rf);

        assertThat(before.jurisdictionProfile().source()).isEqualTo("Utah Admin Code R156-11a-611(5)");
        assertThat(from.jurisdictionProfile().source()).startsWith("Utah Code 58-11a-302.18 (SB 330");
        for (Assessment assessment : new Assessment[] {before, from}) {
            assertThat(DsxCases.findings(assessment, "MN-D05-RF-NOT-IN-SCOPE")).singleElement()
                    .satisfies(finding -> assertThat(finding.rationale())
                            .contains(assessment.jurisdictionProfile().source()));
            assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        }
        Assessment pen = on(LocalDate.of(2026, 1, 1), rf.plan(p -> p.device(Device.PEN)));
        assertThat(pen.decision()).as("SB 330 leaves approved apparatus in master-esthetics scope")
                .isEqualTo(Decision.PROCEED);
    }

    @ParameterizedTest(name = "Scotland {0} in {1}: refused {2}")
    @CsvSource({
            "2027-09-05, UNLICENSED_PREMISES, false",
            "2027-09-06, UNLICENSED_PREMISES, true",
            "2027-09-06, HOME, true",
            "2027-09-06, LICENSED_PREMISES, false",
            "2027-09-06, MEDICAL_CLINIC, false"})
    void scotlandsOrderAsksForLicensedPremisesFromTheSixthOfSeptember2027(LocalDate day, Setting setting,
                                                                         boolean refused) {
        Assessment assessment = on(day, DsxCases.clean().jurisdiction("GB-SCT")
                .practitioner(Credential.LICENSED_AESTHETIC_PRACTITIONER, false).setup(s -> s.setting(setting))
                .areas(PlannedArea.of(Area.NECK, "0.5")));

        assertThat(assessment.jurisdictionProfile().version()).isEqualTo(day.getDayOfMonth() == 5 ? "2026-12"
                : "2027-09");
        if (!refused) {
            assertThat(DsxCases.findings(assessment, SETTING)).isEmpty();
            return;
        }
        assertThat(DsxCases.findings(assessment, SETTING)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.caseWide()).isTrue();
            assertThat(finding.summary()).isEqualTo("Do not proceed in " + setting + ": under the GB-SCT profile"
                    + " microneedling is allowed only in MEDICAL_CLINIC, LICENSED_PREMISES");
            assertThat(finding.rationale()).contains("version 2027-09 (from 2027-09-06)", "SSI 2026/87");
            assertThat(finding.basis()).containsExactly("setup.setting: " + setting, "jurisdiction: GB-SCT");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
    }

    @Test
    void scotlandsActAppliesOnNoDayUntilAClinicSetsItsCommencement() {
        Assessment assessment = on(LocalDate.of(2031, 1, 1), DsxCases.clean().jurisdiction("GB-SCT")
                .practitioner(Credential.PHYSICIAN, false).setup(s -> s.setting(Setting.LICENSED_PREMISES))
                .plan(p -> p.device(Device.RF_MICRONEEDLING)).areas(PlannedArea.of(Area.NECK, "2.0")));

        assertThat(assessment.jurisdictionProfile().version()).isEqualTo("2027-09");
        assertThat(DsxCases.findings(assessment, RESTRICTED)).isEmpty();
        assertThat(Cases.ADVISOR.jurisdictions().get("GB-SCT").versions().get(2).validFrom()).isNull();
    }

    @Test
    void scotlandsActOnceItsCommencementIsSetRestrictsRfDeepNeedlingAndTopicalPrp() throws IOException {
        Path copy = scotlandCommencingOn("2028-01-01");
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().jurisdictionProfile(copy).build();
             SafetyAdvisor prpAllowed = SafetyAdvisor.builder().jurisdictionProfile(copy).configuration(
                     ClinicConfiguration.builder().set("topicalPrpRestricted", "0").build()).build()) {
            DsxCases.Variant rf = DsxCases.clean().jurisdiction("GB-SCT").practitioner(Credential.PHYSICIAN, false)
                    .setup(s -> s.setting(Setting.LICENSED_PREMISES)).plan(p -> p.device(Device.RF_MICRONEEDLING))
                    .areas(PlannedArea.of(Area.NECK, "0.5"));
            LocalDate before = LocalDate.of(2027, 12, 31);
            LocalDate from = LocalDate.of(2028, 1, 1);

            Assessment rfBefore = on(advisor, before, rf);
            Assessment rfFrom = on(advisor, from, rf);
            Assessment rfInClinic = on(advisor, from, rf.setup(s -> s.setting(Setting.MEDICAL_CLINIC)));

            assertThat(rfBefore.jurisdictionProfile().version()).isEqualTo("2027-09");
            assertThat(DsxCases.findings(rfBefore, RESTRICTED)).isEmpty();
            assertThat(rfBefore.decision()).isEqualTo(Decision.PROCEED);
            assertThat(rfFrom.jurisdictionProfile().version()).isEqualTo("act-2026");
            assertThat(DsxCases.findings(rfFrom, RESTRICTED)).singleElement().satisfies(finding -> {
                assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
                assertThat(finding.summary()).isEqualTo("Do not proceed in LICENSED_PREMISES: under the GB-SCT profile"
                        + " this is a restricted procedure, allowed only on permitted premises ([MEDICAL_CLINIC])");
                assertThat(finding.rationale()).contains("version act-2026 (from 2028-01-01)", "asp 13",
                        "RF microneedling at any depth", "1.5 mm or deeper");
                assertThat(finding.basis()).containsExactly("plan.device: RF_MICRONEEDLING",
                        "setup.setting: LICENSED_PREMISES", "jurisdiction: GB-SCT");
            });
            assertThat(rfFrom.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(DsxCases.findings(rfInClinic, RESTRICTED)).isEmpty();

            DsxCases.Variant pen = DsxCases.clean().jurisdiction("GB-SCT").practitioner(Credential.PHYSICIAN, false)
                    .setup(s -> s.setting(Setting.LICENSED_PREMISES));
            assertThat(DsxCases.findings(on(advisor, from, pen.areas(PlannedArea.of(Area.NECK, "1.4"))), RESTRICTED))
                    .isEmpty();
            assertThat(DsxCases.findings(on(advisor, from, pen.areas(PlannedArea.of(Area.CHEEKS, "0.5"),
                    PlannedArea.of(Area.NECK, "1.5"))), RESTRICTED)).singleElement()
                    .satisfies(finding -> assertThat(finding.basis()).startsWith("plan.areas[1]: NECK at 1.5 mm"));

            DsxCases.Variant prp = pen.areas(PlannedArea.of(Area.NECK, "0.5")).setup(s -> s
                    .bloodHandlingCompliant(true)).plan(p -> p.topicals(new Topical(TopicalProduct.PRP, true)));
            assertThat(DsxCases.findings(on(advisor, from, prp), RESTRICTED)).singleElement().satisfies(finding -> {
                assertThat(finding.basis()).startsWith("plan.topicals[0].product: PRP");
                assertThat(finding.rationale()).contains("Topical PRP is treated as restricted",
                        "topicalPrpRestricted");
            });
            assertThat(DsxCases.findings(on(prpAllowed, from, prp), RESTRICTED)).isEmpty();
        }
    }

    @Test
    void ahpraAsksARegisteredNurseForAYearOfGeneralNursingFromTheSecondOfSeptember2025() {
        DsxCases.Variant unknown = DsxCases.clean().jurisdiction("AU-NSW")
                .practitioner(new Practitioner(Credential.REGISTERED_NURSE, true, false, 10))
                .areas(PlannedArea.of(Area.CHEEKS, "0.5"));
        LocalDate before = LocalDate.of(2025, 9, 1);
        LocalDate from = LocalDate.of(2025, 9, 2);

        Assessment unknownBefore = on(before, unknown);
        Assessment unknownFrom = on(from, unknown);
        Assessment none = on(from, unknown.practitioner(new Practitioner(Credential.REGISTERED_NURSE, true, false,
                10, 0)));
        Assessment oneYear = on(from, unknown.practitioner(new Practitioner(Credential.REGISTERED_NURSE, true, false,
                10, 1)));
        Assessment practitioner = on(from, unknown.practitioner(Credential.NURSE_PRACTITIONER, false));

        assertThat(unknownBefore.jurisdictionProfile().version()).isEqualTo("2026-11");
        assertThat(unknownBefore.decision()).isEqualTo(Decision.PROCEED);
        assertThat(unknownFrom.jurisdictionProfile().validFrom()).isEqualTo(from);
        assertThat(DsxCases.findings(unknownFrom, NURSING)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
            assertThat(finding.referTo()).isEqualTo(Referral.QUALIFIED_PRACTITIONER);
            assertThat(finding.rationale()).contains("Ahpra", "general nursing experience is unknown");
            assertThat(finding.basis()).containsExactly("practitioner.credential: REGISTERED_NURSE",
                    "practitioner.generalNursingYears: unknown", "jurisdiction: AU-NSW");
        });
        assertThat(unknownFrom.decision()).isEqualTo(Decision.DO_NOT_PROCEED);
        assertThat(DsxCases.findings(none, NURSING)).singleElement()
                .satisfies(finding -> assertThat(finding.basis()).contains("practitioner.generalNursingYears: 0"));
        assertThat(oneYear.findings()).isEmpty();
        assertThat(oneYear.decision()).isEqualTo(Decision.PROCEED);
        assertThat(DsxCases.findings(practitioner, NURSING)).isEmpty();
    }

    @ParameterizedTest(name = "New South Wales {0}, age {1}, consulted {2} days before: cooling off {3}")
    @CsvSource(nullValues = "null", value = {
            "2025-09-01, 17, null, false",
            "2025-09-02, 17, null, true",
            "2025-09-02, 17, 6, true",
            "2025-09-02, 17, 7, false",
            "2025-09-02, 18, null, false",
            "2025-09-02, 16, 0, true"})
    void ahpraAsksPatientsUnder18ToCoolOffForSevenDaysFromTheSecondOfSeptember2025(LocalDate day, int age,
                                                                                  Integer daysAgo,
                                                                                  boolean coolingOff) {
        LocalDate consulted = daysAgo == null ? null : day.minusDays(daysAgo);
        Assessment assessment = on(day, DsxCases.clean().jurisdiction("AU-NSW").patient(p -> p.ageYears(age))
                .plan(p -> p.consultationDate(consulted)).areas(PlannedArea.of(Area.CHEEKS, "0.5")));

        if (!coolingOff) {
            assertThat(DsxCases.findings(assessment, COOLING_OFF)).isEmpty();
            assertThat(assessment.decision()).isIn(Decision.PROCEED, Decision.PROCEED_WITH_PRECAUTIONS);
            return;
        }
        assertThat(DsxCases.findings(assessment, COOLING_OFF)).singleElement().satisfies(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.deferUntil()).isEqualTo(consulted == null ? null : consulted.plusDays(7));
            assertThat(finding.summary()).contains(consulted == null ? "the consultation date is unknown"
                    : "Defer until " + consulted.plusDays(7));
            assertThat(finding.basis()).containsExactly("assessmentDate: " + day, "patient.ageYears: " + age,
                    "plan.consultationDate: " + (consulted == null ? "unknown" : consulted), "jurisdiction: AU-NSW");
        });
        assertThat(assessment.decision()).isEqualTo(Decision.DEFER);
    }

    /** A clinic's copy of the built-in Scotland profile with the Act's commencement set. */
    private Path scotlandCommencingOn(String day) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "needlesafe/jurisdictions/GB-SCT.profile")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains("validFrom = not yet set");
        return Files.writeString(dir.resolve("GB-SCT.profile"), text.replace("validFrom = not yet set",
                "validFrom = " + day));
    }
}
