package org.needlesafe.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.needlesafe.RuleSessions;

/** How many rule sessions were taken from the pool and given back: the advisor's diagnostic, costing nothing. */
final class SessionCount {
    private final AtomicInteger inUse = new AtomicInteger();
    private final AtomicLong opened = new AtomicLong();

    void taken() {
        opened.incrementAndGet();
        inUse.incrementAndGet();
    }

    void returned() {
        inUse.decrementAndGet();
    }

    /** The counts now, with the sessions the kbase holds. */
    RuleSessions now(int held) {
        return new RuleSessions(inUse.get(), opened.get(), held);
    }
}
