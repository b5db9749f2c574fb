package org.needlesafe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.needlesafe.clearance.ClearingRole;
import org.needlesafe.rules.Report;

/**
 * The one class that knows Drools. It compiles the rule pack once (the class path's {@code kmodule.xml}, or given
 * DRL files), checks every rule's metadata, and runs assessments on pooled sessions that are always returned.
 * Thread-safe.
 */
final class RuleEngine implements AutoCloseable {
    static final String KIE_BASE = "needlesafe";
    private static final String REPORT_GLOBAL = "report";

    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final Map<String, RuleDescription> rulesByName;

    private RuleEngine(KieContainer container, int poolSize) {
        this.container = container;
        KieBase kieBase = container.getKieBase(KIE_BASE);
        this.rulesByName = describe(kieBase);
        this.pool = container.newKieSessionsPool(poolSize);
    }

    /** The rule pack on the class path: {@code META-INF/kmodule.xml} with the kbase {@code needlesafe}. */
    static RuleEngine fromClassPath(ClassLoader loader, int poolSize) {
        KieContainer container;
        try {
            container = KieServices.get().newKieClasspathContainer(loader);
        } catch (RuntimeException e) {
            throw new RulePackException("the rule pack does not compile: " + e.getMessage());
        }
        if (!container.getKieBaseNames().contains(KIE_BASE)) {
            container.dispose();
            throw new RulePackException("no kbase '" + KIE_BASE + "' on the class path: is needlesafe-rules-drl there?");
        }
        // The rule pack's executable model was checked when it was built; a DRL-only pack on the class path is
        // compiled here, and its errors fail the kbase (container.verify() adds nothing but a warning that an
        // executable model has no DRL to build).
        try {
            container.getKieBase(KIE_BASE);
        } catch (RuntimeException e) {
            container.dispose();
            throw new RulePackException("the rule pack does not compile: " + e.getMessage());
        }
        RuleEngine engine = new RuleEngine(container, poolSize);
        if (engine.rules().isEmpty()) {
            // Drools finds the executable model by the Maven coordinates of the jar holding kmodule.xml; a fat jar
            // whose first pom.properties is another artifact's yields an empty kbase, never assess with that.
            engine.close();
            throw new RulePackException("the kbase '" + KIE_BASE + "' on the class path has no rules: in a shaded"
                    + " jar, keep needlesafe-rules-drl's META-INF/maven/**/pom.properties and no other");
        }
        return engine;
    }

    /** A rule pack made of the given DRL files, compiled in a private, uniquely named module. */
    static RuleEngine fromFiles(List<Path> drlFiles, int poolSize) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.needlesafe", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"" + KIE_BASE
                + "\" packages=\"*\" default=\"true\"><ksession name=\"needlesafe-session\" default=\"true\"/>"
                + "</kbase></kmodule>");
        for (Path file : drlFiles) {
            try {
                files.write("src/main/resources/" + file.getFileName(),
                        Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RulePackException(file + ": cannot be read: " + e.getMessage());
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        failOnErrors(builder.getResults(), "the rule files");
        KieContainer container = services.newKieContainer(releaseId);
        // The repository is process-wide; the container keeps what it needs, so nothing global is left behind.
        services.getRepository().removeKieModule(releaseId);
        return new RuleEngine(container, poolSize);
    }

    /** The rules by DRL name, from their metadata. */
    Map<String, RuleDescription> rules() {
        return rulesByName;
    }

    /**
     * Runs the rules over the facts; the rules write into the report.
     *
     * @return the names of the rules that fired, in firing order
     */
    List<String> run(List<Object> facts, Report report) {
        KieSession session = pool.newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.setGlobal(REPORT_GLOBAL, report);
            for (Object fact : facts) {
                session.insert(fact);
            }
            // The filter sees each match just before it fires and lets every one through: it records the trace
            // without adding and removing an event listener for every case.
            session.fireAllRules(match -> fired.add(match.getRule().getName()));
            return fired;
        } finally {
            session.dispose();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        container.dispose();
    }

    private static void failOnErrors(Results results, String what) {
        List<Message> errors = results.getMessages(Message.Level.ERROR);
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(what + " does not compile:");
        for (Message error : errors) {
            text.append("\n  ").append(error.getPath() == null ? "" : error.getPath())
                    .append(error.getLine() > 0 ? ":" + error.getLine() : "")
                    .append(": ").append(error.getText().strip());
        }
        throw new RulePackException(text.toString());
    }

    /** Reads and checks every rule's metadata; a rule without its id, knowledge-base items or source fails. */
    private static Map<String, RuleDescription> describe(KieBase kieBase) {
        Map<String, RuleDescription> byName = new LinkedHashMap<>();
        Map<String, String> nameById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                try {
                    RuleDescription description = describe(rule);
                    String clash = nameById.putIfAbsent(description.id(), rule.getName());
                    if (clash != null) {
                        problems.add("rule '" + rule.getName() + "': @id " + description.id()
                                + " is already used by rule '" + clash + "'");
                    }
                    if (byName.put(rule.getName(), description) != null) {
                        problems.add("rule '" + rule.getName() + "': the name is used twice");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("rule '" + rule.getName() + "' (" + kiePackage.getName() + "): " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException("rule metadata is incomplete:\n  " + String.join("\n  ", problems));
        }
        return Map.copyOf(byName);
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
        return new RuleDescription(id, rule.getName(), kb, category, decision, scope, evidence, source, clearableBy);
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
