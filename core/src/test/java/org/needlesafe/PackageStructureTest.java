package org.needlesafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The core's packages, as the package-info files describe them: the embedder's API ({@code org.needlesafe} and the
 * input and configuration packages beside it), the DRL's fact model ({@code org.needlesafe.rules}) and the engine's
 * internals ({@code org.needlesafe.engine}), with no dependency cycle between them, the API naming no internal class
 * (the advisor finds the engine as a service), and Drools behind one class.
 */
class PackageStructureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.needlesafe");

    /** Each package is a slice, the root package too. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return type.getPackageName().startsWith("org.needlesafe")
                    ? SliceIdentifier.of(type.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the core's packages";
        }
    };

    @Test
    void noPackageDependsOnItselfInACycle() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theApiDependsOnNoInternals() {
        noClasses().that().resideInAnyPackage("org.needlesafe", "org.needlesafe.audit", "org.needlesafe.clearance",
                        "org.needlesafe.configuration", "org.needlesafe.jurisdiction", "org.needlesafe.patient",
                        "org.needlesafe.plan", "org.needlesafe.practitioner", "org.needlesafe.setup",
                        "org.needlesafe.text")
                .should().dependOnClassesThat().resideInAnyPackage("org.needlesafe.engine..", "org.needlesafe.rules..")
                .check(CORE);
    }

    @Test
    void onlyTheEngineTouchesDrools() {
        noClasses().that().haveNameNotMatching("org\\.needlesafe\\.engine\\.RuleEngine(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CORE);
    }
}
