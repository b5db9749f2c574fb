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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
import org.needlesafe.rules.Firing;
import org.needlesafe.rules.Report;

/**
 * The one class that knows Drools. It compiles the rule pack once (the class path's {@code kmodule.xml}, or given
 * DRL files) and runs assessments on pooled sessions that are always returned. Thread-safe. The rules' metadata is
 * read by {@link RuleMetadata}, the pack's files found by {@link PackSources}.
 */
public final class RuleEngine implements AutoCloseable, RuleRunner {
    /** The kbase the rule pack's {@code kmodule.xml} declares. */
    public static final String KIE_BASE = "needlesafe";
    private static final String REPORT_GLOBAL = "report";

    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final Map<String, RuleDescription> rulesByName;
    private final Map<String, byte[]> sources;
    private final AtomicInteger sessionsInUse = new AtomicInteger();
    private final AtomicLong sessionsOpened = new AtomicLong();

    /**
     * @param files       for a pack built from files, each file by its name in the module; empty for the class path
     * @param fileSources their bytes by the same names; empty for the class path, whose sources are read beside it
     */
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
                throw new RulePackException(kmodule + ": the rule pack cannot be loaded (no pom.properties beside"
                        + " its kmodule.xml)");
            }
            KieServices services = KieServices.get();
            services.getRepository().addKieModule(module);
            container = services.newKieContainer(module.getReleaseId(), loader);
        } catch (RulePackException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RulePackException("the rule pack does not compile: " + e.getMessage());
        }
        // The rule pack's executable model was checked when it was built; a DRL-only pack on the class path is
        // compiled here (only with the Drools compiler on the class path), and its errors fail the kbase
        // (container.verify() adds nothing but a warning that an executable model has no DRL to build).
        try {
            if (!container.getKieBaseNames().contains(KIE_BASE)) {
                throw new RulePackException("no kbase '" + KIE_BASE
                        + "' on the class path: is needlesafe-rules-drl there?");
            }
            container.getKieBase(KIE_BASE);
        } catch (RulePackException e) {
            container.dispose();
            throw e;
        } catch (LinkageError | ServiceConfigurationError e) {
            container.dispose();
            throw compilerMissing(e);
        } catch (RuntimeException e) {
            // Only now, on the failure path, ask for the errors one by one, with their files and lines.
            try {
                failOnErrors(container.verify(), "the rule pack", Map.of());
            } finally {
                container.dispose();
            }
            throw new RulePackException("the rule pack does not compile: " + e.getMessage());
        }
        RuleEngine engine = new RuleEngine(container, loader, poolSize, Map.of(), Map.of());
        if (engine.rules().isEmpty()) {
            // Drools finds the executable model by the Maven coordinates of the jar holding kmodule.xml; a fat jar
            // whose first pom.properties is another artifact's yields an empty kbase, never assess with that.
            engine.close();
            throw new RulePackException("the kbase '" + KIE_BASE + "' on the class path has no rules: in a shaded"
                    + " jar, keep needlesafe-rules-drl's META-INF/maven/**/pom.properties and no other");
        }
        return engine;
    }

    /** Compiling DRL at run time needs parts of Drools an application adds only when it does so. */
    private static RulePackException compilerMissing(Throwable e) {
        return new RulePackException("compiling DRL at run time needs the Drools compiler on the class path (add"
                + " org.drools:drools-compiler and org.drools:drools-mvel): " + e);
    }

    /**
     * A rule pack made of the given DRL files, compiled in a private, uniquely named module. Errors name the file
     * as given, with its line.
     */
    public static RuleEngine fromFiles(List<Path> drlFiles, int poolSize) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.needlesafe", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem module = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        module.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + KIE_BASE
                + "\" packages=\"*\" default=\"true\"><ksession name=\"needlesafe-session\" default=\"true\"/>"
                + "</kbase></kmodule>");
        Map<String, Path> files = PackSources.namedInModule(drlFiles);
        Map<String, byte[]> contents = PackSources.read(files);
        contents.forEach((name, bytes) -> module.write(name, new String(bytes, StandardCharsets.UTF_8)));
        KieContainer container;
        try {
            failOnErrors(services.newKieBuilder(module).buildAll().getResults(), "the rule files", files);
            container = services.newKieContainer(releaseId);
        } catch (LinkageError | ServiceConfigurationError e) {
            throw compilerMissing(e);
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
     * The same with some rules switched off by DRL name, without rebuilding the pack: the knockout gate's seam, which
     * shows that every rule is needed by some scenario.
     */
    public List<String> run(List<Object> facts, Report report, boolean outputsOnly, Set<String> switchedOff) {
        KieSession session = pool.newKieSession();
        sessionsOpened.incrementAndGet();
        sessionsInUse.incrementAndGet();
        List<String> fired = new ArrayList<>();
        try {
            session.setGlobal(REPORT_GLOBAL, report);
            for (Object fact : facts) {
                session.insert(fact);
            }
            // The filter sees each match just before it fires: it records the trace without adding and removing an
            // event listener for every case, and for the second pass lets through only the rules that describe the
            // treatment.
            session.fireAllRules(match -> {
                String name = match.getRule().getName();
                if (outputsOnly && rulesByName.get(name).decision() != null || switchedOff.contains(name)) {
                    return false;
                }
                fired.add(name);
                return true;
            });
            return fired;
        } finally {
            try {
                session.dispose();
            } finally {
                sessionsInUse.decrementAndGet();
            }
        }
    }

    /**
     * The rule firing now, read from what a consequence calls {@code drools}: a {@link RuleContext} whether the pack
     * runs as DRL or as Drools' executable model.
     */
    static Firing firing(Object drools) {
        RuleContext context = (RuleContext) drools;
        return new Firing(context.getRule().getName(), context.getMatch().getObjects());
    }

    /** Sessions taken from the pool and not yet given back: zero whenever no assessment is running. */
    public int sessionsInUse() {
        return sessionsInUse.get();
    }

    /** Sessions taken from the pool since the engine was built. */
    public long sessionsOpened() {
        return sessionsOpened.get();
    }

    /** Sessions the kbase holds: the pooled ones, idle or in use. */
    public int sessionsHeld() {
        return container.getKieBase(KIE_BASE).getKieSessions().size();
    }

    /**
     * The text of every source that put a rule, function or type into the kbase, by its name in the module (e.g.
     * {@code needlesafe/rules/sterility.drl}): what the rule-set hash is computed over.
     */
    public Map<String, byte[]> sources() {
        return sources;
    }

    @Override
    public void close() {
        pool.shutdown();
        container.dispose();
    }

    private static void failOnErrors(Results results, String what, Map<String, Path> files) {
        List<Message> errors = results.getMessages(Message.Level.ERROR);
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(what + " does not compile:");
        for (Message error : errors) {
            text.append("\n  ").append(PackSources.location(error.getPath(), files))
                    .append(error.getLine() > 0 ? ":" + error.getLine() : "")
                    .append(": ").append(error.getText().strip().replace("\n", "\n      "));
        }
        throw new RulePackException(text.toString());
    }

    /** Where a rule was written: its file when Drools knows it, else its package. */
    private static String origin(Rule rule, KiePackage kiePackage, Map<String, Path> files) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        return resource == null || resource.getSourcePath() == null
                ? kiePackage.getName() : PackSources.location(resource.getSourcePath(), files);
    }
}
