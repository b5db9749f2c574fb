package org.needlesafe;

import java.lang.reflect.Field;
import org.kie.api.runtime.KieContainer;
import org.needlesafe.engine.RuleEngine;

/**
 * For the soak only: how many rule sessions the advisor's kbase holds (the pooled ones, idle or in use). The
 * advisor does not expose its engine, so this looks inside by reflection; it is a diagnostic, not an API.
 */
public final class SessionCount {
    private SessionCount() {
    }

    public static int of(SafetyAdvisor advisor) {
        try {
            RuleEngine engine = (RuleEngine) read(SafetyAdvisor.class, "engine", advisor);
            KieContainer container = (KieContainer) read(RuleEngine.class, "container", engine);
            return container.getKieBase(RuleEngine.KIE_BASE).getKieSessions().size();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot count the advisor's sessions: " + e, e);
        }
    }

    private static Object read(Class<?> type, String name, Object from) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(from);
    }
}
