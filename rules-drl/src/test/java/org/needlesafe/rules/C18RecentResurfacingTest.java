package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.needlesafe.rules.ContraindicationCases.ALTERED;
import static org.needlesafe.rules.ContraindicationCases.ago;
import static org.needlesafe.rules.ContraindicationCases.TODAY;
import static org.needlesafe.rules.ContraindicationCases.areas;
import static org.needlesafe.rules.ContraindicationCases.assertScope;
import static org.needlesafe.rules.ContraindicationCases.daysAgo;
import static org.needlesafe.rules.ContraindicationCases.medication;
import static org.needlesafe.rules.ContraindicationCases.monthsAgo;
import static org.needlesafe.rules.ContraindicationCases.procedure;
import static org.needlesafe.rules.ContraindicationCases.scenario;
import static org.needlesafe.rules.ContraindicationCases.single;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.Finding;
import org.needlesafe.Referral;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.patient.Medication;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.patient.ProcedureCode;
import org.needlesafe.patient.RecentProcedure;
import org.needlesafe.plan.Area;
import org.needlesafe.practitioner.Credential;

/**
 * C-18: a topical retinoid within retinoidGapDays (3), a superficial peel, laser or IPL within peelLaserGapDays (14)
 * defer; a deep peel within deepResurfacingGapMonths (3) is for a physician.
 */
class C18RecentResurfacingTest {
    private static final String RETINOID = "MN-C18-TOPICAL-RETINOID";
    private static final String PEEL_LASER = "MN-C18-PEEL-LASER";
    private static final String DEEP = "MN-C18-DEEP-PEEL";
    private static final String DEEP_PHYSICIAN = "MN-C18-DEEP-PEEL-PHYSICIAN";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // last use ("current" / "unknown" / days ago), deferUntil days from today
        "current, 3",
        "unknown, 3",
        "2,       1",
        "3,       null",
        "4,       null",
    })
    void aTopicalRetinoidDefersTheWholeCase(String lastUse, Integer deferDays) {
        Medication retinoid = medication(MedicationCode.TOPICAL_RETINOID, lastUse);

        List<Finding> findings = scenario().areas(Area.CHEEKS, Area.NECK).medications(retinoid).findings(RETINOID);

        if (deferDays == null) {
            assertThat(findings).isEmpty();
            return;
        }
        Finding finding = single(findings);
        assertThat(finding.decision()).isEqualTo(Decision.DEFER);
        assertThat(finding.caseWide()).isTrue();
        assertThat(finding.deferUntil()).isEqualTo(TODAY.plusDays(deferDays));
    }

    @ParameterizedTest
    @CsvSource({
        // code,                   days ago, where,  planned,     expected
        "CHEMICAL_PEEL_SUPERFICIAL, 13,      CHEEKS, CHEEKS NECK, CHEEKS",
        "CHEMICAL_PEEL_SUPERFICIAL, 14,      CHEEKS, CHEEKS NECK, -",
        "LASER_RESURFACING,         0,       NECK,   CHEEKS NECK, NECK",
        "LASER_RESURFACING,         15,      NECK,   CHEEKS NECK, -",
        "IPL,                       7,       ,       CHEEKS NECK, *",
        "IPL,                       7,       HANDS,  CHEEKS NECK, -",
        "MICRONEEDLING,             7,       CHEEKS, CHEEKS,      -",
    })
    void aPeelLaserOrIplDefersItsAreas(ProcedureCode code, int daysAgo, Area where, String planned,
                                       String expected) {
        RecentProcedure procedure = procedure(code, daysAgo(daysAgo), where);

        List<Finding> findings = scenario().areas(areas(planned)).procedures(procedure).findings(PEEL_LASER);

        assertScope(findings, expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.decision()).isEqualTo(Decision.DEFER);
            assertThat(finding.deferUntil()).isEqualTo(daysAgo(daysAgo).plusDays(14));
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // peel date,   credential,         rule,           decision
        "3m-1d,         NURSE_PRACTITIONER, DEEP,           DEFER",
        "3m-1d,         DERMATOLOGIST,      DEEP_PHYSICIAN, PROCEED_WITH_PRECAUTIONS",
        "1m,            MASTER_ESTHETICIAN, DEEP,           DEFER",
        "3m,            NURSE_PRACTITIONER, null,           null",
        "3m,            PHYSICIAN,          null,           null",
        "3m+1d,         NURSE_PRACTITIONER, null,           null",
    })
    void aDeepPeelIsForAPhysician(String when, Credential credential, String rule, Decision decision) {
        LocalDate date = ago(when);
        ContraindicationCases.Scenario scenario = scenario().by(credential).areas(Area.CHEEKS, Area.NECK)
                .procedures(RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_DEEP, date, Area.CHEEKS));

        List<Finding> deep = scenario.findings(DEEP);
        List<Finding> physician = scenario.findings(DEEP_PHYSICIAN);

        if (rule == null) {
            assertThat(deep).isEmpty();
            assertThat(physician).isEmpty();
            return;
        }
        Finding finding = single(rule.equals("DEEP") ? deep : physician);
        assertThat(rule.equals("DEEP") ? physician : deep).isEmpty();
        assertThat(finding.decision()).isEqualTo(decision);
        assertThat(finding.area()).isEqualTo(Area.CHEEKS);
        if (rule.equals("DEEP")) {
            assertThat(finding.referTo()).isEqualTo(Referral.PHYSICIAN);
            assertThat(finding.deferUntil()).isEqualTo(date.plusMonths(3));
        }
    }

    @ParameterizedTest
    @CsvSource({"PHYSICIAN, true", "PRESCRIBER, false"})
    void aPhysicianClearsADeepPeel(ClearingRole by, boolean cleared) {
        Finding finding = single(scenario().by(Credential.NURSE_PRACTITIONER)
                .procedures(RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_DEEP, monthsAgo(1), Area.CHEEKS))
                .clearance("C-18", by, daysAgo(1)).findings(DEEP));
        assertThat(finding.cleared() != null).isEqualTo(cleared);
    }

    @ParameterizedTest
    @CsvSource({
        // altered clinic: retinoidGapDays 10, peelLaserGapDays 30, deepResurfacingGapMonths 6
        "TOPICAL_RETINOID, 9,  1",
        "TOPICAL_RETINOID, 10, 0",
        "PEEL,             29, 1",
        "PEEL,             30, 0",
        "DEEP,             5,  1",
        "DEEP,             6,  0",
    })
    void theWindowsFollowTheConfiguration(String what, int ago, int expected) {
        ContraindicationCases.Scenario scenario = scenario().by(Credential.NURSE_PRACTITIONER);
        String rule = switch (what) {
            case "TOPICAL_RETINOID" -> {
                scenario.medications(Medication.stopped(MedicationCode.TOPICAL_RETINOID, daysAgo(ago)));
                yield RETINOID;
            }
            case "PEEL" -> {
                scenario.procedures(RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_SUPERFICIAL, daysAgo(ago)));
                yield PEEL_LASER;
            }
            default -> {
                scenario.procedures(RecentProcedure.of(ProcedureCode.CHEMICAL_PEEL_DEEP, monthsAgo(ago)));
                yield DEEP;
            }
        };
        assertThat(scenario.findings(ALTERED, rule)).hasSize(expected);
    }
}
