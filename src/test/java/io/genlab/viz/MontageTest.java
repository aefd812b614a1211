package io.genlab.viz;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MontageTest {

    private static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void rowPlacesFiguresLeftToRightCentredVertically() {
        BufferedImage m = Montage.row(List.of(filled(10, 20, 0xFF0000), filled(5, 10, 0x0000FF)), 4, Theme.LIGHT);
        assertEquals(19, m.getWidth());
        assertEquals(20, m.getHeight());
        assertEquals(0xFF0000, m.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, m.getRGB(12, 0) & 0xFFFFFF, "the gap and the space above the short figure are background");
        assertEquals(0x0000FF, m.getRGB(14, 5) & 0xFFFFFF);
        assertEquals(0xFFFFFF, m.getRGB(14, 2) & 0xFFFFFF);
    }

    @Test
    void columnStacksAndTitleGoesAbove() {
        BufferedImage m = Montage.column(List.of(filled(10, 20, 0xFF0000), filled(6, 10, 0x0000FF)), 2, Theme.LIGHT);
        assertEquals(10, m.getWidth());
        assertEquals(32, m.getHeight());
        assertEquals(0x0000FF, m.getRGB(2, 22) & 0xFFFFFF);
        BufferedImage t = Montage.titled(filled(10, 10, 0x00FF00), "A long title", Theme.LIGHT);
        assertTrue(t.getWidth() > 10 && t.getHeight() > 10);
        assertEquals(0x00FF00, t.getRGB(t.getWidth() / 2, t.getHeight() - 1) & 0xFFFFFF, "the figure sits at the bottom");
        assertThrows(IllegalArgumentException.class, () -> Montage.row(List.of(), 0, Theme.LIGHT));
    }

    @Test
    void colourBarRunsFromLowAtTheBottomToHighAtTheTop() {
        ColourBar bar = new ColourBar(ColourMap.BLUE_WHITE_RED, -2f, 2f, 200, Theme.LIGHT);
        BufferedImage img = bar.render();
        var b = bar.barBounds();
        assertEquals(200, img.getHeight());
        assertEquals(ColourMap.BLUE_WHITE_RED.rgb(1), img.getRGB(b.x + 4, b.y) & 0xFFFFFF);
        assertEquals(ColourMap.BLUE_WHITE_RED.rgb(0), img.getRGB(b.x + 4, b.y + b.height - 1) & 0xFFFFFF);
        assertThrows(IllegalArgumentException.class, () -> new ColourBar(ColourMap.GREY, 1f, 1f, 200, Theme.LIGHT));
        assertThrows(IllegalArgumentException.class, () -> new ColourBar(ColourMap.GREY, 0f, 1f, 10, Theme.LIGHT));
    }
}
