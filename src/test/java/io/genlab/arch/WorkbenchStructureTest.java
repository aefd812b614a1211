package io.genlab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The workbench's shape (see the package-info of {@code io.genlab.ui}): one package per view,
 * views that meet only through the shell, widgets that know no view.
 */
class WorkbenchStructureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.genlab.ui");

    @Test
    void viewsDoNotImportEachOther() {
        slices().matching("io.genlab.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage("io.genlab.ui.shell..", "io.genlab.ui.widgets.."))
                .check(UI);
    }

    @Test
    void widgetsImportNoViewAndNotTheShell() {
        noClasses().that().resideInAPackage("io.genlab.ui.widgets..")
                .should().dependOnClassesThat(resideInAPackage("io.genlab.ui..").and(not(resideInAPackage("io.genlab.ui.widgets.."))))
                .check(UI);
    }

    @Test
    void theShellKnowsViewsOnlyThroughTheViewInterface() {
        noClasses().that().resideInAPackage("io.genlab.ui.shell..")
                .should().dependOnClassesThat(resideInAPackage("io.genlab.ui..")
                        .and(not(resideInAnyPackage("io.genlab.ui.shell..", "io.genlab.ui.widgets.."))))
                .check(UI);
    }
}
