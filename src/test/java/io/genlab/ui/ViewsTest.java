package io.genlab.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way to add a view: a class in the package named by its id, registered once in {@link Views}. */
class ViewsTest {

    @Test
    void everyViewIsRegisteredOnceAndLivesInThePackageNamedByItsId(@TempDir Path home) {
        Set<String> implementations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.genlab.ui").stream()
                .filter(c -> c.isAssignableTo(WorkbenchView.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        onEdt(() -> {
            ModelWorker worker = ModelWorker.forSwing("views-test");
            WorkbenchContext context = new WorkbenchContext(home, ModelRegistry.discover(), UiPrefs.load(home.resolve("prefs.json")),
                    (what, e) -> { }, worker);
            List<WorkbenchView> views = Views.all(context);
            assertEquals(implementations, views.stream().map(v -> v.getClass().getName()).collect(Collectors.toCollection(TreeSet::new)),
                    "every view class is registered in Views.all");
            assertEquals(views.size(), views.stream().map(WorkbenchView::id).distinct().count(), "ids are unique");
            for (WorkbenchView v : views) {
                assertTrue(v.id().matches("[a-z0-9]+"), v.id());
                assertEquals("io.genlab.ui." + v.id(), v.getClass().getPackageName(), "a view lives in the package named by its id");
                assertTrue(!v.title().isBlank() && !v.explanation().isBlank(), v.id() + " has a title and an explanation");
            }
            views.forEach(WorkbenchView::close);
            context.activeModel().close();
        });
    }
}
