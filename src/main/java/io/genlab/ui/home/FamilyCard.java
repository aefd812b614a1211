package io.genlab.ui.home;

import com.fasterxml.jackson.databind.JsonNode;
import io.genlab.train.Json;
import io.genlab.ui.shell.Navigation;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Styles;
import io.genlab.ui.widgets.WrappedText;

import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One family on the Start view: its name, the shipped model's samples as {@code genlab eval}
 * scored them, how it generates, what one picture costs, and buttons to its view and lesson.
 */
final class FamilyCard extends JPanel {
    private final Family family;
    private final Path run;
    private final PicturePanel samples = new PicturePanel("Loading…");
    private final WrappedText cost = new WrappedText(2);
    private final JButton watch, lesson;

    /**
     * @param run         the shipped model's folder
     * @param lessonTitle the title of the family's lesson, or null if it is not installed
     */
    FamilyCard(Family family, Path run, String lessonTitle, Navigation navigation) {
        super(new BorderLayout(0, 6));
        this.family = family;
        this.run = run;
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        JPanel title = new JPanel(new BorderLayout());
        title.setOpaque(false);
        title.add(Styles.styled(new JLabel(family.name()), "h3"), BorderLayout.NORTH);
        title.add(Styles.styled(new JLabel(family.model()), "small"), BorderLayout.SOUTH);
        add(title, BorderLayout.NORTH);
        samples.setPreferredSize(new Dimension(220, 230));
        add(samples, BorderLayout.CENTER);

        WrappedText how = new WrappedText(5);
        how.setText(family.how());
        watch = new JButton(family.watchText());
        watch.addActionListener(e -> navigation.follow(family.watch(), family.watchText()));
        lesson = new JButton("Lesson " + family.lesson());
        lesson.setToolTipText(lessonTitle);
        lesson.setEnabled(lessonTitle != null);
        lesson.addActionListener(e -> navigation.openLesson(family.lesson()));
        JPanel south = new JPanel();
        south.setOpaque(false);
        south.setLayout(new BoxLayout(south, BoxLayout.Y_AXIS));
        for (Component c : new Component[]{how, cost, Box.createVerticalStrut(4), watch, lesson}) {
            ((javax.swing.JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
            south.add(c);
        }
        add(south, BorderLayout.SOUTH);
    }

    Family family() { return family; }

    JButton watchButton() { return watch; }

    JButton lessonButton() { return lesson; }

    String costText() { return cost.getText(); }

    BufferedImage picture() { return samples.picture(); }

    /** What the card shows once loaded: the shipped model's sample grid and cost, or why not. */
    record Loaded(boolean installed, BufferedImage samples, String cost, String problem) {}

    /** Reads the shipped model's eval folder; off the event dispatch thread. */
    Loaded load() {
        if (!Files.isDirectory(run.resolve("checkpoints"))) return new Loaded(false, null, " ", "Not installed: " + run);
        try {
            Path eval = run.resolve("eval");
            BufferedImage picture = Files.isRegularFile(eval.resolve("samples.png")) ? ImageIO.read(eval.resolve("samples.png").toFile()) : null;
            String line = Files.isRegularFile(eval.resolve("eval.json")) ? costLine(Json.MAPPER.readTree(eval.resolve("eval.json").toFile())) : " ";
            return new Loaded(true, picture, line, picture == null ? "No scored samples yet: ./genlab eval --run " + run : null);
        } catch (IOException e) {
            return new Loaded(true, null, " ", "Could not read " + run.resolve("eval") + ": " + e.getMessage());
        }
    }

    /** Shows what {@link #load()} read; on the event dispatch thread. */
    void show(Loaded loaded) {
        if (loaded.samples() != null) samples.setPicture(loaded.samples());
        else samples.setMessage(loaded.problem());
        cost.setText(loaded.cost());
        watch.setEnabled(loaded.installed());
    }

    /** E.g. "1.0 s per picture, 100 network evaluations", from eval.json's cost. */
    static String costLine(JsonNode eval) {
        JsonNode c = eval.path("cost");
        if (!c.has("ms_per_sample") || !c.has("network_evaluations_per_sample")) return " ";
        double ms = c.get("ms_per_sample").asDouble(), nfe = c.get("network_evaluations_per_sample").asDouble();
        String time = ms < 1000 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f s", ms / 1000);
        long n = Math.round(nfe);
        return time + " per picture, " + String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " network evaluation" : " network evaluations");
    }
}
