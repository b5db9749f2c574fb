package org.needlesafe.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.ClasspathKieProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
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
import org.needlesafe.Category;
import org.needlesafe.Decision;
import org.needlesafe.Evidence;
import org.needlesafe.RuleDescription;
import org.needlesafe.RulePackException;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.rules.Report;

/**
 * The one class that knows Drools. It compiles the rule pack once (the class path's {@code kmodule.xml}, or given
 * DRL files), checks every rule's metadata, and runs assessments on pooled sessions that are always returned.
 * Thread-safe.
 */
public final class RuleEngine implements AutoCloseable, Decider.RuleRunner {
    public static final String KIE_BASE = "needlesafe";
    private static final String REPORT_GLOBAL = "report";

    private static final String FILES_ROOT = "src/main/resources/";
    private static final String KMODULE = "META-INF/kmodule.xml";
    private static final Pattern DECLARES_KBASE = Pattern.compile("<kbase\\b[^>]*\\bname\\s*=\\s*[\"']" + KIE_BASE
            + "[\"']");

    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final Map<String, RuleDescription> rulesByName;
    private final Map<String, byte[]> sources;
    private final AtomicInteger sessionsInUse = new AtomicInteger();
    private final AtomicLong sessionsOpened = new AtomicLong();

    /**
     * @param fileSources for a pack built from files, their text by the name Drools knows them by; empty for the
     *                    class path, whose sources are read through Drools' resources
     */
    private RuleEngine(KieContainer container, ClassLoader loader, int poolSize, Map<String, Path> files,
                       Map<String, byte[]> fileSources) {
        // Whatever fails below, the compiled container is released: an engine is either whole or not there at all.
        try {
            this.container = container;
            KieBase kieBase = container.getKieBase(KIE_BASE);
            this.rulesByName = describe(kieBase, files);
            this.sources = fileSources.isEmpty() ? classPathSources(loader, kieBase) : fileSources;
            this.pool = container.newKieSessionsPool(poolSize);
        } catch (RuntimeException e) {
            container.dispose();
            throw e;
        }
    }

    /** The rule pack on the class path: {@code META-INF/kmodule.xml} with the kbase {@code needlesafe}. */
    public static RuleEngine fromClassPath(ClassLoader loader, int poolSize) {
        URL kmodule = theOnePack(loader);
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

    /**
     * The one kmodule declaring the kbase. Two (two copies or versions of the rule pack) would make Drools pick one
     * of them silently, even a broken one: refuse, naming both.
     */
    private static URL theOnePack(ClassLoader loader) {
        List<URL> packs = new ArrayList<>();
        try {
            Enumeration<URL> kmodules = loader.getResources(KMODULE);
            while (kmodules.hasMoreElements()) {
                URL kmodule = kmodules.nextElement();
                try (InputStream in = kmodule.openStream()) {
                    if (DECLARES_KBASE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find()) {
                        packs.add(kmodule);
                    }
                }
            }
        } catch (IOException e) {
            throw new RulePackException(KMODULE + ": cannot be read: " + e.getMessage());
        }
        if (packs.isEmpty()) {
            throw new RulePackException("no kbase '" + KIE_BASE + "' on the class path: is needlesafe-rules-drl there?");
        }
        if (packs.size() > 1) {
            throw new RulePackException("more than one rule pack declares the kbase '" + KIE_BASE
                    + "' on the class path; keep exactly one:\n  " + String.join("\n  ",
                    new TreeSet<>(packs.stream().map(URL::toString).toList())));
        }
        return packs.get(0);
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
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + KIE_BASE
                + "\" packages=\"*\" default=\"true\"><ksession name=\"needlesafe-session\" default=\"true\"/>"
                + "</kbase></kmodule>");
        Map<String, Path> written = new LinkedHashMap<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Path file : drlFiles) {
            String name = FILES_ROOT + file.getFileName();
            Path clash = written.putIfAbsent(name, file);
            if (clash != null) {
                // One module folder holds them all: a second file of the same name would silently replace the first.
                throw new RulePackException(file + ": has the same file name as " + clash
                        + "; rule files must have distinct names");
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                contents.put(name, bytes);
                files.write(name, new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RulePackException(file + ": cannot be read: " + e.getMessage());
            }
        }
        KieBuilder builder;
        KieContainer container;
        try {
            builder = services.newKieBuilder(files).buildAll();
            failOnErrors(builder.getResults(), "the rule files", written);
            container = services.newKieContainer(releaseId);
        } catch (LinkageError | ServiceConfigurationError e) {
            throw compilerMissing(e);
        }
        // The repository is process-wide; the container keeps what it needs, so nothing global is left behind.
        services.getRepository().removeKieModule(releaseId);
        return new RuleEngine(container, RuleEngine.class.getClassLoader(), poolSize, written, contents);
    }

    /** The rules by DRL name, from their metadata. */
    public Map<String, RuleDescription> rules() {
        return rulesByName;
    }

    /**
     * Runs the rules over the facts; the rules write into the report.
     *
     * @return the names of the rules that fired, in firing order
     */
    @Override
    public List<String> run(List<Object> facts, Report report, boolean outputsOnly) {
        return run(facts, report, outputsOnly, Set.of());
    }

    /**
     * The same with some rules switched off by DRL name, without rebuilding the pack: the knockout gate's seam, which
     * shows that every rule is needed by some scenario. Not public API.
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

    /** Sessions taken from the pool and not yet given back: zero whenever no assessment is running. */
    public int sessionsInUse() {
        return sessionsInUse.get();
    }

    /** Sessions taken from the pool since the engine was built. */
    public long sessionsOpened() {
        return sessionsOpened.get();
    }

    /**
     * The text of every source that put a rule, function or type into the kbase, by its name in the module (e.g.
     * {@code needlesafe/rules/sterility.drl}), sorted by name: what the rule-set hash is computed over.
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
            text.append("\n  ").append(location(error.getPath(), files))
                    .append(error.getLine() > 0 ? ":" + error.getLine() : "")
                    .append(": ").append(error.getText().strip().replace("\n", "\n      "));
        }
        throw new RulePackException(text.toString());
    }

    /** The file as the user knows it: the given path for a pack built from files, else the module's name. */
    private static String location(String modulePath, Map<String, Path> files) {
        if (modulePath == null) {
            return "(unknown file)";
        }
        // Drools names a file by its path in the module, with or without the resources folder in front.
        Path given = files.get(modulePath);
        if (given == null) {
            given = files.get(FILES_ROOT + modulePath);
        }
        return given == null ? modulePath : given.toString();
    }

    /** Reads and checks every rule's metadata; a rule without its id, knowledge-base items or source fails. */
    private static Map<String, RuleDescription> describe(KieBase kieBase, Map<String, Path> files) {
        Map<String, RuleDescription> byName = new LinkedHashMap<>();
        Map<String, String> nameById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                try {
                    RuleDescription description = describe(rule);
                    String clash = nameById.putIfAbsent(description.id(), rule.getName());
                    if (clash != null) {
                        problems.add("rule '" + rule.getName() + "' (" + origin(rule, kiePackage, files) + "): @id "
                                + description.id() + " is already used by rule '" + clash + "'");
                    }
                    if (byName.put(rule.getName(), description) != null) {
                        problems.add("rule '" + rule.getName() + "': the name is used twice");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("rule '" + rule.getName() + "' (" + origin(rule, kiePackage, files) + "): "
                            + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("rule metadata is incomplete:\n  " + String.join("\n  ", problems));
        }
        return Map.copyOf(byName);
    }

    /** Where a rule was written: its file when Drools knows it, else its package. */
    private static String origin(Rule rule, KiePackage kiePackage, Map<String, Path> files) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        return resource == null || resource.getSourcePath() == null
                ? kiePackage.getName() : location(resource.getSourcePath(), files);
    }

    /**
     * The DRL files of a class-path rule pack: every {@code .drl} in the folders of the kbase's packages, read
     * through the class loader. (With the executable model Drools keeps no file per rule, but the DRL ships beside
     * it, and it is the source of truth the hash must cover.)
     */
    private static Map<String, byte[]> classPathSources(ClassLoader loader, KieBase kieBase) {
        Map<String, byte[]> texts = new TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            String folder = kiePackage.getName().replace('.', '/') + "/";
            try {
                Enumeration<URL> urls = loader.getResources(folder);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (url.getProtocol().equals("jar")) {
                        JarURLConnection connection = (JarURLConnection) url.openConnection();
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            for (JarEntry entry : Collections.list(jar.entries())) {
                                String name = entry.getName();
                                if (name.startsWith(folder) && name.endsWith(".drl")
                                        && name.indexOf('/', folder.length()) < 0) {
                                    try (InputStream in = jar.getInputStream(entry)) {
                                        texts.put(name, in.readAllBytes());
                                    }
                                }
                            }
                        }
                    } else if (url.getProtocol().equals("file")) {
                        try (var files = Files.list(Path.of(url.toURI()))) {
                            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                                texts.put(folder + file.getFileName(), Files.readAllBytes(file));
                            }
                        }
                    }
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new RulePackException(folder + ": the rule files cannot be read: " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new RulePackException("no DRL files beside the rule pack's kbase: the rule-set hash cannot cover it");
        }
        return Collections.unmodifiableMap(texts);
    }

    private static RuleDescription describe(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta, "id", true);
        if (!id.matches("MN-[A-Z0-9-]+")) {
            throw new IllegalArgumentException("@id must look like MN-C01-ACTIVE-INFECTION, was " + id);
        }
        List<String> kb = new ArrayList<>();
        for (String item : text(meta, "kb", true).split(",")) {
            String trimmed = item.strip();
            if (!trimmed.matches("[CDSXAQ]-\\d{2}|E")) {
                throw new IllegalArgumentException("@kb item '" + trimmed + "' is not a knowledge-base id");
            }
            kb.add(trimmed);
        }
        String source = text(meta, "source", true);
        Evidence evidence = Evidence.valueOf(text(meta, "evidence", true));
        String decisionText = text(meta, "decision", false);
        Decision decision = decisionText == null ? null : Decision.valueOf(decisionText);
        String categoryText = text(meta, "category", decision != null);
        Category category = categoryText == null ? null : Category.valueOf(categoryText);
        String scope = text(meta, "scope", decision != null);
        if (scope != null && !Set.of("CASE", "AREA", "CASE_OR_AREA").contains(scope)) {
            throw new IllegalArgumentException("@scope must be CASE, AREA or CASE_OR_AREA, was " + scope);
        }
        Set<ClearingRole> clearableBy = EnumSet.noneOf(ClearingRole.class);
        String roles = text(meta, "clearableBy", false);
        if (roles != null) {
            for (String role : roles.split(",")) {
                clearableBy.add(ClearingRole.valueOf(role.strip()));
            }
        }
        String clearedSummary = text(meta, "clearedSummary", false);
        if (clearableBy.isEmpty() != (clearedSummary == null)) {
            throw new IllegalArgumentException("@clearedSummary goes with @clearableBy: a clearable rule has both,"
                    + " another rule neither");
        }
        return new RuleDescription(id, rule.getName(), kb, category, decision, scope, evidence, source, clearableBy,
                clearedSummary);
    }

    private static String text(Map<String, Object> meta, String key, boolean required) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException("@" + key + " is required");
            }
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
