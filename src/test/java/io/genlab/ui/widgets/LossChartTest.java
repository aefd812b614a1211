package io.genlab.ui.widgets;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.general.DatasetChangeListener;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The one loss chart of the Train, 2D and GAN views. */
class LossChartTest {
    private static List<LossChart.Point> points(int from, int to, String loss) {
        List<LossChart.Point> out = new ArrayList<>();
        for (int s = from; s <= to; s++) out.add(new LossChart.Point(s, Map.of(loss, 1.0 / s)));
        return out;
    }

    @Test
    void theLossAxisIsLogarithmicUntilALossOfZeroOrBelowArrives() {
        onEdt(() -> {
            LossChart chart = new LossChart();
            chart.add(points(1, 50, "mse"));
            assertTrue(chart.logScale());
            chart.add(List.of(new LossChart.Point(51, Map.of("mse", 0.01)), new LossChart.Point(52, Map.of("mse", -0.3))));
            assertFalse(chart.logScale(), "a negative log-likelihood has no logarithm");
            assertEquals(52, chart.pointCount("mse"));
            chart.clear();
            assertTrue(chart.logScale(), "a new run starts logarithmic again");
        });
    }

    @Test
    void aChartOfProbabilitiesKeepsItsLinearUnitAxisAfterAClear() {
        onEdt(() -> {
            LossChart chart = new LossChart("verdicts", "probability of \"real\"");
            chart.add(points(1, 20, "D(real)"));
            assertFalse(chart.logScale());
            chart.clear();
            assertFalse(chart.logScale(), "a reset playground still draws probabilities on 0..1");
            assertEquals(1.0, chart.chart().getXYPlot().getRangeAxis().getUpperBound());
        });
    }

    @Test
    void truncatingNotifiesOncePerSeriesAndKeepsTheEarlierPoints() {
        onEdt(() -> {
            LossChart chart = new LossChart();
            chart.add(points(1, 100, "d"));
            chart.add(points(1, 100, "g"));
            XYPlot plot = chart.chart().getXYPlot();
            AtomicInteger changes = new AtomicInteger();
            DatasetChangeListener count = e -> changes.incrementAndGet();
            plot.getDataset(0).addChangeListener(count);
            plot.getDataset(1).addChangeListener(count);
            chart.truncateAfter(40);
            assertEquals(40, chart.pointCount("d"));
            assertEquals(40, chart.pointCount("g"));
            assertEquals(40, ((XYSeriesCollection) plot.getDataset(1)).getSeries(0).getItemCount(), "the smoothed curve too");
            assertTrue(changes.get() <= 4, changes.get() + " change events for four series");
        });
    }

    @Test
    void anExportIsDrawnFromTheLiveChartWithoutTheSnapshotMarker() throws Exception {
        AtomicReference<LossChart> chart = new AtomicReference<>();
        onEdt(() -> {
            chart.set(new LossChart());
            chart.get().add(points(1, 200, "mse"));
            chart.get().markStep(100);
        });
        BufferedImage image = chart.get().render(800, 450);      // from this (non-UI) thread, as the export menu does
        assertEquals(800, image.getWidth());
        assertTrue(PanelRendering.distinctColours(image, 0, 0, 800, 450) > 10, "the curves are drawn");
        assertTrue(containsColour(image, 0x0072B2), "the smoothed curve and its legend entry in the first colour");
        onEdt(() -> assertEquals(1, chart.get().chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND).size(),
                "the marker is back on screen"));
        onEdt(() -> chart.get().markStep(-1));
        BufferedImage unmarked = chart.get().render(800, 450);
        assertArrayEquals(pixels(unmarked), pixels(image), "the export is the same with or without the marker");
    }

    private static boolean containsColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) return true;
        }
        return false;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
