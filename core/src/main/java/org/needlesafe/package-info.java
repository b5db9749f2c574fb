/**
 * needlesafe: pre-procedure safety decision support for microneedling.
 *
 * <p>Build one {@link org.needlesafe.SafetyAdvisor} per application and share it; give it a
 * {@link org.needlesafe.TreatmentCase} and read the {@link org.needlesafe.Assessment}: the
 * {@link org.needlesafe.Decision}, the {@link org.needlesafe.Finding}s with their reasons and basis, the area
 * decisions and the missing information. Bad input throws {@link org.needlesafe.InvalidCaseException} with every
 * {@link org.needlesafe.Problem}; a rule pack that cannot be used fails at start-up with
 * {@link org.needlesafe.RulePackException}.
 *
 * <p>This package and the ones its types name (patient, plan, practitioner, setup, clearance, jurisdiction,
 * configuration, audit) are the API. {@code org.needlesafe.engine} holds the engine's internals and
 * {@code org.needlesafe.rules} the facts the DRL rules see; neither is API, and this package names neither: the
 * advisor loads its rules through {@link org.needlesafe.LoadedRules}, which the engine provides as a service (not for
 * embedders). A case enters at {@link org.needlesafe.SafetyAdvisor#assess(org.needlesafe.TreatmentCase)}.
 */
package org.needlesafe;
