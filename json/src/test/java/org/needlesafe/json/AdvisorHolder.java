package org.needlesafe.json;

import org.needlesafe.SafetyAdvisor;

/** One advisor with the real rule pack for every test class; compiling the rules takes a few seconds. */
final class AdvisorHolder {
    static final SafetyAdvisor ADVISOR = SafetyAdvisor.builder().sessionPoolSize(1).build();

    private AdvisorHolder() {
    }
}
