package io.genlab.viz;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lanes of a race side by side: over each lane the model's name and a line about it, its pictures in
 * a grid, and under them a caption such as "0.023 s · 1 network evaluation". Every lane is equally
 * wide, and every frame of an animation has the same size and layout, so lanes do not jump. It draws
 * what it is given; it knows nothing of models or timing.
 */
public final class RacePictures {
    private static final int GAP = 4;

    private RacePictures() {}

    /**
     * One lane.
     *
     * @param title    e.g. "unet-s"
     * @param subtitle e.g. "diffusion · 50 denoising steps"
     * @param pictures the lane's pictures, all the same size; empty for none yet (empty cells are drawn)
     * @param caption  e.g. "7.93 s · 100 network evaluations", or why the lane has no pictures
     */
    public record Lane(String title, String subtitle, List<BufferedImage> pictures, String caption) {
        public Lane {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            Objects.requireNonNull(caption, "caption");
            pictures = List.copyOf(pictures);
        }
    }

    /** The lanes side by side under {@code title}. */
    public static BufferedImage figure(String title, List<Lane> lanes, Theme theme) {
        return animation(title, List.of(lanes), theme).get(0);
    }

    /** Frames of an animation, each the lanes at one moment, all drawn with one layout. */
    public static List<BufferedImage> animation(String title, List<List<Lane>> frames, Theme theme) {
        if (frames.isEmpty() || frames.get(0).isEmpty()) throw new IllegalArgumentException("a race figure needs at least one lane");
        Layout layout = Layout.of(title, frames, theme);
        List<BufferedImage> out = new ArrayList<>();
        for (List<Lane> lanes : frames) {
            if (lanes.size() != layout.lanes) throw new IllegalArgumentException("every frame needs " + layout.lanes + " lanes, got " + lanes.size());
            out.add(draw(title, lanes, layout, theme));
        }
        return out;
    }

    /** Sizes shared by every frame: cells, their scale and grid, the lane width and the text heights. */
    private record Layout(int lanes, int cells, int columns, int rows, int cellW, int cellH, int scale, int laneW, int pad,
                          int titleH, int laneTitleH, int lineH) {
        static Layout of(String title, List<List<Lane>> frames, Theme theme) {
            int cells = 1, pictureW = 28, pictureH = 28;
            boolean sized = false;
            for (List<Lane> lanes : frames) {
                for (Lane lane : lanes) {
                    cells = Math.max(cells, lane.pictures().size());
                    if (!sized && !lane.pictures().isEmpty()) {
                        pictureW = lane.pictures().get(0).getWidth();
                        pictureH = lane.pictures().get(0).getHeight();
                        sized = true;
                    }
                }
            }
            int columns = cells <= 5 ? cells : (cells + 1) / 2;
            int rows = (cells + columns - 1) / columns;
            int target = cells == 1 ? 112 : cells <= 5 ? 84 : 56;           // pixels a picture is high
            int scale = Math.max(1, Math.round(target / (float) pictureH));
            int gridW = columns * pictureW * scale + (columns - 1) * GAP;
            FontMetrics label = Canvas.metrics(theme.labelFont()), bold = Canvas.metrics(theme.titleFont());
            int textW = 0;
            for (List<Lane> lanes : frames) {
                for (Lane lane : lanes) {
                    textW = Math.max(textW, Math.max(bold.stringWidth(lane.title()),
                            Math.max(label.stringWidth(lane.subtitle()), label.stringWidth(lane.caption()))));
                }
            }
            int pad = label.getHeight() / 2;
            int laneW = Math.max(gridW, Math.min(textW, Math.max(gridW, theme.fontSize() * 26))) + 2 * pad;
            int lanes = frames.get(0).size();
            int titleH = title == null ? 0 : bold.getHeight() + pad;
            if (title != null && bold.stringWidth(title) + 2 * pad > lanes * laneW) laneW = (bold.stringWidth(title) + 2 * pad + lanes - 1) / lanes;
            return new Layout(lanes, cells, columns, rows, pictureW * scale, pictureH * scale, scale, laneW, pad, titleH,
                    bold.getHeight(), label.getHeight());
        }

        int width() { return lanes * laneW; }

        int gridH() { return rows * cellH + (rows - 1) * GAP; }

        int height() { return pad + titleH + laneTitleH + lineH + pad + gridH() + pad + lineH + pad; }
    }

    private static BufferedImage draw(String title, List<Lane> lanes, Layout l, Theme theme) {
        BufferedImage out = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            if (title != null) {
                g.setColor(theme.text());
                g.setFont(theme.titleFont());
                Canvas.centred(g, Canvas.fit(title, g.getFontMetrics(), l.width() - 2 * l.pad), l.width() / 2, l.pad);
            }
            for (int i = 0; i < lanes.size(); i++) {
                int x = i * l.laneW, top = l.pad + l.titleH;
                if (i > 0) {
                    g.setColor(theme.gridLines());
                    g.drawLine(x, top, x, l.height() - l.pad);
                }
                drawLane(g, lanes.get(i), l, x, top, theme);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void drawLane(Graphics2D g, Lane lane, Layout l, int x, int top, Theme theme) {
        int centre = x + l.laneW / 2, textW = l.laneW - 2 * l.pad;
        g.setColor(theme.text());
        g.setFont(theme.titleFont());
        Canvas.centred(g, Canvas.fit(lane.title(), g.getFontMetrics(), textW), centre, top);
        g.setFont(theme.labelFont());
        FontMetrics fm = g.getFontMetrics();
        Canvas.centred(g, Canvas.fit(lane.subtitle(), fm, textW), centre, top + l.laneTitleH);
        int gridTop = top + l.laneTitleH + l.lineH + l.pad;
        int gridLeft = centre - (l.columns * l.cellW + (l.columns - 1) * GAP) / 2;
        for (int k = 0; k < l.cells; k++) {
            int cx = gridLeft + (k % l.columns) * (l.cellW + GAP), cy = gridTop + (k / l.columns) * (l.cellH + GAP);
            if (k < lane.pictures().size()) {
                g.drawImage(ImageTensors.toRgb(ImageTensors.upscale(lane.pictures().get(k), l.scale)), cx, cy, l.cellW, l.cellH, null);
            } else {
                g.setColor(theme.gridLines());
                g.drawRect(cx, cy, l.cellW - 1, l.cellH - 1);
            }
        }
        g.setColor(theme.text());
        Canvas.centred(g, Canvas.fit(lane.caption(), fm, textW), centre, gridTop + l.gridH() + l.pad);
    }
}
