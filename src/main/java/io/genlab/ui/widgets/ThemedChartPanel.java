package io.genlab.ui.widgets;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A JFreeChart panel that takes its fonts from the look-and-feel (so presenter mode enlarges the
 * charts' text too), draws without an off-screen buffer (so it also paints headless), and leaves
 * saving to the workbench's Export menu instead of its own pop-up menu.
 */
public final class ThemedChartPanel extends ChartPanel {

    public ThemedChartPanel(JFreeChart chart) {
        super(chart, 320, 220, 80, 60, 4000, 3000, false, false, false, false, false, false);
        setMouseZoomable(false);
        setMouseWheelEnabled(false);
        style(chart);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (getChart() != null) style(getChart());
    }

    /** Fonts and colours of the chart from the current look-and-feel's default font. */
    static void style(JFreeChart chart) {
        Font base = UIManager.getFont("defaultFont");
        if (base == null) base = new JLabel().getFont();
        if (base == null) base = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font title = base.deriveFont(Font.BOLD, base.getSize2D() * 1.05f);
        Font label = base.deriveFont(base.getSize2D() * 0.95f);
        Font ticks = base.deriveFont(base.getSize2D() * 0.85f);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle t = chart.getTitle();
        if (t != null) t.setFont(title);
        LegendTitle legend = chart.getLegend();
        if (legend != null) legend.setItemFont(ticks);
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            for (int i = 0; i < plot.getDomainAxisCount(); i++) font(plot.getDomainAxis(i), label, ticks);
            for (int i = 0; i < plot.getRangeAxisCount(); i++) font(plot.getRangeAxis(i), label, ticks);
            Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
            if (markers != null) for (Object m : markers) ((Marker) m).setLabelFont(ticks);
        }
    }

    private static void font(Axis axis, Font label, Font ticks) {
        if (axis == null) return;
        axis.setLabelFont(label);
        axis.setTickLabelFont(ticks);
    }

    /**
     * The chart drawn into an image on the event dispatch thread (where its datasets change),
     * whichever thread asks; for exports, which render in the background.
     */
    public static BufferedImage render(JFreeChart chart, int width, int height) {
        return drawOnEdt(() -> chart.createBufferedImage(width, height));
    }

    /** Runs {@code draw} on the event dispatch thread, waiting for it when called from another thread. */
    static BufferedImage drawOnEdt(Supplier<BufferedImage> draw) {
        if (SwingUtilities.isEventDispatchThread()) return draw.get();
        AtomicReference<BufferedImage> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(draw.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the chart", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not draw the chart: " + e.getCause(), e.getCause());
        }
        return out.get();
    }
}
