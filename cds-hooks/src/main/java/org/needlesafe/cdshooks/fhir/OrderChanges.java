package org.needlesafe.cdshooks.fhir;

import java.math.BigDecimal;
import java.util.Comparator;
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
import org.needlesafe.PlanChanges;
import org.needlesafe.plan.Area;
import org.needlesafe.plan.TopicalProduct;

/**
 * The {@link PlanChanges} of a {@code MODIFY_PLAN} assessment made to a microneedling order: applied together to one
 * copy of the order, so that accepting the suggestion is one consistent update.
 */
public final class OrderChanges {

    private OrderChanges() {
    }

    /**
     * A copy of the order with the changes made. A bodySite that stands for several areas (the face) takes the
     * lowest depth asked for any of them, and is left out whole when one of them is left out: the conservative way.
     *
     * @param areaSites for each planned area, the index of the bodySite it came from
     */
    public static ServiceRequest apply(ServiceRequest order, Map<Area, Integer> areaSites, PlanChanges changes) {
        ServiceRequest changed = order.copy();
        changes.maxDepths().forEach((area, maxDepthMm) -> {
            if (areaSites.containsKey(area)) {
                lowerDepth(changed.getBodySite().get(areaSites.get(area)), maxDepthMm);
            }
        });
        Set<Integer> removedSites = new TreeSet<>(Comparator.reverseOrder());
        changes.removedAreas().stream().filter(areaSites::containsKey).map(areaSites::get).forEach(removedSites::add);
        removedSites.forEach(index -> changed.getBodySite().remove((int) index));
        changed.getExtension().removeIf(extension -> NeedlesafeFhir.TOPICAL.equals(extension.getUrl())
                && changes.removedTopicals().stream().anyMatch(product -> isProduct(extension, product)));
        if (changes.omitAnesthetic()) {
            changed.getExtension().removeIf(extension -> NeedlesafeFhir.TOPICAL_ANESTHETIC.equals(extension.getUrl()));
            changed.addExtension(NeedlesafeFhir.TOPICAL_ANESTHETIC, new BooleanType(false));
        }
        return changed;
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
