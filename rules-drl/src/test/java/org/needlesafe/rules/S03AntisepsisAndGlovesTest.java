package org.needlesafe.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlesafe.Decision;
import org.needlesafe.setup.Antisepsis;

/** S-03: skin antisepsis and gloves. */
class S03AntisepsisAndGlovesTest {

    @ParameterizedTest(name = "{0}: refused {1}")
    @CsvSource({"NONE, true", "ALCOHOL, false", "CHLORHEXIDINE, false", "POVIDONE_IODINE, false"})
    void anyAntisepticWillDoButNoneWillNot(Antisepsis antisepsis, boolean fires) {
        S01NeedlesTest.assertSterility(DsxCases.clean().setup(s -> s.skinAntisepsis(antisepsis)).assess(),
                "MN-S03-NO-ANTISEPSIS", fires, Decision.DO_NOT_PROCEED, "setup.skinAntisepsis: NONE");
    }

    @ParameterizedTest(name = "gloves {0}: refused {1}")
    @CsvSource({"false, true", "true, false"})
    void noGlovesIsRefused(boolean gloves, boolean fires) {
        S01NeedlesTest.assertSterility(DsxCases.clean().setup(s -> s.gloves(gloves)).assess(),
                "MN-S03-NO-GLOVES", fires, Decision.DO_NOT_PROCEED, "setup.gloves: false");
    }
}
