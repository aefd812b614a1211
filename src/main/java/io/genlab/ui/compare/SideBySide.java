package io.genlab.ui.compare;

import io.genlab.eval.compare.ExperimentResults;
import io.genlab.viz.Theme;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The same picture of several rows (their samples, or their memorisation panels) drawn side by side, each under its name. */
final class SideBySide {
    private SideBySide() {}

    /** @param file "samples.png" or "memorisation.png"; rows without it are left out */
    static BufferedImage of(List<ExperimentResults.Row> rows, String file, Theme theme) throws IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ExperimentResults.Row r : rows) {
            Path p = r.folder().resolve(file);
            if (!Files.isRegularFile(p)) continue;
            BufferedImage img = ImageIO.read(p.toFile());
            if (img == null) throw new IOException(p + " is not a picture");
            pictures.add(img);
            names.add(r.name());
        }
        if (pictures.isEmpty()) return null;
        int gap = 24, label = theme.fontSize() + 12;
        int width = gap, height = 0;
        for (BufferedImage p : pictures) {
            width += p.getWidth() + gap;
            height = Math.max(height, p.getHeight());
        }
        BufferedImage out = new BufferedImage(width, height + label + gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setColor(theme.text());
        g.setFont(theme.titleFont());
        int x = gap;
        for (int i = 0; i < pictures.size(); i++) {
            g.drawString(names.get(i), x, theme.fontSize() + 4);
            g.drawImage(pictures.get(i), x, label, null);
            x += pictures.get(i).getWidth() + gap;
        }
        g.dispose();
        return out;
    }
}
