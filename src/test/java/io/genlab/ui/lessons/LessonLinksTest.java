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
        assertEquals(List.of(1, 2, 3, 4), loaded.lessons().stream().map(Lesson::number).toList());
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

    @Test
    void answersAreHiddenUntilAskedFor() {
        String markdown = """
                # T

                ## Questions
                1. Why?

                   Answer: because.
                """;
        assertFalse(LessonPanel.html(markdown, false).contains("because"));
        assertTrue(LessonPanel.html(markdown, true).contains("because"));
        assertTrue(LessonPanel.html(markdown, false).contains("Why?"));
    }

    @Test
    void emphasisedAnswersAreHiddenToo() {
        String markdown = """
                ## Questions
                1. Why?

                   **answer:** because.
                """;
        assertFalse(LessonPanel.html(markdown, false).contains("because"));
    }

    @Test
    void aLessonIsDataRawHtmlIsTextAndPicturesStayInTheLessonsFolder(@TempDir Path dir) {
        String html = LessonPanel.html("""
                <object classid="javax.swing.JButton"><param name="text" value="x"></object>

                ![a](img/ok.png) ![b](../../etc/passwd) ![c](/etc/passwd) ![d](http://example.org/x.png)
                """, true, dir, 300);
        assertFalse(html.contains("<object"), html);
        assertTrue(html.contains("&lt;object"), html);
        assertTrue(html.contains("src=\"img/ok.png\""), html);
        assertFalse(html.contains("src=\"../"), html);
        assertFalse(html.contains("src=\"/etc/passwd\"") || html.contains("src=\"http://"), html);
        assertEquals(dir.resolve("img/ok.png").toAbsolutePath().normalize(), LessonPanel.inside(dir, "img/ok.png"));
        assertNull(LessonPanel.inside(dir, "../x.png"));
        assertNull(LessonPanel.inside(dir, "file:/etc/passwd"));
    }
}
