package io.genlab.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data package stays plain: no windows, no printing, no ND4J. */
class DataLayeringTest {
    private final JavaClasses data = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.genlab.data");

    @Test
    void noSwingOrAwtWindows() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt.event..")
                .orShould().dependOnClassesThat().areAssignableTo(java.awt.Component.class)
                .check(data);
    }

    @Test
    void noPrintingToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(data);
    }

    @Test
    void noNd4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
                .check(data);
    }
}
