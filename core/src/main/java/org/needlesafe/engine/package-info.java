/**
 * Internal: the engine behind {@link org.needlesafe.SafetyAdvisor}. Not API: its public types serve the project's
 * own modules (the JSON reader's validation, the benchmarks' yardstick, the rule catalogue) and may change in any
 * release; embedders use {@code org.needlesafe} and the packages its types name.
 *
 * <p>Where to look: a valid case is decided by {@link org.needlesafe.engine.Decider} (facts, rules, clearances, the
 * roll-up, and the explicit second pass of a {@code MODIFY_PLAN} case); Drools is in
 * {@link org.needlesafe.engine.RuleEngine} and nowhere else; a rule's DRL metadata is read and checked by
 * {@code RuleMetadata}, the pack's files found by {@code PackSources}; the case decision is rolled up by
 * {@code Rollup}; a case is checked by {@link org.needlesafe.engine.CaseValidator}. A
 * {@link org.needlesafe.engine.RulePack} is the loaded rules (by name and id), their version and what runs them.
 */
package org.needlesafe.engine;
