/**
 * needlesafe's public API: the advisor, the case it assesses and the assessment it returns, the clinic's
 * configuration, jurisdiction profiles, the audit trail and the words a clinician reads. The engine's internals and
 * the rule pack's fact model are not exported: Drools stays behind the advisor.
 */
module org.needlesafe.core {
    // Only the engine sees Drools; none of its types is in an exported signature, so nothing here is transitive.
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.compiler;
    requires org.slf4j;

    exports org.needlesafe;
    exports org.needlesafe.audit;
    exports org.needlesafe.clearance;
    exports org.needlesafe.configuration;
    exports org.needlesafe.jurisdiction;
    exports org.needlesafe.patient;
    exports org.needlesafe.plan;
    exports org.needlesafe.practitioner;
    exports org.needlesafe.setup;
    exports org.needlesafe.text;

    // The catalogues are read through class loaders, which find a named module's resources only in open packages.
    opens org.needlesafe.text;

    // The DRL's fact model: compiled against by the rule pack only; open at run time, as Drools needs it: the
    // executable model's code, MVEL's reflection and the consequences of DRL compiled at start-up (Builder#ruleFiles),
    // which are generated into a class loader's unnamed module.
    exports org.needlesafe.rules to org.needlesafe.rulepack;
    opens org.needlesafe.rules;

    // The case validator, for the JSON reader, which reports the core's problems beside its own.
    exports org.needlesafe.engine to org.needlesafe.json;
    // The advisor finds the engine that runs its rules as a service, so that the API depends on no engine class.
    uses org.needlesafe.LoadedRules.Loader;
    provides org.needlesafe.LoadedRules.Loader with org.needlesafe.engine.RulePackLoader;

    // The key-value file reader, for the CDS Hooks service's and the handout's settings files.
    exports org.needlesafe.internal to org.needlesafe.cdshooks, org.needlesafe.handout;
}
