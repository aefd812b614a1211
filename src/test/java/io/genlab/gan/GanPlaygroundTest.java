package io.genlab.gan;

import io.genlab.data.PointSet;
import io.genlab.data.Toy2D;
import io.genlab.train.DataShape;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class GanPlaygroundTest {

    private static GanPlayground playground(Map<String, Object> options) {
        GanModel m = (GanModel) new Gan2dProvider().create(DataShape.points(), options, 3);
        return new GanPlayground(m, Toy2D.generate(Toy2D.Kind.RING, 2048, 1), 128, 5);
    }

    private static double meanAt(float[] map, float[] points) {
        double sum = 0;
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            int col = (int) ((points[2 * i] + GanPlayground.BOUND) / (2 * GanPlayground.BOUND) * GanPlayground.MAP);
            int row = (int) ((points[2 * i + 1] + GanPlayground.BOUND) / (2 * GanPlayground.BOUND) * GanPlayground.MAP);
            col = Math.max(0, Math.min(GanPlayground.MAP - 1, col));
            row = Math.max(0, Math.min(GanPlayground.MAP - 1, row));
            sum += map[row * GanPlayground.MAP + col];
        }
        return sum / n;
    }

    @Test
    void trainingOnlyTheDiscriminatorTeachesItTheDataAndLeavesTheFakesWhereTheyAre() {
        GanPlayground p = playground(Map.of());
        GanPlayground.Frame before = p.frame(Map.of());
        Map<String, Double> last = Map.of();
        for (int i = 0; i < 60; i++) last = p.stepDiscriminator();
        GanPlayground.Frame after = p.frame(last);
        assertArrayEquals(before.fake(), after.fake(), "the generator did not move");
        assertEquals(60, after.dSteps());
        assertEquals(0, after.gSteps());
        assertTrue(meanAt(after.map(), after.real()) > meanAt(after.map(), after.fake()) + 0.3,
                "real points look real to D, fakes do not: " + meanAt(after.map(), after.real()) + " vs " + meanAt(after.map(), after.fake()));
        assertEquals(GanPlayground.GRID * GanPlayground.GRID * 2, after.grid().length, "the generator's image of the noise grid");
    }

    @Test
    void theGeneratorMovesItsPointsWhereTheyArePulled() {
        GanPlayground p = playground(Map.of());
        for (int i = 0; i < 40; i++) p.stepDiscriminator();
        GanPlayground.Frame before = p.frame(Map.of());
        p.stepGenerator();
        GanPlayground.Frame after = p.frame(Map.of());
        double along = 0;
        for (int i = 0; i < before.fake().length; i++) along += (after.fake()[i] - before.fake()[i]) * before.pull()[i];
        assertTrue(along > 0, "one generator update moves the fakes along the discriminator's pull");
        assertFalse(Arrays.equals(before.fake(), after.fake()));
    }

    @Test
    void theMinimaxLossPullsConfidentlyRejectedFakesHardlyAtAll() {
        assertEquals(0.993, GanLoss.NS.pull(-5), 1e-3);
        assertEquals(0.0067, GanLoss.MINIMAX.pull(-5), 1e-4);
        GanPlayground ns = playground(Map.of("loss", "ns")), minimax = playground(Map.of("loss", "minimax"));
        for (int i = 0; i < 150; i++) {
            ns.stepDiscriminator();
            minimax.stepDiscriminator();
        }
        assertTrue(strength(minimax.frame(Map.of()).pull()) < 0.2 * strength(ns.frame(Map.of()).pull()),
                "the vanishing gradient: " + strength(minimax.frame(Map.of()).pull()) + " against " + strength(ns.frame(Map.of()).pull()));
    }

    private static double strength(float[] pull) {
        double s = 0;
        for (int i = 0; i < pull.length / 2; i++) s += Math.hypot(pull[2 * i], pull[2 * i + 1]);
        return s / (pull.length / 2.0);
    }

    @Test
    void aFrameDrawsAsOnePicture() throws java.io.IOException {
        GanPlayground p = playground(Map.of());
        Map<String, Double> last = Map.of();
        for (int i = 0; i < 200; i++) last = p.stepBoth();
        GanPlayground.Frame f = p.frame(last);
        java.awt.image.BufferedImage img = io.genlab.viz.PlaygroundPictures.frame(GanPlayground.BOUND, f.real(), f.fake(), f.map(), f.grid(),
                f.pull(), "after 200 steps", io.genlab.viz.Theme.LIGHT, 480);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, "a map, points and a grid: " + colours.size() + " colours");
        String out = System.getProperty("genlab.playground.png");
        if (out != null) io.genlab.viz.ImageFiles.writePng(img, java.nio.file.Path.of(out));
    }

    @Test
    void imagesAreNotAPlayground() {
        GanModel images = (GanModel) new DcganSProvider().create(DataShape.images(1, 8, 8, java.util.List.of("a", "b")), Map.of(), 1);
        assertThrows(IllegalArgumentException.class, () -> new GanPlayground(images, Toy2D.generate(Toy2D.Kind.RING, 10, 1), 8, 1));
    }
}
