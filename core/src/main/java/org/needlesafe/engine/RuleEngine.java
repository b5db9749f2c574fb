package org.needlesafe.engine;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.ClasspathKieProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;
import org.needlesafe.RuleDescription;
import org.needlesafe.RulePackException;
import org.needlesafe.RuleSessions;
import org.needlesafe.rules.Firing;
import org.needlesafe.rules.Report;

/**
 * The one class that knows Drools: it compiles the rule pack once (the class path's {@code kmodule.xml}, or DRL files)
 * and runs assessments on pooled sessions that are always returned, as many at once as the pool holds. Thread-safe.
 * Rule metadata is read by {@link RuleMetadata}, the pack's files found by {@link PackSources}, failures worded by
 * {@link PackFailures}.
 */
public final class RuleEngine implements AutoCloseable, RuleRunner {
    /** The kbase the rule pack's {@code kmodule.xml} declares. */
    public static final String KIE_BASE = "needlesafe";
    private static final String REPORT_GLOBAL = "report";

    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final Map<String, RuleDescription> rulesByName;
    private final Map<String, byte[]> sources;
    private final SessionCount sessions = new SessionCount();
    /**
     * Turns at the rules, one per pooled session. Firing rules is CPU-bound: more assessments at once than that only
     * time-slices them, each on a session of its own that the pool then keeps, cold in the caches when its turn
     * comes round again. Eight threads on two processors ran about 3 times slower without this bound (BENCHMARKS.md).
     */
    private final Semaphore turns;

    /** The files and their bytes by their names in the module, for a pack built from files; else empty. */
    private RuleEngine(KieContainer container, ClassLoader loader, int poolSize, Map<String, Path> files,
                       Map<String, byte[]> fileSources) {
        // Whatever fails below, the compiled container is released: an engine is either whole or not there at all.
        try {
            this.container = container;
            KieBase kieBase = container.getKieBase(KIE_BASE);
            List<RuleMetadata.Declared> declared = new ArrayList<>();
            for (KiePackage kiePackage : kieBase.getKiePackages()) {
                for (Rule rule : kiePackage.getRules()) {
                    declared.add(new RuleMetadata.Declared(rule.getName(), origin(rule, kiePackage, files),
                            rule.getMetaData()));
                }
            }
            this.rulesByName = RuleMetadata.read(declared);
            this.sources = fileSources.isEmpty() ? PackSources.onClassPath(loader,
                    kieBase.getKiePackages().stream().map(KiePackage::getName).toList()) : fileSources;
            this.pool = container.newKieSessionsPool(poolSize);
            // Not fair: a fair semaphore hands every turn to a parked thread, which ran about half as fast.
            this.turns = new Semaphore(poolSize);
        } catch (RuntimeException e) {
            container.dispose();
            throw e;
        }
    }

    /** The rule pack on the class path: {@code META-INF/kmodule.xml} with the kbase {@code needlesafe}. */
    public static RuleEngine fromClassPath(ClassLoader loader, int poolSize) {
        URL kmodule = PackSources.theOnePack(loader);
        KieContainer container;
        try {
            // Exactly that kmodule is loaded. (Drools' own class-path scan, newKieClasspathContainer, would also load
            // every other kmodule of the host's class path, and log each one's file-system path at INFO.)
            InternalKieModule module = ClasspathKieProject.fetchKModule(kmodule);
            if (module == null) {
                throw PackFailures.withoutPom(kmodule);
            }
            KieServices services = KieServices.get();
            services.getRepository().addKieModule(module);
            container = services.newKieContainer(module.getReleaseId(), loader);
        } catch (RuntimeException e) {
            throw e instanceof RulePackException failure ? failure : PackFailures.doesNotCompile(e);
        }
        if (!container.getKieBaseNames().contains(KIE_BASE)) {
            container.dispose();
            throw PackFailures.noKbase(KIE_BASE);
        }
        // The executable model was checked when the pack was built; a DRL-only pack is compiled here (only with the
        // Drools compiler on the class path), and its errors fail the kbase.
        try {
            container.getKieBase(KIE_BASE);
        } catch (LinkageError | ServiceConfigurationError e) {
            container.dispose();
            throw PackFailures.compilerMissing(e);
        } catch (RuntimeException e) {
            // Only now, on the failure path, ask for the errors one by one, with their files and lines.
            try {
                failOnErrors(container.verify(), "the rule pack", Map.of());
            } finally {
                container.dispose();
            }
            throw PackFailures.doesNotCompile(e);
        }
        RuleEngine engine = new RuleEngine(container, loader, poolSize, Map.of(), Map.of());
        if (engine.rules().isEmpty()) {
            engine.close();
            throw PackFailures.noRules(KIE_BASE);
        }
        return engine;
    }

    /** DRL files compiled in a private, uniquely named module; errors name the file as given, with its line. */
    public static RuleEngine fromFiles(List<Path> drlFiles, int poolSize) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.needlesafe", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem module = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        module.writeKModuleXML(PackSources.kmoduleOfFiles(KIE_BASE));
        Map<String, Path> files = PackSources.namedInModule(drlFiles);
        Map<String, byte[]> contents = PackSources.read(files);
        contents.forEach((name, bytes) -> module.write(name, new String(bytes, StandardCharsets.UTF_8)));
        KieContainer container;
        try {
            failOnErrors(services.newKieBuilder(module).buildAll().getResults(), "the rule files", files);
            container = services.newKieContainer(releaseId);
        } catch (LinkageError | ServiceConfigurationError e) {
            throw PackFailures.compilerMissing(e);
        }
        // The repository is process-wide; the container keeps what it needs, so nothing global is left behind.
        services.getRepository().removeKieModule(releaseId);
        return new RuleEngine(container, RuleEngine.class.getClassLoader(), poolSize, files, contents);
    }

    /** The rules by DRL name, from their metadata. */
    public Map<String, RuleDescription> rules() {
        return rulesByName;
    }

    @Override
    public List<String> run(List<Object> facts, Report report, boolean outputsOnly) {
        return run(facts, report, outputsOnly, Set.of());
    }

    /**
     * The same with rules switched off by DRL name, on the same pack: the knockout gate's seam. Waits its turn when
     * the pool size's assessments are already running (a wait of a few assessments' time, not interrupted).
     */
    public List<String> run(List<Object> facts, Report report, boolean outputsOnly, Set<String> switchedOff) {
        turns.acquireUninterruptibly();
        try {
            return runOnASession(facts, report, outputsOnly, switchedOff);
        } finally {
            turns.release();
        }
    }

    private List<String> runOnASession(List<Object> facts, Report report, boolean outputsOnly,
                                       Set<String> switchedOff) {
        KieSession session = pool.newKieSession();
        sessions.taken();
        Trace trace = new Trace(rulesByName, outputsOnly, switchedOff);
        try {
            session.setGlobal(REPORT_GLOBAL, report);
            facts.forEach(session::insert);
            // The filter sees each match just before it fires: the trace without an event listener per case.
            session.fireAllRules(match -> trace.admit(match.getRule().getName()));
            return trace.fired();
        } finally {
            try {
                session.dispose();
            } finally {
                sessions.returned();
            }
        }
    }

    /** The rule firing now, from what a consequence calls {@code drools}, whether the pack runs as DRL or model. */
    static Firing firing(Object drools) {
        RuleContext context = (RuleContext) drools;
        return new Firing(context.getRule().getName(), context.getMatch().getObjects());
    }

    /** The sessions in use, opened so far, and held by the kbase (the pooled ones, idle or in use). */
    public RuleSessions sessions() {
        return sessions.now(container.getKieBase(KIE_BASE).getKieSessions().size());
    }

    /** The text of every source that put something into the kbase, by its name in the module: what is hashed. */
    public Map<String, byte[]> sources() {
        return sources;
    }

    @Override
    public void close() {
        pool.shutdown();
        container.dispose();
    }

    private static void failOnErrors(Results results, String what, Map<String, Path> files) {
        List<PackFailures.CompileError> errors = results.getMessages(Message.Level.ERROR).stream()
                .map(error -> new PackFailures.CompileError(PackSources.location(error.getPath(), files),
                        error.getLine(), error.getText())).toList();
        if (!errors.isEmpty()) {
            throw PackFailures.doesNotCompile(what, errors);
        }
    }

    /** Where a rule was written: its file when Drools knows it, else its package. */
    private static String origin(Rule rule, KiePackage kiePackage, Map<String, Path> files) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        return resource == null || resource.getSourcePath() == null
                ? kiePackage.getName() : PackSources.location(resource.getSourcePath(), files);
    }
}
