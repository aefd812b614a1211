package io.genlab.viz;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/** viz draws into BufferedImages only: no windows, no ND4J, no console output. */
class VizRulesTest {
    private static final JavaClasses VIZ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.genlab.viz");

    @Test
    void noSwingNoWindowsNoNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.nd4j..")
                .orShould().dependOnClassesThat().areAssignableTo(java.awt.Component.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.awt.Toolkit.class)
                .check(VIZ);
    }

    @Test
    void noPrintingToTheConsole() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(VIZ);
    }
}
