package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.needlesafe.RuleCatalogue;

/**
 * docs/RULES.md is generated from the rule metadata; the build fails when the committed file is stale. Regenerate
 * with {@code -Dneedlesafe.writeCatalogue=true}.
 */
class RuleCatalogueTest {

    @Test
    void theCommittedCatalogueMatchesTheRules() throws IOException {
        Path file = KnowledgeBase.repositoryRoot().resolve("docs").resolve("RULES.md");
        String generated = RuleCatalogue.markdown(Cases.ADVISOR.rules(), Cases.ADVISOR.rulesetVersion());
        if (Boolean.getBoolean("needlesafe.writeCatalogue")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }

        assertThat(file).as("docs/RULES.md exists (regenerate with -Dneedlesafe.writeCatalogue=true)").exists();
        assertThat(Files.readString(file))
                .as("docs/RULES.md is stale: regenerate with -Dneedlesafe.writeCatalogue=true")
                .isEqualTo(generated);
    }
}
