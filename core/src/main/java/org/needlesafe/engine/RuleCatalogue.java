package org.needlesafe.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.KbItem;
import org.needlesafe.RuleDescription;
import org.needlesafe.jurisdiction.Jurisdiction;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.JurisdictionProfiles;

/**
 * The rule catalogue as Markdown, generated from the rules' metadata ({@code docs/RULES.md} in the repository):
 * one row per rule with its id, knowledge-base items, category, decision, scope, who may clear it, evidence and
 * source; and, when given the jurisdiction profiles, every version of every profile with the days it applies, its
 * legal source and the day that source was last checked.
 */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    /**
     * The rules and every version of the jurisdiction profiles, as the Markdown of the rule catalogue.
     *
     * @param rules          the rule pack's rules
     * @param rulesetVersion the rule pack's version
     * @param profiles       the loaded jurisdiction profiles
     * @return the catalogue, in Markdown
     */
    public static String markdown(Collection<RuleDescription> rules, String rulesetVersion,
                                  JurisdictionProfiles profiles) {
        StringBuilder text = new StringBuilder(markdown(rules, rulesetVersion));
        text.append("\n## Jurisdiction profile versions\n\n")
                .append("Scope of practice comes from these profiles. The assessment date picks the version; a version")
                .append(" whose start is not yet set applies on no day until a clinic sets it in its own copy of the")
                .append(" profile. Every version is to be verified against current law.\n\n")
                .append("| Profile | Version | Applies | Legal source | Last checked | Note |\n")
                .append("|---|---|---|---|---|---|\n");
        for (String id : profiles.ids()) {
            Jurisdiction profile = profiles.get(id);
            for (JurisdictionProfile version : profile.versions()) {
                text.append("| `").append(id).append("` ").append(cell(profile.name())).append(" | ")
                        .append(version.version()).append(" | ")
                        .append(Jurisdiction.span(version)).append(" | ")
                        .append(cell(version.source())).append(" | ")
                        .append(version.lastChecked()).append(" | ")
                        .append(cell(version.note())).append(" |\n");
            }
        }
        return text.toString();
    }

    /**
     * The rules alone, as the Markdown of the rule catalogue.
     *
     * @param rules          the rule pack's rules
     * @param rulesetVersion the rule pack's version
     * @return the catalogue, in Markdown
     */
    public static String markdown(Collection<RuleDescription> rules, String rulesetVersion) {
        List<RuleDescription> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing((RuleDescription rule) -> kbOrder(rule.kb().get(0).id()))
                .thenComparing(RuleDescription::id));
        StringBuilder text = new StringBuilder();
        text.append("# Rule catalogue\n\n")
                .append("Generated from the DRL metadata of rule set ").append(rulesetVersion)
                .append(" by `RuleCatalogueTest`; do not edit by hand. Regenerate with\n")
                .append("`mvn -B -pl rules-drl -am verify -Dneedlesafe.writeCatalogue=true`.\n\n")
                .append("Decisions are the finding's own; the case decision follows the contract's roll-up. ")
                .append("Scope: `CASE` applies to the whole case, `AREA` to one planned area, `CASE_OR_AREA` to the ")
                .append("areas where the fact is (the whole case when it is not localised). A clearable finding drops ")
                .append("to `PROCEED_WITH_PRECAUTIONS` under a matching clearance by one of the listed roles.\n\n")
                .append(sorted.size()).append(" rules.\n\n")
                .append("| Rule id | KB | Category | Decision | Scope | Clearable by | Evidence | Source | Rule |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (RuleDescription rule : sorted) {
            text.append("| `").append(rule.id()).append("` | ")
                    .append(String.join(", ", KbItem.ids(rule.kb()))).append(" | ")
                    .append(rule.category() == null ? "—" : rule.category()).append(" | ")
                    .append(rule.decision() == null ? "— (output only)" : rule.decision()).append(" | ")
                    .append(rule.scope() == null ? "—" : rule.scope()).append(" | ")
                    .append(rule.clearable() ? rule.clearableBy().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", ")) : "no").append(" | ")
                    .append(rule.evidence()).append(" | ")
                    .append(cell(rule.source())).append(" | ")
                    .append(cell(rule.name())).append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Knowledge-base order: Q, C, D, S, X, E, A; then the item number. */
    private static String kbOrder(String item) {
        String sections = "QCDSXEA";
        int section = sections.indexOf(item.charAt(0));
        return (section < 0 ? 9 : section) + item;
    }
}
