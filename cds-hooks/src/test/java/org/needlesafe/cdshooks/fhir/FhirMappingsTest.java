package org.needlesafe.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.patient.ConditionCode;
import org.needlesafe.patient.MedicationCode;
import org.needlesafe.plan.Area;

/** The mapping tables are data files, loaded and checked at start-up. */
class FhirMappingsTest {
    private static final String HEADER = "system\tcode\tdisplay\tneedlesafe\tsource\n";

    @TempDir
    Path dir;

    @Test
    void theBuiltInTablesLoad() {
        FhirMappings mappings = FhirMappings.builtIn();

        assertThat(mappings.conditions.lookup("http://snomed.info/sct", "1475003"))
                .containsExactly(ConditionCode.HERPES_SIMPLEX);
        assertThat(mappings.bodySites.lookup("http://snomed.info/sct", "89545001")).hasSize(7);
        assertThat(mappings.medications.lookup("http://www.nlm.nih.gov/research/umls/rxnorm", "1191"))
                .containsExactly(new FhirMappings.MedicationTarget(MedicationCode.ANTIPLATELET,
                        MedicationCode.NSAID_OR_SUPPLEMENT));
    }

    @Test
    void everyNeedlesafeCodeCanBeSentInItsOwnCodeSystem() {
        FhirMappings mappings = FhirMappings.builtIn();

        for (Area area : Area.values()) {
            assertThat(mappings.bodySites.lookup(NeedlesafeFhir.codeSystem("area"), area.name())).containsExactly(area);
        }
        assertThat(mappings.conditions.lookup(NeedlesafeFhir.codeSystem("condition"), "NO_SUCH_CODE")).isEmpty();
    }

    @Test
    void extraRowsFromTheConfigurationAreAdded() throws IOException {
        Path extra = write("conditions.tsv", HEADER + "http://example.org/local\tCS-1\tCold sore\tHERPES_SIMPLEX\tclinic\n");

        FhirMappings mappings = FhirMappings.load(Map.of("conditions", extra));

        assertThat(mappings.conditions.lookup("http://example.org/local", "CS-1"))
                .containsExactly(ConditionCode.HERPES_SIMPLEX);
    }

    @Test
    void anUnknownTargetCodeFailsTheStartUpNamingFileAndLine() throws IOException {
        Path extra = write("bad.tsv", "# comment\n" + HEADER
                + "http://example.org/local\tX\tx\tCOLD_SORE\tclinic\n"
                + "http://example.org/local\tY\ty\tHERPES_SIMPLEX\n"
                + "http://snomed.info/sct\t1475003\tagain\tHERPES_SIMPLEX\tclinic\n");

        assertThatThrownBy(() -> FhirMappings.load(Map.of("conditions", extra)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(extra + ":3: 'COLD_SORE' is not a needlesafe condition code")
                .hasMessageContaining(extra + ":4: expected 5 tab-separated columns, found 4")
                .hasMessageContaining(extra + ":5: http://snomed.info/sct 1475003 is already mapped at"
                        + " needlesafe/fhir/conditions.tsv:");
    }

    @Test
    void aMissingHeaderOrAnUnknownTableFails() throws IOException {
        Path noHeader = write("x.tsv", "http://example.org\tX\tx\tHERPES_SIMPLEX\tclinic\n");

        assertThatThrownBy(() -> FhirMappings.load(Map.of("conditions", noHeader)))
                .hasMessageContaining(noHeader + ":1: the header must be");
        assertThatThrownBy(() -> FhirMappings.load(Map.of("diagnoses", noHeader)))
                .hasMessageContaining("mappings.diagnoses: unknown table");
    }

    @Test
    void aMedicationNeedsAtLeastOneSide() throws IOException {
        Path extra = write("m.tsv", HEADER + "http://example.org\tX\tx\t-/-\tclinic\n");

        assertThatThrownBy(() -> FhirMappings.load(Map.of("medications", extra)))
                .hasMessageContaining("'-/-' is not a needlesafe medication code");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
