package io.genlab.ui.race;

import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.RaceSettings;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Race view: the four shipped models draw the same classes side by side at their real speed on
 * this computer, the GAN in one pass, the diffusion models in N denoising steps, the PixelCNN pixel by
 * pixel, with a clock and a count of network evaluations under each. Race records the lanes one
 * after another, each alone on the machine; the recording is then replayed, every lane together on
 * one clock at its recorded times, and the player scrubs that clock. Replay runs it again without
 * generating.
 */
public final class RaceView implements WorkbenchView {
    private final WorkbenchContext context;
    private final RaceForm form = new RaceForm();
    private final RaceBoard board = new RaceBoard();
    private final RaceJobs jobs;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8));
    private List<LaneHead> heads = List.of();
    private List<String> classNames = List.of();

    public RaceView(WorkbenchContext context) {
        this.context = context;
        jobs = new RaceJobs(new RaceRunner(context.activeModel().worker(), context.registry(), SwingUtilities::invokeLater), form, board);
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        panel.add(formScroll, BorderLayout.WEST);
        panel.add(board.panel(), BorderLayout.CENTER);
        form.race.addActionListener(e -> race());
        form.cancel.addActionListener(e -> jobs.cancel());
        form.replay.addActionListener(e -> board.replay(form.speedChoice().factor()));
        form.classes.addActionListener(e -> showHeadsIfIdle());
        form.seed.addChangeListener(e -> showHeadsIfIdle());
        form.steps.addChangeListener(e -> showHeadsIfIdle());
        form.guidance.addChangeListener(e -> showHeadsIfIdle());
        readHeads();
    }

    @Override public String id() { return "race"; }

    @Override public String title() { return "Race"; }

    @Override
    public String explanation() {
        return "Four models draw the same pictures from the same seed at their real speed on this computer: the GAN (dcgan-s) in "
                + "one pass of its generator, the diffusion models (unet-s, and dit-s with a transformer inside) in N denoising "
                + "steps, the PixelCNN (pixelcnn-s) one pixel after another, 784 of them. A network evaluation is one run of a "
                + "model's network; under each lane is how many one picture took (with guidance, two per denoising step). Race runs "
                + "the lanes one after another, each alone on the machine and warmed up, so that none slows another down, then "
                + "replays them together on one clock at their recorded times; the player scrubs that clock. Faster is not better "
                + "or worse by itself: look at the pictures, and compare quality in the Compare view.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return RaceExports.of(board.recording(), form.speedChoice().factor());
    }

    @Override
    public Set<String> settings() {
        return RaceLesson.names();
    }

    /** Sets the view up from a lesson link; {@code run=true} starts the race. */
    @Override
    public void apply(Map<String, String> settings) {
        if (!jobs.busy()) readHeads();
        RaceLesson lesson = RaceLesson.read(settings, form, classNames);
        lesson.setForm(form);
        if (lesson.run()) race();
    }

    /** The lanes' folders are read again (a model may have been trained or copied in), unless a race is on screen. */
    @Override
    public void shown() {
        if (!jobs.busy() && board.recording() == null) readHeads();
    }

    @Override
    public void close() {
        jobs.forget();
        board.stop();
    }

    /** Records a race with the form's settings; when it is over it is replayed at the form's speed. */
    void race() {
        board.stop();
        readHeads();
        RaceSettings settings = form.settings();
        form.setRecorded(false);
        jobs.race(heads, settings, settings.pictures(classNames.size()), settings.describe(classNames), recording -> {
            board.show(recording);
            form.setRecorded(recording.anyFinished());
            if (recording.anyFinished()) board.replay(form.speedChoice().factor());
        });
    }

    /** Reads every lane's folder and shows the lanes as they would race. */
    private void readHeads() {
        heads = LaneHead.shipped(context.pretrainedFolder());
        classNames = LaneHead.classNames(heads);
        form.setClassNames(classNames);
        showHeadsIfIdle();
    }

    private void showHeadsIfIdle() {
        if (jobs.busy() || board.recording() != null) return;
        RaceSettings settings = form.settings();
        boolean any = heads.stream().anyMatch(LaneHead::ready);
        board.showLanes(heads.stream().map(h -> h.waiting(settings)).toList(), settings.pictures(classNames.size()), " ",
                any ? "Ready to race: " + settings.describe(classNames) : "No model can race: the lessons' models are missing");
    }

    RaceForm form() { return form; }

    RaceBoard board() { return board; }

    RaceJobs jobs() { return jobs; }
}
