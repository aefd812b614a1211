package io.genlab.ui.lessons;

import io.genlab.lesson.Lesson;
import io.genlab.lesson.LessonCheck;
import io.genlab.lesson.Lessons;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.Views;
import io.genlab.ui.shell.LessonLinkFollower;
import io.genlab.ui.shell.LessonLinks;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The shipped lessons against the real workbench: every link names a view, its settings and a shipped model. */
class LessonLinksTest {

    @Test
    void everyLessonLinkOpensAnExistingViewModelAndSetting(@TempDir Path dir) {
        Lessons.Loaded loaded = Lessons.load(Path.of("lessons"));
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), loaded.lessons().stream().map(Lesson::number).toList());
        List<String> problems = new ArrayList<>();
        PanelRendering.onEdt(() -> {
            WorkbenchContext context = new WorkbenchContext(Path.of("").toAbsolutePath(), ModelRegistry.discover(),
                    UiPrefs.load(dir.resolve("prefs.json")), (what, e) -> fail(what + ": " + e.getMessage()),
                    ModelWorker.forSwing("lesson-test"));
            List<WorkbenchView> views = Views.all(context);
            LessonLinks links = new LessonLinkFollower(context, views, id -> { });
            for (Lesson lesson : loaded.lessons()) {
                for (String p : LessonCheck.problems(lesson, links.viewSettings(), links.models())) {
                    problems.add("lesson " + lesson.number() + ": " + p);
                }
                assertFalse(lesson.actions().isEmpty(), "lesson " + lesson.number() + " has no 'try it' links");
            }
            views.forEach(WorkbenchView::close);
            context.activeModel().close();
        });
        assertEquals(List.of(), problems);
    }
}
