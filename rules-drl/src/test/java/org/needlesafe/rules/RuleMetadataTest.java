package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.needlesafe.RuleDescription;

/** Quality gates on the rule pack's metadata: the build fails when one breaks. */
class RuleMetadataTest {

    @Test
    void theKnowledgeBaseIsFound() throws IOException {
        assertThat(KnowledgeBase.items()).contains("C-01", "C-20", "D-06", "S-06", "X-01", "A-02", "Q-03", "E");
    }

    @Test
    void everyRuleCitesKnowledgeBaseItemsThatExist() throws IOException {
        Set<String> items = KnowledgeBase.items();
        for (RuleDescription rule : Cases.ADVISOR.rules()) {
            assertThat(items).as("KB items of %s", rule.id()).containsAll(rule.kb());
        }
    }

    @Test
    void everyKnowledgeBaseItemHasARule() throws IOException {
        Set<String> covered = new TreeSet<>();
        Cases.ADVISOR.rules().forEach(rule -> covered.addAll(rule.kb()));

        assertThat(covered).as("knowledge-base items implemented by at least one rule")
                .containsAll(KnowledgeBase.items());
    }

    @Test
    void everyRuleHasSourceEvidenceAndAStableId() {
        assertThat(Cases.ADVISOR.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("MN-[A-Z0-9-]+");
            assertThat(rule.source()).isNotBlank();
            assertThat(rule.evidence()).isNotNull();
            if (rule.decision() != null) {
                assertThat(rule.category()).as("category of %s", rule.id()).isNotNull();
                assertThat(rule.scope()).as("scope of %s", rule.id()).isNotNull();
            }
        });
    }

    @Test
    void sterilityScopeOfPracticeActiveInfectionAndSuspiciousLesionsAreNeverClearable() {
        assertThat(Cases.ADVISOR.rules())
                .filteredOn(rule -> rule.kb().stream().anyMatch(kb -> kb.startsWith("S-") || kb.equals("D-04")
                        || kb.equals("C-01") || kb.equals("C-11")))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.clearable()).as("%s is clearable", rule.id()).isFalse());
    }
}
