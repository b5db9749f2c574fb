package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.needlesafe.Assessment;
import org.needlesafe.Decision;
import org.needlesafe.KbItem;
import org.needlesafe.setup.Setting;

/** S-04: client records, and premises fit for a professional treatment. */
class S04RecordsAndPremisesTest {

    @ParameterizedTest(name = "clientRecordsKept {0}: fires {1}")
    @CsvSource({"false, true", "true, false", ", false"})
    void keepClientAndLotRecords(Boolean kept, boolean fires) {
        Assessment assessment = DsxCases.clean().setup(s -> s.clientRecordsKept(kept)).assess();

        S01NeedlesTest.assertSterility(assessment, "MN-S04-NO-CLIENT-RECORDS", fires,
                Decision.PROCEED_WITH_PRECAUTIONS, "setup.clientRecordsKept: false");
        assertThat(assessment.missingInformation()).as("an optional fact").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Setting.class, names = {"UNLICENSED_PREMISES", "HOME"})
    void unlicensedPremisesOrAHomeAreRefused(Setting setting) {
        Assessment assessment = DsxCases.clean().setup(s -> s.setting(setting)).assess();

        S01NeedlesTest.assertSterility(assessment, "MN-S04-UNLICENSED-SETTING", true, Decision.DO_NOT_PROCEED,
                "setup.setting: " + setting);
        assertThat(KbItem.ids(assessment.findings().get(0).kb())).containsExactly("D-04", "S-04");
    }

    @ParameterizedTest
    @EnumSource(value = Setting.class, names = {"MEDICAL_CLINIC", "LICENSED_PREMISES"})
    void clinicsAndLicensedPremisesAreFine(Setting setting) {
        S01NeedlesTest.assertSterility(DsxCases.clean().setup(s -> s.setting(setting)).assess(),
                "MN-S04-UNLICENSED-SETTING", false, Decision.DO_NOT_PROCEED, "");
    }
}
