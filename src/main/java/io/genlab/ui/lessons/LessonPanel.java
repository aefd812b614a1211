package io.genlab.ui.lessons;

import io.genlab.lesson.Lesson;
import io.genlab.lesson.LessonAction;
import io.genlab.lesson.LessonCheck;
import io.genlab.lesson.LessonParser;
import io.genlab.lesson.Lessons;
import io.genlab.ui.shell.LessonLinks;
import io.genlab.ui.shell.LessonReader;
import io.genlab.ui.shell.WorkbenchContext;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.event.HyperlinkEvent;
import javax.swing.text.html.HTMLEditorKit;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lesson viewer in the sidebar: a lesson's text rendered from its Markdown, with its "try it"
 * links opening workbench views already set up, previous/next, and the teacher's answers shown
 * on demand. A lesson's broken links are reported when it opens.
 */
public final class LessonPanel extends JPanel implements LessonReader {
    private final WorkbenchContext context;
    private final LessonLinks links;
    private final JComboBox<LessonChoice> chooser = new JComboBox<>();
    private final JEditorPane text = new JEditorPane();
    private final JCheckBox answers = new JCheckBox("Show answers");
    private final List<Lesson> lessons = new ArrayList<>();
    private final JScrollPane scroll;

    /** A lesson in the chooser. */
    private record LessonChoice(Lesson lesson) {
        @Override
        public String toString() { return lesson.number() + ". " + lesson.title(); }
    }

    public LessonPanel(WorkbenchContext context, LessonLinks links) {
        super(new BorderLayout(0, 6));
        this.context = context;
        this.links = links;
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JButton previous = new JButton("◀");
        previous.setToolTipText("Previous lesson");
        previous.addActionListener(e -> step(-1));
        JButton next = new JButton("▶");
        next.setToolTipText("Next lesson");
        next.addActionListener(e -> step(1));
        JPanel top = new JPanel(new BorderLayout(4, 0));
        top.add(previous, BorderLayout.WEST);
        top.add(chooser, BorderLayout.CENTER);
        top.add(next, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);

        text.setEditable(false);
        text.setEditorKit(new HTMLEditorKit());
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);   // the look-and-feel font: scales in presenter mode
        text.addHyperlinkListener(e -> {
            if (e.getEventType() == HyperlinkEvent.EventType.ACTIVATED && e.getDescription() != null
                    && e.getDescription().startsWith(LessonAction.SCHEME)) {
                follow(e.getDescription(), linkText(e));
            }
        });
        scroll = new JScrollPane(text);
        scroll.addComponentListener(new java.awt.event.ComponentAdapter() {
            private int renderedWidth;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (Math.abs(scroll.getWidth() - renderedWidth) > 40) {        // pictures follow the sidebar's width
                    renderedWidth = scroll.getWidth();
                    render();
                }
            }
        });
        add(scroll, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bottom.add(answers);
        add(bottom, BorderLayout.SOUTH);
        answers.addActionListener(e -> render());
        chooser.addActionListener(e -> opened());
        reload();
    }

    private static String linkText(HyperlinkEvent e) {
        try {
            var el = e.getSourceElement();
            return el == null ? "" : el.getDocument().getText(el.getStartOffset(), el.getEndOffset() - el.getStartOffset());
        } catch (javax.swing.text.BadLocationException ex) {
            return "";
        }
    }

    @Override
    public JComponent component() { return this; }

    @Override
    public void follow(String destination, String linkText) {
        links.follow(destination, linkText);
    }

    /** Reads the lessons folder again; files that do not parse are reported. */
    void reload() {
        Lessons.Loaded loaded = Lessons.load(context.home().resolve("lessons"));
        lessons.clear();
        lessons.addAll(loaded.lessons());
        DefaultComboBoxModel<LessonChoice> model = new DefaultComboBoxModel<>();
        for (Lesson l : lessons) model.addElement(new LessonChoice(l));
        chooser.setModel(model);
        if (!loaded.problems().isEmpty()) {
            context.problems().report("Reading the lessons", new IllegalArgumentException(String.join("; ", loaded.problems())));
        }
        if (lessons.isEmpty()) text.setText("<p>No lessons found in " + context.home().resolve("lessons") + ".</p>");
        else opened();
    }

    /** The lesson shown, or null when there is none. */
    Lesson current() {
        LessonChoice c = (LessonChoice) chooser.getSelectedItem();
        return c == null ? null : c.lesson();
    }

    @Override
    public int selectedIndex() { return chooser.getSelectedIndex(); }

    @Override
    public void select(int index) {
        if (index >= 0 && index < lessons.size()) chooser.setSelectedIndex(index);
    }

    @Override
    public void step(int direction) {
        select(chooser.getSelectedIndex() + direction);
    }

    private void opened() {
        Lesson lesson = current();
        if (lesson == null) return;
        render();
        List<String> problems = LessonCheck.problems(lesson, links.viewSettings(), links.models());
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                    + (problems.size() > 3 ? "; and " + (problems.size() - 3) + " more" : "");
            context.problems().report("Checking lesson " + lesson.number() + "'s links", new IllegalArgumentException(shown));
        }
    }

    private void render() {
        Lesson lesson = current();
        if (lesson == null) return;
        int width = Math.max(240, scroll.getViewport().getWidth() - 40);   // the visible width, not the text's
        text.setText(html(lesson.markdown(), answers.isSelected(), lesson.file().toAbsolutePath().getParent(), width));
        text.setCaretPosition(0);
    }

    /** The lesson as HTML, without images; without answers, the "Answer:" paragraphs are left out. */
    static String html(String markdown, boolean withAnswers) {
        return html(markdown, withAnswers, null, 0);
    }

    /**
     * The lesson as HTML with its pictures (paths relative to {@code folder}) scaled down to at
     * most {@code maxWidth} pixels; without answers, the "Answer:" paragraphs are left out.
     */
    static String html(String markdown, boolean withAnswers, Path folder, int maxWidth) {
        Node doc = Parser.builder().build().parse(markdown);
        if (!withAnswers) {
            List<Node> hidden = new ArrayList<>();
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph p) {
                    if (LessonParser.isAnswer(p)) hidden.add(p);
                    else visitChildren(p);
                }
            });
            hidden.forEach(Node::unlink);
        }
        // Lessons are data: raw HTML is shown as text (Swing would instantiate <object> classes) and
        // pictures come only from the lesson's own folder.
        HtmlRenderer.Builder renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true);
        String base = "";
        if (folder != null) {
            base = "<head><base href=\"" + folder.toUri() + "\"></head>";
        }
        renderer.attributeProviderFactory(ctx -> (node, tag, attributes) -> {
            if (node instanceof org.commonmark.node.Image image) {
                Path picture = folder == null ? null : inside(folder, image.getDestination());
                if (picture == null) {
                    attributes.put("src", "");
                    attributes.put("alt", "(only pictures in the lessons folder are shown)");
                } else {
                    fit(picture, maxWidth, attributes);
                }
            }
        });
        return "<html>" + base + "<body>" + renderer.build().render(doc) + "</body></html>";
    }

    /** The picture a lesson names, if it is a relative path inside {@code folder}; else null. */
    static Path inside(Path folder, String destination) {
        if (destination.isBlank() || destination.contains(":") || destination.startsWith("/")) return null;
        Path root = folder.toAbsolutePath().normalize();
        Path p = root.resolve(destination).normalize();
        return p.startsWith(root) ? p : null;
    }

    /** Width and height attributes that fit a picture into {@code maxWidth}, from its header only. */
    private static void fit(Path picture, int maxWidth, Map<String, String> attributes) {
        try (var in = javax.imageio.ImageIO.createImageInputStream(picture.toFile())) {
            var readers = in == null ? null : javax.imageio.ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return;
            var reader = readers.next();
            reader.setInput(in);
            int w = reader.getWidth(0), h = reader.getHeight(0);
            reader.dispose();
            double scale = Math.min(1.0, (double) maxWidth / w);
            attributes.put("width", Integer.toString((int) Math.round(w * scale)));
            attributes.put("height", Integer.toString((int) Math.round(h * scale)));
        } catch (java.io.IOException e) {
            // A missing picture shows as Swing's broken-image mark; LessonParser does not require pictures.
        }
    }
}
