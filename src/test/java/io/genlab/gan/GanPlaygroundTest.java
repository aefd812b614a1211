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

    /** The playground as the GAN view builds it: a preset, the ring, seed 1. */
    private static GanPlayground preset(String name, Map<String, Object> change) {
        Map<String, Object> options = new java.util.LinkedHashMap<>(GanPresets.all().get(name));
        options.putAll(change);
        GanModel m = (GanModel) new Gan2dProvider().create(DataShape.points(), options, 1);
        return new GanPlayground(m, Toy2D.generate(Toy2D.Kind.RING, 8192, 1), 256, 1);
    }

    @Test
    void theBalancedPresetCoversAllEightModesOfTheRingIn2000Steps() {
        GanPlayground p = GanPlayground.create("toy2d:ring", GanPresets.all().get("Balanced"), 1);      // as the view builds it
        for (int i = 0; i < 2000; i++) p.stepBoth();
        double[] shares = Toy2D.ringModeShares(p.fakes(1000, 1));
        for (double s : shares) assertTrue(s >= 0.05, "every mode holds 5% of the fakes or more: " + Arrays.toString(shares));
    }

    @Test
    void theModeCollapsePresetPutsNearlyAllFakesOnOneOrTwoModes() {
        GanPlayground p = preset("Mode collapse", Map.of());
        for (int i = 0; i < 300; i++) p.stepBoth();
        double[] shares = Toy2D.ringModeShares(p.frame(Map.of()).fake());
        long modes = Arrays.stream(shares).filter(s -> s >= 0.05).count();
        assertTrue(modes <= 2 && Arrays.stream(shares).sum() > 0.8, "collapsed onto " + modes + " modes: " + Arrays.toString(shares));
    }

    @Test
    void theVanishingGradientPresetBarelyPullsTheFakesWhereTheNonSaturatingLossPullsHard() {
        GanPlayground minimax = preset("Vanishing gradient", Map.of()), ns = preset("Vanishing gradient", Map.of("loss", "ns"));
        for (int i = 0; i < 100; i++) {
            minimax.stepBoth();
            ns.stepBoth();
        }
        double vanished = strength(minimax.frame(Map.of()).pull()), pulled = strength(ns.frame(Map.of()).pull());
        assertTrue(vanished < 0.01 && pulled > 100 * vanished, "minimax " + vanished + ", non-saturating " + pulled);
    }

    @Test
    void imagesAreNotAPlayground() {
        GanModel images = (GanModel) new DcganSProvider().create(DataShape.images(1, 8, 8, java.util.List.of("a", "b")), Map.of(), 1);
        assertThrows(IllegalArgumentException.class, () -> new GanPlayground(images, Toy2D.generate(Toy2D.Kind.RING, 10, 1), 8, 1));
    }
}
