package org.needlesafe.embedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.needlesafe.Assessment;
import org.needlesafe.SafetyAdvisor;
import org.needlesafe.json.CaseReader;

/**
 * Run in a child JVM on the embedder's class path: assesses every scenario of a folder and prints one line per
 * file, {@code name decision}. Marks on stderr where start-up ends, so the test can tell start-up logs from
 * assessment logs, and says which parts of the DRL compiler are on the class path.
 */
public final class CorpusRun {
    /** Classes of the DRL compiler stack: none may be loadable on the lean class path. */
    static final List<String> COMPILER_CLASSES = List.of(
            "org.eclipse.jdt.internal.compiler.Compiler",
            "org.drools.ecj.EclipseJavaCompiler",
            "org.drools.mvel.MVELConstraintBuilder",
            "org.mvel2.MVEL",
            "org.drools.drl.ast.descr.PackageDescr",
            "org.antlr.runtime.Parser",
            "org.antlr.v4.runtime.Parser");
    static final String STARTED = "--- advisor built";

    private CorpusRun() {
    }

    public static void main(String[] args) throws IOException {
        for (String name : COMPILER_CLASSES) {
            try {
                Class.forName(name, false, CorpusRun.class.getClassLoader());
                System.out.println("present " + name);
            } catch (ClassNotFoundException e) {
                // Expected on the lean class path.
            }
        }
        try (SafetyAdvisor advisor = SafetyAdvisor.builder().build()) {
            System.err.println(STARTED);
            CaseReader reader = new CaseReader(advisor);
            List<Path> files;
            try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
                files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                Assessment assessment = advisor.assess(reader.read(file));
                System.out.println(file.getFileName() + " " + assessment.decision());
            }
        }
    }
}
