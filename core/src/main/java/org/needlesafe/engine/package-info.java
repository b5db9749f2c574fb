/**
 * Internal: the engine behind {@link org.needlesafe.SafetyAdvisor}. Not API: its public types serve the project's
 * own modules (the JSON reader's validation, the benchmarks' yardstick, the rule catalogue) and may change in any
 * release; embedders use {@code org.needlesafe} and the packages its types name.
 *
 * <p>Where to look: the advisor loads its rules through {@link org.needlesafe.engine.RulePackLoader}, the service
 * behind {@link org.needlesafe.LoadedRules} ({@code LoadedRulePack}: the compiled engine, its pack and content hash),
 * so the API's package names no class of this one. A case is checked by
 * {@link org.needlesafe.engine.CaseValidator} and a valid one decided by {@link org.needlesafe.engine.Decider} (facts,
 * rules, clearances, the roll-up, and the explicit second pass of a {@code MODIFY_PLAN} case); Drools is in
 * {@link org.needlesafe.engine.RuleEngine} and nowhere else (its failures worded by {@code PackFailures}, its sessions
 * counted by {@code SessionCount}, each run's trace kept by {@code Trace}); a rule's DRL metadata is read and checked
 * by {@code RuleMetadata}, the pack's files found by {@code PackSources}; the case decision is rolled up by
 * {@code Rollup}, after {@code Clearances}. A {@link org.needlesafe.engine.RulePack} is the loaded rules (by name and
 * id), their version and what runs them.
 */
package org.needlesafe.engine;
