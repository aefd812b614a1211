package io.genlab.eval.prompts;

import io.genlab.data.ShapePosition;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;
import io.genlab.viz.ScatterPlot;
import io.genlab.viz.Theme;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the object of each one-object prompt was drawn, grouped by the place its prompt asked
 * for ("at the left", ...): the judge's reading of the centre of the prompt's colour, in the
 * pictures where that colour is there. A model that ignores the place words draws every group
 * around the same spot; the real renders show where each group belongs. It only collects;
 * {@link PromptFidelity} decides what counts as right.
 */
public final class Placements {
    /** One colour per place, in {@link ShapePosition} order (Okabe and Ito, colour-blind safe). */
    private static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xE69F00), new Color(0xCC79A7)};
    private final Map<ShapePosition, Integer> asked = new EnumMap<>(ShapePosition.class);
    private final Map<ShapePosition, List<double[]>> centres = new EnumMap<>(ShapePosition.class);

    /**
     * @param scenes   the prompts' scenes
     * @param readings the judge's reading of each prompt's picture, in the same order
     */
    public static Placements of(List<ShapesScene> scenes, List<SceneReading> readings) {
        if (scenes.size() != readings.size()) {
            throw new IllegalArgumentException(scenes.size() + " prompts but " + readings.size() + " readings");
        }
        Placements p = new Placements();
        for (ShapePosition place : ShapePosition.values()) {
            p.asked.put(place, 0);
            p.centres.put(place, new ArrayList<>());
        }
        for (int i = 0; i < scenes.size(); i++) {
            ShapesScene scene = scenes.get(i);
            if (scene.position() == null) continue;
            p.asked.merge(scene.position(), 1, Integer::sum);
            ColourReading r = readings.get(i).of(scene.objects().get(0).colour());
            if (r.present()) p.centres.get(scene.position()).add(new double[]{r.cx(), r.cy()});
        }
        return p;
    }

    /** How many prompts asked for this place. */
    public int asked(ShapePosition place) { return asked.get(place); }

    /** The read centres (x right, y down, in pixels) of the pictures where the prompt's colour was found. */
    public List<double[]> centres(ShapePosition place) { return List.copyOf(centres.get(place)); }

    /** The mean read centre {x, y} of a place's pictures, or NaNs when its colour was never found. */
    public double[] meanCentre(ShapePosition place) {
        List<double[]> c = centres.get(place);
        double x = 0, y = 0;
        for (double[] p : c) {
            x += p[0] / c.size();
            y += p[1] / c.size();
        }
        return c.isEmpty() ? new double[]{Double.NaN, Double.NaN} : new double[]{x, y};
    }

    /** The share of a place's found objects whose centre lies in the place asked for, or NaN when none was found. */
    public double inPlace(ShapePosition place) {
        List<double[]> c = centres.get(place);
        long in = c.stream().filter(p -> place.contains(p[0], p[1], Shapes.SIDE)).count();
        return c.isEmpty() ? Double.NaN : (double) in / c.size();
    }

    /** {place: {"asked", "found", "mean_x", "mean_y", "in_place"}}, for prompts.json. */
    public Map<String, Map<String, Double>> toMap() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (ShapePosition place : ShapePosition.values()) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("asked", (double) asked(place));
            row.put("found", (double) centres.get(place).size());
            double[] mean = meanCentre(place);
            if (!Double.isNaN(mean[0])) {
                row.put("mean_x", round(mean[0]));
                row.put("mean_y", round(mean[1]));
                row.put("in_place", round(inPlace(place)));
            }
            out.put(place.word(), row);
        }
        return out;
    }

    /**
     * A markdown table, a row per place: the prompts asking for it, how many of their colours
     * were found, and where (mean centre, share in the place asked for), this one's then
     * {@code beside}'s (the real renders).
     */
    public List<String> markdown(String name, Placements beside, String besideName) {
        List<String> lines = new ArrayList<>();
        lines.add("| place asked | prompts | " + name + ": colour found | " + name + ": mean centre (x, y) | " + name + ": in the place | "
                + besideName + ": mean centre (x, y) | " + besideName + ": in the place |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        for (ShapePosition place : ShapePosition.values()) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |", place.word(), asked(place), centres.get(place).size(),
                    centre(meanCentre(place)), share(inPlace(place)), centre(beside.meanCentre(place)), share(beside.inPlace(place))));
        }
        return lines;
    }

    /** The same numbers as {@link #markdown} in aligned plain-text columns, for a terminal. */
    public List<String> text(String name, Placements beside, String besideName) {
        String format = "%-11s  %7s  %7s  %-24s  %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "place asked", "prompts", "found", name + ": centre, in place", besideName + ": centre, in place"));
        for (ShapePosition place : ShapePosition.values()) {
            lines.add(String.format(Locale.ROOT, format, place.word(), asked(place), centres.get(place).size(),
                    centre(meanCentre(place)) + " " + share(inPlace(place)), centre(beside.meanCentre(place)) + " " + share(beside.inPlace(place)))
                    .stripTrailing());
        }
        return lines;
    }

    /**
     * The found centres on the 32x32 canvas, a colour per place asked for ({@link #key}), the
     * top of the picture at the top of the plot (y counts pixels from the bottom), with the lines
     * at a third and two thirds of each side that bound the places.
     */
    public BufferedImage render(String title) {
        float third = Shapes.SIDE / 3f, side = Shapes.SIDE;
        float[] from = {third, 0, 2 * third, 0, 0, third, 0, 2 * third}, to = {third, side, 2 * third, side, side, third, side, 2 * third};
        ScatterPlot.Builder b = ScatterPlot.builder().optBounds(0, side, 0, side).optSize(420, 420)
                .optPointRadius(5).optAlpha(0.8f).optLegend(false).optTitle(title)
                .optTrajectories(List.of(from, to)).optTrajectoryColour(Color.DARK_GRAY);
        for (ShapePosition place : ShapePosition.values()) {
            List<double[]> c = centres.get(place);
            float[] xy = new float[2 * c.size()];
            for (int i = 0; i < c.size(); i++) {
                xy[2 * i] = (float) c.get(i)[0];
                xy[2 * i + 1] = (float) (side - c.get(i)[1]);                         // y up in the plot
            }
            b.addPoints("asked " + place.word(), xy, COLOURS[place.ordinal()]);
        }
        return b.build().render();
    }

    /** One line naming the colour of each place in {@link #render}'s plots, {@code width} wide. */
    public static BufferedImage key(int width, Theme theme) {
        Font font = theme.labelFont();
        BufferedImage out = new BufferedImage(width, 2 * font.getSize(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(theme.background());
            g.fillRect(0, 0, width, out.getHeight());
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            List<String> labels = java.util.Arrays.stream(ShapePosition.values()).map(p -> "asked " + p.word()).toList();
            int dot = font.getSize() * 2 / 3, gap = font.getSize();
            int total = labels.stream().mapToInt(l -> dot + gap / 3 + fm.stringWidth(l) + gap).sum() - gap;
            int x = Math.max(0, (width - total) / 2), baseline = (out.getHeight() + fm.getAscent() - fm.getDescent()) / 2;
            for (int i = 0; i < labels.size(); i++) {
                g.setColor(COLOURS[i]);
                g.fillOval(x, baseline - fm.getAscent() / 2 - dot / 2, dot, dot);
                x += dot + gap / 3;
                g.setColor(theme.text());
                g.drawString(labels.get(i), x, baseline);
                x += fm.stringWidth(labels.get(i)) + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static String centre(double[] c) {
        return Double.isNaN(c[0]) ? "-" : String.format(Locale.ROOT, "(%.1f, %.1f)", c[0], c[1]);
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
