package org.needlesafe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.clearance.KnowledgeBaseItems;

/** Quality gates on the rule pack's metadata: the build fails when one breaks. */
class RuleMetadataTest {
    // A rule's metadata, up to its "when", as written in the DRL.
    private static final Pattern RULE_HEADER = Pattern.compile("(?s)^rule\\s+\"[^\"]*\"(.*?)^when",
            Pattern.MULTILINE);
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static final Pattern CLEARED_SUMMARY = Pattern.compile("@clearedSummary\\(\"([^\"]*)\"\\)");

    @Test
    void theKnowledgeBaseIsFound() throws IOException {
        assertThat(KnowledgeBase.items()).contains("C-01", "C-20", "D-06", "S-06", "X-01", "A-02", "Q-03", "E");
    }

    @Test
    void everyRuleCitesKnowledgeBaseItemsThatExist() throws IOException {
        Set<String> items = KnowledgeBase.items();
        for (RuleDescription rule : Cases.ADVISOR.rules()) {
            assertThat(items).as("KB items of %s", rule.id()).containsAll(KbItem.ids(rule.kb()));
        }
    }

    @Test
    void everyKnowledgeBaseItemHasARule() throws IOException {
        Set<String> covered = new TreeSet<>();
        Cases.ADVISOR.rules().forEach(rule -> covered.addAll(KbItem.ids(rule.kb())));

        assertThat(covered).as("knowledge-base items implemented by at least one rule")
                .containsAll(KnowledgeBase.items());
    }

    @Test
    void aClearanceMayCiteExactlyTheKnowledgeBasesItems() throws IOException {
        Set<String> items = new TreeSet<>(KnowledgeBase.items());
        items.remove("E");

        assertThat(KnowledgeBaseItems.all()).containsExactlyInAnyOrderElementsOf(items);
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
                .filteredOn(rule -> KbItem.ids(rule.kb()).stream().anyMatch(kb -> kb.startsWith("S-")
                        || kb.equals("D-04") || kb.equals("C-01") || kb.equals("C-11")))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.clearable()).as("%s is clearable", rule.id()).isFalse());
    }

    @Test
    void everyClearableRuleSaysHowItsFindingReadsOnceCleared() throws IOException {
        Map<String, String> clearedSummaries = clearedSummaries();
        Set<String> clearable = Cases.ADVISOR.rules().stream().filter(RuleDescription::clearable)
                .map(RuleDescription::id).collect(Collectors.toSet());

        assertThat(clearedSummaries.keySet()).as("rules with @clearedSummary, against the clearable rules")
                .containsExactlyInAnyOrderElementsOf(clearable);
        assertThat(clearedSummaries).allSatisfy((id, summary) -> {
            assertThat(summary).as(id).isNotBlank().hasSizeLessThanOrEqualTo(140).matches("[A-Z][^\\n]*[^.]")
                    .doesNotContain("$", "+");
            assertThat(ContraindicationWordingTest.advisesStopping(summary)).as(id).isFalse();
        });
    }

    /** Each rule's {@code @clearedSummary}, by rule id, read from the DRL (the engine does not report it yet). */
    private static Map<String, String> clearedSummaries() throws IOException {
        Path rules = KnowledgeBase.repositoryRoot().resolve("rules-drl/src/main/resources/needlesafe/rules");
        Map<String, String> summaries = new TreeMap<>();
        int headers = 0;
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher header = RULE_HEADER.matcher(Files.readString(file));
                while (header.find()) {
                    headers++;
                    Matcher id = ID.matcher(header.group(1));
                    Matcher summary = CLEARED_SUMMARY.matcher(header.group(1));
                    if (id.find() && summary.find()) {
                        summaries.put(id.group(1), summary.group(1));
                    }
                }
            }
        }
        assertThat(headers).as("rule headers read from the DRL").isEqualTo(Cases.ADVISOR.rules().size());
        return summaries;
    }
}
