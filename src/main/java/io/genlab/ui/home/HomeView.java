package io.genlab.ui.home;

import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.lesson.Lesson;
import io.genlab.lesson.Lessons;
import io.genlab.train.ModelProvider;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.Styles;
import io.genlab.ui.widgets.WrappedText;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingWorker;
import javax.swing.text.DefaultCaret;
import javax.swing.text.html.HTMLEditorKit;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The start page: the four families side by side (the shipped model of each, what a picture
 * costs, where to watch it and its lesson), where to begin, and what this installation has.
 */
public final class HomeView implements WorkbenchView {
    private final WorkbenchContext context;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final List<FamilyCard> cards = new ArrayList<>();
    private boolean loaded;

    public HomeView(WorkbenchContext context) {
        this.context = context;
        Map<Integer, String> lessons = lessonTitles(context.home().resolve("lessons"));
        for (Family f : Family.ALL) {
            cards.add(new FamilyCard(f, context.pretrainedFolder().resolve(f.model()), lessons.get(f.lesson()), context.navigation()));
        }
        Content content = new Content();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.setBorder(BorderFactory.createEmptyBorder(8, 16, 16, 16));
        add(content, Styles.styled(new JLabel("Four ways to generate an image"), "h2"));
        WrappedText intro = new WrappedText(2);
        intro.setText("GenLab trains small image generators of the four families that image generators are built from, and "
                + "shows how each one makes a picture. Each card shows a model trained with GenLab on Fashion-MNIST: pictures it "
                + "drew when genlab eval scored it, and what one picture cost then.");
        add(content, intro);
        JPanel row = new JPanel(new GridLayout(1, cards.size(), 12, 0));
        cards.forEach(row::add);
        add(content, row);
        add(content, Styles.styled(new JLabel("Where to begin"), "h3"));
        add(content, starts(lessons));
        add(content, Styles.styled(new JLabel("What this installation has"), "h3"));
        JEditorPane text = new JEditorPane();
        text.setEditable(false);
        text.setEditorKit(new HTMLEditorKit());
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);   // the look-and-feel font: scales in presenter mode
        ((DefaultCaret) text.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);   // the page opens at its top, not at the caret
        text.setText(describe());
        add(content, text);
        panel.add(new JScrollPane(content), BorderLayout.CENTER);
    }

    @Override public String id() { return "home"; }

    @Override public String title() { return "Start"; }

    @Override
    public String explanation() {
        return "GenLab trains small image generators and shows how they work, step by step. The four cards are the four "
                + "families: diffusion removes noise in many steps, a GAN draws in one pass, an autoregressive model draws "
                + "pixel by pixel, a vision transformer is a diffusion model whose denoiser reads the picture as patches. "
                + "Each card opens its view and its lesson. The model chooser at the top picks the trained model the views "
                + "use. Page Down / Page Up move between views; F11 is presenter mode.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        for (FamilyCard c : cards) {
            BufferedImage p = c.picture();
            if (p != null) out.add(new Export.Picture(c.family().name() + ": " + c.family().model() + " samples", c.family().model() + "-samples", () -> p));
        }
        return out;
    }

    @Override
    public void shown() {
        if (loaded) return;
        loaded = true;
        new SwingWorker<List<FamilyCard.Loaded>, Void>() {
            @Override
            protected List<FamilyCard.Loaded> doInBackground() {
                return cards.stream().map(FamilyCard::load).toList();
            }

            @Override
            protected void done() {
                try {
                    List<FamilyCard.Loaded> all = get();
                    for (int i = 0; i < cards.size(); i++) cards.get(i).show(all.get(i));
                } catch (Exception e) {
                    context.problems().report("Loading the shipped models' samples", e.getCause() instanceof Exception c ? c : e);
                }
            }
        }.execute();
    }

    List<FamilyCard> cards() { return cards; }

    /** Where a teacher, a student or an engineer starts: a button and a sentence each. */
    private JPanel starts(Map<Integer, String> lessons) {
        JPanel p = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 12);
        c.gridy = 0;
        addStart(p, c, lesson(1, lessons), about(1, lessons, "start here if neural networks are new to you."));
        JButton race = new JButton("The race");
        race.addActionListener(e -> context.navigation().follow("genlab:race", "The race"));
        addStart(p, c, race, "The four families draw the same classes, each at its real speed on this machine.");
        addStart(p, c, lesson(10, lessons), about(10, lessons, "the families trained for the same time and scored the same way."));
        JButton train = new JButton("Train a model");
        train.addActionListener(e -> context.navigation().follow("genlab:train", "Train a model"));
        addStart(p, c, train, "Train one of your own and watch it go from noise to pictures.");
        return p;
    }

    private JButton lesson(int number, Map<Integer, String> lessons) {
        JButton b = new JButton("Lesson " + number);
        b.setEnabled(lessons.containsKey(number));
        b.addActionListener(e -> context.navigation().openLesson(number));
        return b;
    }

    /** The lesson's title, then what it is for. */
    private static String about(int number, Map<Integer, String> lessons, String what) {
        return lessons.containsKey(number) ? lessons.get(number) + ": " + what : "Lesson " + number + " is not installed.";
    }

    private static void addStart(JPanel p, GridBagConstraints c, JButton button, String text) {
        c.gridx = 0;
        c.weightx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        p.add(button, c);
        c.gridx = 1;
        c.weightx = 1;
        p.add(new JLabel(text), c);
        c.gridy++;
    }

    private static void add(JPanel content, JComponent c) {
        c.setAlignmentX(JComponent.LEFT_ALIGNMENT);
        if (content.getComponentCount() > 0) content.add(Box.createVerticalStrut(10));
        content.add(c);
    }

    private static Map<Integer, String> lessonTitles(Path folder) {
        Map<Integer, String> out = new TreeMap<>();
        for (Lesson l : Lessons.load(folder).lessons()) out.put(l.number(), l.title());
        return out;
    }

    /** What this installation has, as HTML tables that wrap to the panel's width. */
    String describe() {
        StringBuilder s = new StringBuilder("<html><body><table>");
        for (CatalogEntry e : DatasetCatalog.available(context.locations())) {
            if (e.active()) row(s, e.spec(), "dataset", String.format("%,d", e.count()), e.origin().label());
        }
        for (ModelProvider p : context.registry().providers()) row(s, p.name(), "model", p.description());
        List<Path> runs = context.pretrainedRuns();
        for (Path r : runs) row(s, r.getFileName().toString(), "shipped run");
        if (runs.isEmpty()) row(s, "none", "shipped run", "no trained models in " + context.pretrainedFolder());
        s.append("</table><p>The same from the command line: <code>./genlab help</code></p></body></html>");
        return s.toString();
    }

    private static void row(StringBuilder s, String name, String... cells) {
        s.append("<tr><td valign=\"top\"><code>").append(escape(name)).append("</code></td>");
        for (String c : cells) s.append("<td valign=\"top\">").append(escape(c)).append("</td>");
        s.append("</tr>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The scrolled page: as wide as the viewport, so text wraps instead of running off to the right. */
    private static final class Content extends JPanel implements Scrollable {
        @Override public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }

        @Override public int getScrollableUnitIncrement(Rectangle r, int orientation, int direction) { return 16; }

        @Override public int getScrollableBlockIncrement(Rectangle r, int orientation, int direction) { return r.height - 32; }

        @Override public boolean getScrollableTracksViewportWidth() { return true; }

        @Override public boolean getScrollableTracksViewportHeight() { return false; }
    }
}
