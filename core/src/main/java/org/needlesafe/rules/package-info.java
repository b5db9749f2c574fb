/**
 * What the DRL rules see and write: one fact per input entry that names its own contract path
 * ({@link org.needlesafe.rules.ContractPath}; the case's fields the rules cite are in
 * {@link org.needlesafe.rules.CaseFields}, so no rule spells a path by hand), the unknown screening answers, the contract's date arithmetic, and the {@link org.needlesafe.rules.Report} global the rules write
 * findings, side effects and aftercare into. Public because the DRL needs it; embedders do not. Nothing here knows
 * Drools: the engine tells the report which rule is firing ({@link org.needlesafe.rules.Firing}).
 */
package org.needlesafe.rules;
