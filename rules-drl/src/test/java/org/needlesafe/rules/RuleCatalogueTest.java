package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.needlesafe.engine.RuleCatalogue;
import org.needlesafe.jurisdiction.Jurisdiction;

/**
 * docs/RULES.md is generated from the rule metadata; the build fails when the committed file is stale. Regenerate
 * with {@code -Dneedlesafe.writeCatalogue=true}.
 */
class RuleCatalogueTest {

    @Test
    void theCommittedCatalogueMatchesTheRules() throws IOException {
        Path file = KnowledgeBase.repositoryRoot().resolve("docs").resolve("RULES.md");
        String generated = RuleCatalogue.markdown(Cases.ADVISOR.rules(), Cases.ADVISOR.rulesetVersion(),
                Cases.ADVISOR.jurisdictions());
        if (Boolean.getBoolean("needlesafe.writeCatalogue")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }

        assertThat(file).as("docs/RULES.md exists (regenerate with -Dneedlesafe.writeCatalogue=true)").exists();
        assertThat(Files.readString(file))
                .as("docs/RULES.md is stale: regenerate with -Dneedlesafe.writeCatalogue=true")
                .isEqualTo(generated);
    }

    @Test
    void theCatalogueListsEveryVersionOfEveryProfile() {
        String catalogue = RuleCatalogue.markdown(Cases.ADVISOR.rules(), Cases.ADVISOR.rulesetVersion(),
                Cases.ADVISOR.jurisdictions());

        for (String id : Cases.ADVISOR.jurisdictions().ids()) {
            Cases.ADVISOR.jurisdictions().get(id).versions().forEach(version -> assertThat(catalogue)
                    .contains("| `" + id + "` " + version.name() + " | " + version.version() + " | "
                            + Jurisdiction.span(version) + " | " + version.source().replace("|", "\\|") + " | "
                            + version.lastChecked() + " |"));
        }
        assertThat(catalogue).contains("| `GB-SCT` Scotland, United Kingdom | act-2026 | from a start not yet set |",
                "| `US-UT` Utah, United States | 2026-11 | from 1900-01-01 until 2025-12-31 |");
    }
}
