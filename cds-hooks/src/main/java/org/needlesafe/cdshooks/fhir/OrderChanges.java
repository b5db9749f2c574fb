package org.needlesafe.cdshooks.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.needlesafe.Assessment;
import org.needlesafe.Finding;
import org.needlesafe.PlanChange;
import org.needlesafe.plan.Area;
import org.needlesafe.text.DisplayNames;
import org.needlesafe.plan.TopicalProduct;

/**
 * The changes to a microneedling order that make a {@code MODIFY_PLAN} assessment safe today: every finding's
 * plan change, and leaving out each area that cannot be treated today (the roll-up's "treat the cleared areas,
 * leave the others out"). Applied together to one copy of the order, so that accepting the suggestion is one
 * consistent update.
 */
public final class OrderChanges {
    private static final DisplayNames NAMES = DisplayNames.english();

    private OrderChanges() {
    }

    /** The changes, without repeats: the lowest depth per area, each removal once. */
    public static List<PlanChange> of(Assessment assessment) {
        Map<Area, BigDecimal> depths = new EnumMap<>(Area.class);
        Set<Area> removedAreas = new TreeSet<>();
        Set<TopicalProduct> removedTopicals = new TreeSet<>();
        boolean omitAnesthetic = false;
        for (Finding finding : assessment.findings()) {
            PlanChange change = finding.planChange();
            if (change == null) {
                continue;
            }
            if (change.area() != null && change.maxDepthMm() != null) {
                depths.merge(change.area(), change.maxDepthMm(), BigDecimal::min);
            }
            if (change.removeArea() != null) {
                removedAreas.add(change.removeArea());
            }
            if (change.removeTopical() != null) {
                removedTopicals.add(change.removeTopical());
            }
            omitAnesthetic |= change.omitAnesthetic();
        }
        assessment.areaDecisions().forEach((area, decision) -> {
            if (!decision.treatableToday()) {
                removedAreas.add(area);
            }
        });
        List<PlanChange> changes = new ArrayList<>();
        depths.forEach((area, depth) -> {
            if (!removedAreas.contains(area)) {
                changes.add(PlanChange.maxDepth(area, depth));
            }
        });
        removedAreas.forEach(area -> changes.add(PlanChange.removeArea(area)));
        removedTopicals.forEach(product -> changes.add(PlanChange.removeTopical(product)));
        if (omitAnesthetic) {
            changes.add(PlanChange.withoutAnesthetic());
        }
        return changes;
    }

    /**
     * A copy of the order with the changes made. A bodySite that stands for several areas (the face) takes the
     * lowest depth asked for any of them, and is left out whole when one of them is left out: the conservative way.
     *
     * @param areaSites for each planned area, the index of the bodySite it came from
     */
    public static ServiceRequest apply(ServiceRequest order, Map<Area, Integer> areaSites, List<PlanChange> changes) {
        ServiceRequest changed = order.copy();
        Set<Integer> removedSites = new TreeSet<>(Comparator.reverseOrder());
        for (PlanChange change : changes) {
            if (change.maxDepthMm() != null && areaSites.containsKey(change.area())) {
                lowerDepth(changed.getBodySite().get(areaSites.get(change.area())), change.maxDepthMm());
            } else if (change.removeArea() != null && areaSites.containsKey(change.removeArea())) {
                removedSites.add(areaSites.get(change.removeArea()));
            } else if (change.removeTopical() != null) {
                changed.getExtension().removeIf(extension -> NeedlesafeFhir.TOPICAL.equals(extension.getUrl())
                        && isProduct(extension, change.removeTopical()));
            } else if (change.omitAnesthetic()) {
                changed.getExtension().removeIf(extension -> NeedlesafeFhir.TOPICAL_ANESTHETIC.equals(extension.getUrl()));
                changed.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(false));
            }
        }
        removedSites.forEach(index -> changed.getBodySite().remove((int) index));
        return changed;
    }

    /** What a change does, in the clinic's words. */
    public static String describe(PlanChange change) {
        if (change.maxDepthMm() != null) {
            return "reduce " + NAMES.of(change.area()) + " to " + change.maxDepthMm().toPlainString() + " mm";
        }
        if (change.removeArea() != null) {
            return "leave out " + NAMES.of(change.removeArea());
        }
        if (change.removeTopical() != null) {
            return "do not apply " + NAMES.of(change.removeTopical());
        }
        return "omit the topical anaesthetic";
    }

    private static void lowerDepth(CodeableConcept site, BigDecimal maxDepthMm) {
        Extension extension = site.getExtensionByUrl(NeedlesafeFhir.NEEDLE_DEPTH);
        if (extension != null && extension.getValue() instanceof Quantity quantity && quantity.hasValue()
                && quantity.getValue().compareTo(maxDepthMm) <= 0) {
            return;
        }
        site.getExtension().removeIf(candidate -> NeedlesafeFhir.NEEDLE_DEPTH.equals(candidate.getUrl()));
        site.addExtension(NeedlesafeFhir.NEEDLE_DEPTH, new Quantity().setValue(maxDepthMm).setUnit("mm")
                .setSystem("http://unitsofmeasure.org").setCode("mm"));
    }

    private static boolean isProduct(Extension topical, TopicalProduct product) {
        Extension code = topical.getExtensionByUrl(NeedlesafeFhir.TOPICAL_PRODUCT);
        if (code == null) {
            return false;
        }
        if (code.getValue() instanceof Coding coding) {
            return product.name().equals(coding.getCode());
        }
        return code.getValue() instanceof PrimitiveType<?> value && product.name().equals(value.getValueAsString());
    }
}
