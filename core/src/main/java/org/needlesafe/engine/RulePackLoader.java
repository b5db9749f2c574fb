package org.needlesafe.engine;

import java.nio.file.Path;
import java.util.List;
import org.needlesafe.LoadedRules;
import org.needlesafe.JurisdictionProfiles;

/** The engine as the service a {@link org.needlesafe.SafetyAdvisor} loads its rules with. Not API. */
public final class RulePackLoader implements LoadedRules.Loader {

    /** The service loader's constructor. */
    public RulePackLoader() {
    }

    @Override
    public LoadedRules load(ClassLoader classLoader, List<Path> ruleFiles, int poolSize,
                            JurisdictionProfiles profiles) {
        return LoadedRulePack.load(classLoader, ruleFiles, poolSize, profiles);
    }
}
