package org.needlesafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A basis line as a person reads it: its path as it is, its value in the language's words, never English in Spanish. */
class BasisWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "patient.conditions[0]: HERPES_SIMPLEX ACTIVE in PERIORAL, onset 2026-11-22"
                + " | patient.conditions[0]: herpes simplex (cold sore) active in perioral area, onset 2026-11-22"
                + " | patient.conditions[0]: herpes simple (herpes labial) activa en zona peribucal, desde el 22 de"
                + " noviembre de 2026",
        "plan.areas[0]: PERIORBITAL at 1.0 mm | plan.areas[0]: periorbital area at 1.0 mm"
                + " | plan.areas[0]: zona periorbitaria a 1,0 mm",
        "patient.recentProcedures[0]: NEUROTOXIN on 2026-11-20 in FOREHEAD"
                + " | patient.recentProcedures[0]: neurotoxin injection on 2026-11-20 in forehead"
                + " | patient.recentProcedures[0]: inyección de neurotoxina el 20 de noviembre de 2026 en frente",
        "clearances[0]: C-08 by PRESCRIBER on 2026-11-01, not accepted"
                + " | clearances[0]: C-08 by prescriber on 2026-11-01, not accepted"
                + " | clearances[0]: C-08 por profesional que lo recetó el 1 de noviembre de 2026, no aceptada",
        "patient.medications[1]: ANTICOAGULANT STOPPED, last dose unknown"
                + " | patient.medications[1]: anticoagulant stopped, last dose unknown"
                + " | patient.medications[1]: anticoagulante suspendido, última dosis desconocida",
        "plan.topicals[0]: VITAMIN_C_SERUM, sterileForProcedure false"
                + " | plan.topicals[0]: vitamin C serum, sterileForProcedure false"
                + " | plan.topicals[0]: sérum de vitamina C, estéril para el procedimiento: no",
        "plan.areas: 3 planned, 3 off the face | plan.areas: 3 planned, 3 off the face"
                + " | plan.areas: 3 planificadas, 3 fuera de la cara",
        "patient.pregnant: unknown | patient.pregnant: unknown | patient.pregnant: desconocido",
        "practitioner.microneedlingTraining: true | practitioner.microneedlingTraining: true"
                + " | practitioner.microneedlingTraining: sí",
        "jurisdiction: US-CA | jurisdiction: US-CA | jurisdiction: US-CA",
    })
    void aBasisLineIsWrittenInTheLanguageItsPathAsItIs(String line, String english, String spanish) {
        assertThat(Words.english().basis(line)).as("English: codes as words, the rest as the contract writes it")
                .isEqualTo(english);
        assertThat(Words.in(Language.SPANISH).basis(line)).isEqualTo(spanish);
    }

    @Test
    void aDecimalTakesTheLanguagesSeparatorDigitForDigit() {
        assertThat(Words.english().decimal(new BigDecimal("0.50"))).isEqualTo("0.50");
        assertThat(Words.in(Language.SPANISH).decimal(new BigDecimal("0.50"))).isEqualTo("0,50");
    }
}
