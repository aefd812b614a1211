package io.genlab.ui.home;

import io.genlab.train.ModelProvider;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.JScrollPane;

import java.nio.file.Path;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static JScrollPane find(JComponent c) {
        for (var child : c.getComponents()) {
            if (child instanceof JScrollPane s) return s;
        }
        throw new AssertionError("no scroll pane");
    }
}
