package org.needlesafe.engine;

import java.net.URL;
import java.util.List;
import org.needlesafe.RulePackException;

/** What is said when a rule pack cannot be used: which file and line does not compile, or what is missing. */
final class PackFailures {
    private PackFailures() {
    }

    /**
     * One error of the Drools compiler, in its own words.
     *
     * @param location the file as it was given, or its name in the module
     * @param line     the line, or 0 when not known
     * @param text     the compiler's message
     */
    record CompileError(String location, int line, String text) {
    }

    /** Every error, each with its file and line. */
    static RulePackException doesNotCompile(String what, List<CompileError> errors) {
        StringBuilder text = new StringBuilder(what + " does not compile:");
        for (CompileError error : errors) {
            text.append("\n  ").append(error.location()).append(error.line() > 0 ? ":" + error.line() : "")
                    .append(": ").append(error.text().strip().replace("\n", "\n      "));
        }
        return new RulePackException(text.toString());
    }

    /** No rule pack at all: the rules' jar is missing. */
    static RulePackException noKbase(String kbase) {
        return new RulePackException("no kbase '" + kbase + "' on the class path: is needlesafe-rules-drl there?");
    }

    /** Drools loads a kmodule's executable model only with its Maven coordinates. */
    static RulePackException withoutPom(URL kmodule) {
        return new RulePackException(kmodule + ": the rule pack cannot be loaded (no pom.properties beside its"
                + " kmodule.xml)");
    }

    /** The pack as a whole does not compile, and Drools says only why. */
    static RulePackException doesNotCompile(RuntimeException e) {
        return new RulePackException("the rule pack does not compile: " + e.getMessage());
    }

    /** Compiling DRL at run time needs parts of Drools an application adds only when it does so. */
    static RulePackException compilerMissing(Throwable e) {
        return new RulePackException("compiling DRL at run time needs the Drools compiler on the class path (add"
                + " org.drools:drools-compiler and org.drools:drools-mvel): " + e);
    }

    /**
     * Drools finds the executable model by the Maven coordinates of the jar holding kmodule.xml; a fat jar whose
     * first pom.properties is another artifact's yields an empty kbase, never assess with that.
     */
    static RulePackException noRules(String kbase) {
        return new RulePackException("the kbase '" + kbase + "' on the class path has no rules: in a shaded jar,"
                + " keep needlesafe-rules-drl's META-INF/maven/**/pom.properties and no other");
    }
}
