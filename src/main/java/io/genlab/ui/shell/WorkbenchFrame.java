package io.genlab.ui.shell;

import io.genlab.train.GenLabVersion;
import io.genlab.ui.widgets.Styles;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The main window: a toolbar with the model chooser and presenter mode, a problem banner, the
 * sidebar of views, and the shown view under its title, explanation and export button. It knows
 * views only through {@link WorkbenchView}.
 */
public final class WorkbenchFrame extends JFrame {
    private static final String PRESENT = "Presenter mode (F11)";
    private static final String LEAVE_PRESENTER = "Leave presenter mode (Esc)";
    private final WorkbenchContext context;
    private final List<WorkbenchView> views;
    private final JList<WorkbenchView> sidebar;
    private final CardLayout cards = new CardLayout();
    private final JPanel cardPanel = new JPanel(cards);
    private final JLabel viewTitle = new JLabel();
    private final JTextArea explanation = new JTextArea();
    private final JToggleButton explain = new JToggleButton("Explain");
    private final PresenterMode presenter = new PresenterMode(this);
    private final ExportMenu exportMenu;
    private final JTabbedPane sideTabs = new JTabbedPane();
    private final LessonReader lessons;
    private final JSplitPane split;
    private static final int VIEWS_WIDTH = 190;
    private static final int LESSON_WIDTH = 440;

    /** @param lessons makes the sidebar's lesson reader, given how it follows links */
    public WorkbenchFrame(WorkbenchContext context, ProblemBanner banner, List<WorkbenchView> views,
                          Function<LessonLinks, LessonReader> lessons) {
        super("GenLab " + GenLabVersion.get() + " — how AI generates images");
        this.context = context;
        this.views = List.copyOf(views);
        this.exportMenu = new ExportMenu(context.problems());
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);

        JPanel north = new JPanel(new BorderLayout());
        north.add(toolbar(), BorderLayout.NORTH);
        north.add(banner, BorderLayout.SOUTH);

        sidebar = new JList<>(this.views.toArray(new WorkbenchView[0]));
        sidebar.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sidebar.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, ((WorkbenchView) value).title(), index, selected, focus);
                setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
                return this;
            }
        });
        sidebar.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && sidebar.getSelectedValue() != null) show(sidebar.getSelectedValue());
        });
        JPanel viewsTab = new JPanel(new BorderLayout());
        viewsTab.add(new JScrollPane(sidebar), BorderLayout.CENTER);
        this.lessons = lessons.apply(new LessonLinkFollower(context, this.views, this::showView));
        context.navigation().connect(new Navigation.Target() {
            @Override
            public void follow(String destination, String text) {
                WorkbenchFrame.this.lessons.follow(destination, text);
            }

            @Override
            public void openLesson(int number) {
                showLessons(true);
                WorkbenchFrame.this.lessons.selectNumber(number);
            }
        });
        sideTabs.addTab("Views", viewsTab);
        sideTabs.addTab("Lessons", this.lessons.component());

        for (WorkbenchView v : this.views) cardPanel.add(v.component(), v.id());

        JPanel centre = new JPanel(new BorderLayout());
        centre.add(header(), BorderLayout.NORTH);
        centre.add(cardPanel, BorderLayout.CENTER);

        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, sideTabs, centre);
        split.setContinuousLayout(true);
        split.setDividerLocation(VIEWS_WIDTH);
        sideTabs.addChangeListener(e -> {
            boolean reading = lessonsShown();
            context.prefs().setLessonsShown(reading);
            if (reading && split.getDividerLocation() < LESSON_WIDTH) split.setDividerLocation(LESSON_WIDTH);
            if (!reading) split.setDividerLocation(VIEWS_WIDTH);
        });
        this.lessons.select(context.prefs().lastLesson());
        if (context.prefs().lessonsShown()) sideTabs.setSelectedComponent(this.lessons.component());

        JPanel root = new JPanel(new BorderLayout());
        root.add(north, BorderLayout.NORTH);
        root.add(split, BorderLayout.CENTER);
        setContentPane(root);
        bindKeys(root);

        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                shutDown();
            }
        });
    }

    private JComponent toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));
        JLabel name = new JLabel("GenLab");
        Styles.styled(name, "h2");
        bar.add(name);
        bar.add(Box.createHorizontalStrut(24));
        bar.add(new JLabel("Model: "));
        bar.add(new RunChooser(context, this));
        bar.add(Box.createHorizontalGlue());
        JButton present = new JButton(PRESENT);
        present.addActionListener(e -> presenter.toggle());
        presenter.onChange(on -> present.setText(on ? LEAVE_PRESENTER : PRESENT));
        bar.add(present);
        return bar;
    }

    private JComponent header() {
        JPanel header = new JPanel(new BorderLayout(12, 6));
        header.setBorder(BorderFactory.createEmptyBorder(10, 16, 6, 16));
        Styles.styled(viewTitle, "h1");
        header.add(viewTitle, BorderLayout.WEST);
        JPanel buttons = new JPanel();
        explain.setSelected(context.prefs().explanationsShown());
        explain.addActionListener(e -> {
            explanation.setVisible(explain.isSelected());
            context.prefs().setExplanationsShown(explain.isSelected());
        });
        JButton export = new JButton("Export ▾");
        export.addActionListener(e -> exportMenu.show(selected(), export));
        buttons.add(explain);
        buttons.add(export);
        header.add(buttons, BorderLayout.EAST);
        explanation.setEditable(false);
        explanation.setFocusable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        explanation.setOpaque(false);
        explanation.setVisible(explain.isSelected());
        header.add(explanation, BorderLayout.SOUTH);
        return header;
    }

    private void bindKeys(JComponent root) {
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, 0), "next", () -> next(1));
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, 0), "previous", () -> next(-1));
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0), "presenter", presenter::toggle);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "leave-presenter", presenter::leave);
    }

    private static void bind(JComponent root, KeyStroke key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Page Down / Page Up: the next or previous lesson while the lessons are shown, else view. */
    private void next(int direction) {
        if (lessonsShown()) lessons.step(direction);
        else step(direction);
    }

    private boolean lessonsShown() {
        return sideTabs.getSelectedComponent() == lessons.component();
    }

    /** Shows the next ({@code +1}) or previous ({@code -1}) view. */
    public void step(int direction) {
        int i = Math.floorMod(sidebar.getSelectedIndex() + direction, views.size());
        sidebar.setSelectedIndex(i);
    }

    /** Shows the view with this id; unknown ids are ignored and answer false. */
    public boolean showView(String id) {
        for (WorkbenchView v : views) {
            if (v.id().equals(id)) {
                sidebar.setSelectedValue(v, true);
                return true;
            }
        }
        return false;
    }

    public WorkbenchView selected() {
        return sidebar.getSelectedValue();
    }

    public List<WorkbenchView> views() { return views; }

    public WorkbenchContext context() { return context; }

    public LessonReader lessons() { return lessons; }

    /** Shows the lessons (true) or the list of views (false) in the sidebar. */
    public void showLessons(boolean shown) {
        sideTabs.setSelectedIndex(shown ? 1 : 0);
    }

    public PresenterMode presenter() { return presenter; }

    private void show(WorkbenchView view) {
        cards.show(cardPanel, view.id());
        viewTitle.setText(view.title());
        explanation.setText(view.explanation());
        context.prefs().setLastView(view.id());
        view.shown();
    }

    private void shutDown() {
        presenter.leave();
        if (lessons.selectedIndex() >= 0) context.prefs().setLastLesson(lessons.selectedIndex());
        context.prefs().setWindow(getBounds(), (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH);
        try {
            context.prefs().save();
        } catch (IOException e) {
            // Preferences are a convenience: a read-only home folder must not stop the window closing.
        }
        views.forEach(WorkbenchView::close);
        context.activeModel().close();
    }
}
