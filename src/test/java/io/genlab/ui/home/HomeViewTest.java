package io.genlab.ui.home;

import io.genlab.lesson.LessonAction;
import io.genlab.lesson.LessonCheck;
import io.genlab.train.ModelProvider;
import io.genlab.ui.Views;
import io.genlab.ui.shell.LessonLinkFollower;
import io.genlab.ui.shell.LessonLinks;
import io.genlab.ui.shell.Navigation;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.JScrollPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeViewTest {

    @Test
    void listsEveryModelWithItsWholeDescription(@TempDir Path home) {
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            onEdt(() -> {
                String text = new HomeView(fixture.context).describe();
                for (ModelProvider p : fixture.context.registry().providers()) {
                    assertTrue(text.contains(p.name()) && text.contains(p.description()), p.name());
                }
            });
        }
    }

    @Test
    void theSummaryWrapsToThePanelInsteadOfRunningOffItsRightEdge(@TempDir Path home) {
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            onEdt(() -> {
                HomeView view = new HomeView(fixture.context);
                PanelRendering.render((JComponent) view.component(), 1090, 620);   // the view's share of a 1280x800 window
                JScrollPane scroll = find((JComponent) view.component());
                assertFalse(scroll.getHorizontalScrollBar().isVisible(), "no sideways scrolling");
                assertTrue(scroll.getViewport().getView().getWidth() <= scroll.getViewport().getWidth());
            });
        }
    }

    @Test
    void showsTheFourFamiliesWithTheShippedModelsSamplesAndCost(@TempDir Path dir) {
        try (ModelViewFixture fixture = new ModelViewFixture(Path.of("").toAbsolutePath(), dir.resolve("prefs.json"))) {
            onEdt(() -> {
                HomeView view = new HomeView(fixture.context);
                assertEquals(List.of("Diffusion", "GAN", "Autoregressive", "Vision transformer"),
                        view.cards().stream().map(c -> c.family().name()).toList());
                for (FamilyCard card : view.cards()) {
                    card.show(card.load());
                    assertNotNull(card.picture(), card.family().model() + ": the samples genlab eval scored");
                    assertTrue(card.costText().matches("[0-9.]+ (ms|s) per picture, [0-9,]+ network evaluations?"), card.costText());
                    assertTrue(card.watchButton().isEnabled());
                    assertTrue(card.lessonButton().isEnabled());
                    assertEquals("Lesson " + card.family().lesson(), card.lessonButton().getText());
                    assertNotNull(card.lessonButton().getToolTipText(), "the lesson's title");
                }
                assertTrue(view.cards().get(2).costText().contains("784 network evaluations"), "PixelCNN's one pass per pixel");
                assertEquals(4, view.exports().size(), "every card's samples export");
            });
        }
    }

    @Test
    void theCardsButtonsFollowLinksThatOpenRealViewsWithTheShippedModels(@TempDir Path dir) {
        try (ModelViewFixture fixture = new ModelViewFixture(Path.of("").toAbsolutePath(), dir.resolve("prefs.json"))) {
            List<String> followed = new ArrayList<>();
            List<Integer> lessons = new ArrayList<>();
            fixture.context.navigation().connect(new Navigation.Target() {
                @Override public void follow(String destination, String text) { followed.add(destination); }

                @Override public void openLesson(int number) { lessons.add(number); }
            });
            onEdt(() -> {
                HomeView view = new HomeView(fixture.context);
                for (FamilyCard card : view.cards()) {
                    card.watchButton().doClick();
                    card.lessonButton().doClick();
                }
                assertEquals(List.of(4, 5, 6, 7), lessons);
                List<WorkbenchView> views = Views.all(fixture.context);
                LessonLinks links = new LessonLinkFollower(fixture.context, views, id -> { });
                List<LessonAction> actions = followed.stream().map(d -> LessonAction.parse("card", d)).toList();
                assertEquals(4, actions.size());
                assertEquals(List.of(), LessonCheck.problems(actions, links.viewSettings(), links.models()));
                views.forEach(WorkbenchView::close);
            });
        }
    }

    @Test
    void aFamilyWhoseModelIsNotInstalledSaysSoAndCannotBeOpened(@TempDir Path home) {
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            onEdt(() -> {
                FamilyCard card = new HomeView(fixture.context).cards().get(0);
                card.show(card.load());
                assertNull(card.picture());
                assertFalse(card.watchButton().isEnabled());
                assertFalse(card.lessonButton().isEnabled(), "no lessons in this home");
            });
        }
    }

    private static JScrollPane find(JComponent c) {
        for (var child : c.getComponents()) {
            if (child instanceof JScrollPane s) return s;
        }
        throw new AssertionError("no scroll pane");
    }
}
