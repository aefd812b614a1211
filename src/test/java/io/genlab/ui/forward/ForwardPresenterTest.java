package io.genlab.ui.forward;

import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.shell.PresenterFonts;
import io.genlab.ui.shell.PresenterMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forward view under FlatLaf: a larger default font, as presenter mode sets, enlarges its t label and strip. */
class ForwardPresenterTest {

    @Test
    void theTLabelAndStripGrow(@TempDir Path home) {
        try (PresenterFonts fonts = new PresenterFonts(); ModelViewFixture fixture = new ModelViewFixture(home)) {
            ForwardView[] v = new ForwardView[1];
            onEdt(() -> {
                v[0] = new ForwardView(fixture.context);
                v[0].source().show(ForwardViewTest.square(), "a white square");
            });
            float label = v[0].controls().tFontSize();
            BufferedImage strip = v[0].stripPicture().picture();
            fonts.enlarge((JComponent) v[0].component());
            assertEquals(label * PresenterMode.SCALE, v[0].controls().tFontSize(), 1.0, "t = … grows with the default font");
            BufferedImage larger = v[0].stripPicture().picture();
            assertNotSame(strip, larger, "the strip is drawn again");
            assertTrue(larger.getHeight() > strip.getHeight(), "with taller text: " + strip.getHeight() + " -> " + larger.getHeight());
            onEdt(() -> v[0].close());
            assertTrue(fixture.problems.isEmpty(), fixture.problems.toString());
        }
    }
}
