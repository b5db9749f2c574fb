package org.needlesafe.plan;

/**
 * A product applied before or during needling.
 *
 * @param product             required
 * @param sterileForProcedure sterile and intended for use on needled skin; {@code null} is unknown
 */
public record Topical(TopicalProduct product, Boolean sterileForProcedure) {
}
