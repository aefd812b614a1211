package io.genlab.viz;

import org.junit.jupiter.api.Test;

import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImageGridTest {
    private static final int BG = Theme.LIGHT.background().getRGB() & 0xFFFFFF;

    /** Image k is a 4x3 grey image whose pixel (x, y) has grey value 10 * k + 3 * x + y * 20 (distinct per image). */
    private static List<BufferedImage> images(int n) {
        List<BufferedImage> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BufferedImage im = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 4; x++) {
                    im.getRaster().setSample(x, y, 0, 10 * k + 3 * x + 20 * y);
                }
            }
            out.add(im);
        }
        return out;
    }

    private static int nonBackground(BufferedImage img, Rectangle area) {
        int count = 0;
        Rectangle r = area.intersection(new Rectangle(img.getWidth(), img.getHeight()));
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                count += (img.getRGB(x, y) & 0xFFFFFF) != BG ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void plainGridHasExpectedSizeAndPixelsInPlace() {
        ImageGrid grid = ImageGrid.builder().setImages(images(5)).setColumns(3).optCellScale(2).optPadding(5).build();
        BufferedImage out = grid.render();
        assertEquals(2, grid.rows());
        assertEquals(5 + 3 * (8 + 5), out.getWidth());
        assertEquals(5 + 2 * (6 + 5), out.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, out.getType());
        for (int k = 0; k < 5; k++) {
            Rectangle cell = grid.cellBounds(k);
            assertEquals(new Rectangle(5 + (k % 3) * 13, 5 + (k / 3) * 11, 8, 6), cell);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    int v = 10 * k + 3 * (x / 2) + 20 * (y / 2);
                    assertEquals(v * 0x010101, out.getRGB(cell.x + x, cell.y + y) & 0xFFFFFF, "image " + k + " at " + x + "," + y);
                }
            }
        }
        // the missing sixth cell and the padding stay background
        assertEquals(0, nonBackground(out, new Rectangle(5 + 2 * 13, 16, 8, 6)));
        assertEquals(0, nonBackground(out, new Rectangle(0, 0, out.getWidth(), 5)));
        assertEquals(4, grid.cellAt(5 + 13 + 1, 16 + 1));
        assertEquals(-1, grid.cellAt(0, 0));
    }

    @Test
    void labelsAndTitleRenderInTheirAreas() {
        ImageGrid grid = ImageGrid.builder().setImages(images(4)).setColumns(2).optCellScale(8)
                .optCellLabels(List.of("shirt", "bag", "", "boot"))
                .optRowLabels(List.of("t=1000", "t=0"))
                .optColumnLabels(List.of("DDPM", "DDIM"))
                .optTitle("Samplers").build();
        BufferedImage out = grid.render();
        Rectangle c0 = grid.cellBounds(0);
        Rectangle c2 = grid.cellBounds(2);
        assertTrue(c0.x > 30, "row labels push the cells right");
        assertTrue(c0.y > 30, "title and column labels push the cells down");
        assertTrue(nonBackground(out, new Rectangle(0, 0, out.getWidth(), 22)) > 20, "title drawn");
        assertTrue(nonBackground(out, new Rectangle(c0.x, c0.y - 20, c0.width, 18)) > 10, "column label drawn");
        assertTrue(nonBackground(out, new Rectangle(0, c0.y, c0.x - 4, c0.height)) > 10, "row label drawn");
        assertTrue(nonBackground(out, new Rectangle(c0.x, c0.y + c0.height + 1, c0.width, 16)) > 10, "cell label drawn");
        assertEquals(0, nonBackground(out, new Rectangle(c2.x, c2.y + c2.height + 1, c2.width, 16)), "empty label draws nothing");
        assertEquals(10 * 3 * 0x010101, out.getRGB(grid.cellBounds(3).x, grid.cellBounds(3).y) & 0xFFFFFF);
    }

    @Test
    void wrappedCellLabelsBreakAtSpacesToFitTheCell() {
        String caption = "a small red circle to the left of a large blue square and above a small green letter t";
        ImageGrid cut = ImageGrid.builder().setImages(images(2)).setColumns(2).optCellScale(12)
                .optCellLabels(List.of(caption, "a square")).build();
        ImageGrid wrapped = ImageGrid.builder().setImages(images(2)).setColumns(2).optCellScale(12)
                .optCellLabels(List.of(caption, "a square")).optWrapCellLabels().build();
        FontMetrics fm = Canvas.metrics(Theme.LIGHT.labelFont());
        String[] lines = Canvas.wrap(caption, fm, 12 * 4).split("\n");
        assertTrue(lines.length > 2, "a long caption takes several lines");
        assertEquals(caption, String.join(" ", lines), "no word is lost or cut");
        for (String line : lines) {
            assertTrue(fm.stringWidth(line) <= 12 * 4 || !line.contains(" "), "'" + line + "' fits the cell");
        }
        assertEquals(cut.height() + (lines.length - 1) * fm.getHeight(), wrapped.height(), "room for every line");
        assertEquals("one\nline", Canvas.wrap("one\nline", fm, 1000), "lines already broken stay as they are");
    }

    @Test
    void aCellLabelCanHaveTwoLines() {
        ImageGrid one = ImageGrid.builder().setImages(images(2)).setColumns(2).optCellScale(20)
                .optCellLabels(List.of("signal", "noise")).build();
        ImageGrid two = ImageGrid.builder().setImages(images(2)).setColumns(2).optCellScale(20)
                .optCellLabels(List.of("signal\nnoise", "SNR")).build();
        int line = Canvas.metrics(Theme.LIGHT.labelFont()).getHeight();
        assertEquals(one.height() + line, two.height(), "room for the second line");
        BufferedImage out = two.render();
        Rectangle c0 = two.cellBounds(0);
        Rectangle c1 = two.cellBounds(1);
        Rectangle secondLine = new Rectangle(c0.x, c0.y + c0.height + 1 + line, c0.width, line);
        assertTrue(nonBackground(out, secondLine) > 10, "the second line is drawn under the first");
        assertEquals(0, nonBackground(out, new Rectangle(c1.x, secondLine.y + 3, c1.width, line - 3)),
                "a one-line label leaves the second line empty");
    }

    @Test
    void gridFromATensorBatch() {
        float[] nchw = new float[2 * 3 * 2 * 2];
        java.util.Arrays.fill(nchw, 0, 12, 1f);   // image 0 white, image 1 black
        java.util.Arrays.fill(nchw, 12, 24, -1f);
        ImageGrid grid = ImageGrid.builder().setImages(nchw, new long[]{2, 3, 2, 2}).setColumns(2).build();
        BufferedImage out = grid.render();
        assertEquals(0xFFFFFF, out.getRGB(grid.cellBounds(0).x, grid.cellBounds(0).y) & 0xFFFFFF);
        assertEquals(0x000000, out.getRGB(grid.cellBounds(1).x + 1, grid.cellBounds(1).y + 1) & 0xFFFFFF);
    }

    @Test
    void buildRejectsInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.builder().setColumns(2).build());
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.builder().setImages(images(2)).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.builder().setImages(images(3)).setColumns(2).optRowLabels(List.of("a")).build());
        assertEquals("1 row labels for 2 rows", e.getMessage());
        List<BufferedImage> mixed = new ArrayList<>(images(1));
        mixed.add(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB));
        e = assertThrows(IllegalArgumentException.class, () -> ImageGrid.builder().setImages(mixed).setColumns(2).build());
        assertTrue(e.getMessage().contains("image 1 is 5x5"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.builder().setImages(images(1)).setColumns(1).optCellScale(0).build());
    }
}
