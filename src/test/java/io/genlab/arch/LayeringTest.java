package io.genlab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The dependency rules of DESIGN.md, held by tests from day one. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.genlab");

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("io.genlab")
                .layer("ui").definedBy("io.genlab.ui..")
                .layer("cli").definedBy("io.genlab.cli..")
                .layer("lesson").definedBy("io.genlab.lesson..")
                .layer("eval").definedBy("io.genlab.eval..")
                .layer("viz").definedBy("io.genlab.viz..")
                .layer("families").definedBy("io.genlab.diffusion..", "io.genlab.gan..", "io.genlab.autoregressive..",
                        "io.genlab.transformer..", "io.genlab.text..", "io.genlab.baseline..")
                .layer("train").definedBy("io.genlab.train..")
                .layer("nn").definedBy("io.genlab.nn..")
                .layer("data").definedBy("io.genlab.data..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("app", "ui", "cli", "lesson")
                .whereLayer("viz").mayOnlyBeAccessedByLayers("app", "ui", "cli", "lesson", "eval")
                .whereLayer("families").mayOnlyBeAccessedByLayers("app", "ui", "cli", "lesson", "eval", "viz")
                .whereLayer("train").mayOnlyBeAccessedByLayers("app", "ui", "cli", "lesson", "eval", "viz", "families")
                .whereLayer("nn").mayOnlyBeAccessedByLayers("app", "ui", "cli", "lesson", "eval", "viz", "families", "train")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noSwingOrAwtWindowsBelowUi() {
        noClasses().that().resideOutsideOfPackages("io.genlab.ui..", "io.genlab")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..")
                .orShould().dependOnClassesThat().areAssignableTo(java.awt.Component.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.awt.Toolkit.class)
                .check(CLASSES);
    }

    @Test
    void dataAndVizWorkOnPlainArraysWithoutNd4j() {
        noClasses().that().resideInAnyPackage("io.genlab.data..", "io.genlab.viz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliPrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("io.genlab.cli..", "io.genlab")
                .and().doNotHaveFullyQualifiedName(io.genlab.nn.GradientGraph.class.getName())
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
