package org.needlesafe;

/**
 * A diagnostic of an advisor's rule sessions, for health checks, leak tests and soak runs: the advisor keeps a pool
 * of Drools sessions and returns each to it after every assessment. Reading it costs no assessment anything.
 *
 * @param inUse  sessions taken from the pool and not yet given back: zero whenever no assessment is running
 * @param opened sessions taken from the pool since the advisor was built (one or two per assessment)
 * @param held   sessions the compiled rules hold, idle or in use: at most the pool size, however many threads assess
 */
public record RuleSessions(int inUse, long opened, int held) {
}
