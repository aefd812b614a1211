package io.genlab.ui.lessons;

import io.genlab.lesson.Lesson;
import io.genlab.lesson.LessonAction;
import io.genlab.lesson.LessonCheck;
import io.genlab.lesson.Lessons;
import io.genlab.ui.shell.LessonLinks;
import io.genlab.ui.shell.LessonReader;
import io.genlab.ui.shell.WorkbenchContext;

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
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.List;

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
    private List<String> codeBlocks = List.of();

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
            if (e.getEventType() != HyperlinkEvent.EventType.ACTIVATED || e.getDescription() == null) return;
            if (e.getDescription().startsWith(LessonAction.SCHEME)) follow(e.getDescription(), linkText(e));
            if (e.getDescription().startsWith(LessonHtml.COPY)) copy(e.getDescription());
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

    /** A Copy link under a code block: its text goes to the clipboard, to paste into a terminal. */
    private void copy(String link) {
        try {
            String code = codeBlocks.get(Integer.parseInt(link.substring(LessonHtml.COPY.length())));
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(code), null);
        } catch (RuntimeException e) {                  // no clipboard here (or a link of a stale page)
            context.problems().report("Copying the command", e);
        }
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
    public void selectNumber(int number) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).number() == number) select(i);
        }
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
        LessonHtml page = LessonHtml.render(lesson.markdown(), answers.isSelected(), lesson.file().toAbsolutePath().getParent(), width);
        codeBlocks = page.codeBlocks();
        text.setText(page.html());
        text.setCaretPosition(0);
    }
}
