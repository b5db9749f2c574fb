package org.needlesafe;

import java.util.List;
import java.util.Set;
import org.needlesafe.clearance.ClearingRole;

/**
 * One rule of the loaded rule pack, from its DRL metadata: the rule catalogue's row.
 *
 * @param id          stable forever, e.g. {@code MN-C01-ACTIVE-INFECTION} ({@code @id})
 * @param name        the DRL rule name
 * @param kb          the knowledge-base items it implements ({@code @kb}, comma-separated)
 * @param category    {@code @category}
 * @param decision    the decision its findings carry ({@code @decision}); {@code null} for rules that only add
 *                    side effects or aftercare
 * @param scope       where its findings apply ({@code @scope}); {@code null} for rules that raise no finding
 * @param evidence    {@code @evidence}
 * @param source      the knowledge base's source keys ({@code @source})
 * @param clearableBy the roles whose clearance lowers its finding ({@code @clearableBy}); empty when not clearable
 * @param clearedSummary the finding's summary once a clearance applies ({@code @clearedSummary}); {@code null} when
 *                    not clearable
 */
public record RuleDescription(String id, String name, List<KbItem> kb, Category category, Decision decision,
                              Scope scope, Evidence evidence, String source, Set<ClearingRole> clearableBy,
                              String clearedSummary) {

    /**
     * Copies the lists and sets, so the record cannot change.
     *
     * @param id             stable forever, e.g. {@code MN-C01-ACTIVE-INFECTION} ({@code @id})
     * @param name           the DRL rule name
     * @param kb             the knowledge-base items it implements ({@code @kb}, comma-separated)
     * @param category       {@code @category}
     * @param decision       the decision its findings carry ({@code @decision}); {@code null} for rules that only add
     *                       side effects or aftercare
     * @param scope          {@code CASE}, {@code AREA} or {@code CASE_OR_AREA} ({@code @scope})
     * @param evidence       {@code @evidence}
     * @param source         the knowledge base's source keys ({@code @source})
     * @param clearableBy    the roles whose clearance lowers its finding ({@code @clearableBy}); empty when not
     *                       clearable
     * @param clearedSummary the finding's summary once a clearance applies ({@code @clearedSummary}); {@code null} when
     *                       not clearable
     */
    public RuleDescription {
        kb = List.copyOf(kb);
        clearableBy = Set.copyOf(clearableBy);
    }

    /**
     * Whether a documented clearance may lower this rule's finding.
     *
     * @return whether any role may clear it
     */
    public boolean clearable() {
        return !clearableBy.isEmpty();
    }
}
