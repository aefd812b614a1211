package io.genlab.ui.gan;

import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeData;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.LatestJob;

import javax.swing.JComponent;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GAN view's image tab at work: follows the active model, and when it is a GAN of images
 * opens its snapshots, walks through its noise and asks the judge about its samples, each on the
 * model's worker; {@link ImagesPanel} draws the results. Use it on the UI thread only.
 */
final class ImageTab implements AutoCloseable {
    /** The shipped GAN the tab offers to open. */
    static final String SHIPPED = "dcgan-s-fashion";
    private final WorkbenchContext context;
    private final ImagesPanel panel = new ImagesPanel();
    private final LatestJob job = new LatestJob();            // opening a run, then its walks
    private final LatestJob judging = new LatestJob();
    private ActiveModel.Loaded shown;
    private Judge judge;
    private String judgeProblem;
    private long walkSeed = 1;

    /** What opening a GAN's run gives: its snapshots, its judge (or why there is none) and a first walk. */
    private record Opened(GanImages.Run run, Judge judge, String judgeProblem, GanImages.Walk walk) {}

    ImageTab(WorkbenchContext context) {
        this.context = context;
        Path shipped = context.pretrainedFolder().resolve(SHIPPED);
        panel.openShipped.setEnabled(RunFolder.isRun(shipped));
        panel.openShipped.addActionListener(e -> context.activeModel().open(shipped, () -> { }));
        panel.newWalk.addActionListener(e -> walk(walkSeed + 1));
        panel.judge.addActionListener(e -> judge());
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
    }

    JComponent panel() { return panel; }

    ImagesPanel images() { return panel; }

    /** Whether a job of the tab is still running. */
    boolean busy() { return job.running() || judging.running(); }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        job.forget();
        judging.forget();
        shown = null;
        judge = null;
        if (loaded.isEmpty()) {
            panel.showNoGan(context.activeModel().loading().map(r -> "Loading " + r.getFileName() + "…").orElse(ImagesPanel.NO_GAN));
            return;
        }
        ActiveModel.Loaded l = loaded.get();
        panel.showNoGan("Opening " + l.label() + "…");
        Path judgeFolder = JudgeData.defaultFolder(context.home(), l.config().dataset());
        job.start(t -> context.activeModel().worker().submit(w -> {
            if (!GanImages.shows(l.model())) return null;
            GanImages.Run run = GanImages.open(l.model(), l.run());
            Judge j = null;
            String problem = null;
            try {
                j = Judge.load(judgeFolder);                   // a missing one says how to train it
            } catch (IOException | RuntimeException e) {
                problem = "No judge for " + l.config().dataset() + ": " + e.getMessage();
            }
            return new Opened(run, j, problem, GanImages.walk(l.model(), walkSeed));
        }, t.only((Opened o) -> {
            t.end();
            if (o == null) {
                panel.showNoGan(ImagesPanel.NO_GAN + " (open now: " + l.label() + ")");
                return;
            }
            shown = l;
            judge = o.judge();
            judgeProblem = o.judgeProblem();
            panel.showRun(l.label(), o.run(), judge == null ? List.of() : judge.card().classNames());
            panel.showWalk(o.walk());
        }), t.only(e -> {
            t.end();
            panel.showNoGan("Cannot show " + l.label() + ": " + e.getMessage());
        })));
    }

    private void walk(long seed) {
        if (shown == null) return;
        ActiveModel.Loaded l = shown;
        panel.showProblem(false, "Walking through the noise…");
        job.start(t -> context.activeModel().worker().submit(w -> GanImages.walk(l.model(), seed), t.only((GanImages.Walk walk) -> {
            t.end();
            walkSeed = seed;
            panel.showWalk(walk);
        }), t.only(e -> {
            t.end();
            panel.showProblem(false, "The walk failed: " + e.getMessage());
        })));
    }

    private void judge() {
        if (shown == null) return;
        if (judge == null) {
            panel.showProblem(true, judgeProblem);
            return;
        }
        ActiveModel.Loaded l = shown;
        Judge j = judge;
        panel.showProblem(true, "Drawing " + GanImages.JUDGED + " samples and judging them…");
        judging.start(t -> context.activeModel().worker().submit(w -> GanImages.judge(l.model(), j, walkSeed), t.only((GanImages.Verdicts v) -> {
            t.end();
            panel.showVerdicts(v);
        }), t.only(e -> {
            t.end();
            panel.showProblem(true, "Judging failed: " + e.getMessage());
        })));
    }

    /** Pictures of what the tab shows now. */
    List<Export> exports() {
        List<Export> out = new ArrayList<>();
        GanImages.Run run = panel.run();
        if (run == null) return out;
        if (!run.snapshots().isEmpty()) {
            int at = panel.timelinePlayer().position();
            out.add(new Export.Picture("Samples at this step", "gan-samples", () -> ImagesPanel.snapshotPicture(run, at)));
            out.add(new Export.Animation("Samples over training", "gan-training", () -> {
                List<BufferedImage> frames = new ArrayList<>();
                for (int i = 0; i < run.snapshots().size(); i++) frames.add(ImagesPanel.snapshotPicture(run, i));
                return frames;
            }, 300));
        }
        GanImages.Walk walk = panel.walk();
        if (walk != null) {
            out.add(new Export.Animation("Latent walk", "gan-walk", () -> {
                List<BufferedImage> frames = new ArrayList<>();
                for (int i = 0; i < walk.frames().size(); i++) frames.add(ImagesPanel.walkPicture(run, walk, i));
                return frames;
            }, 120));
        }
        GanImages.Verdicts verdicts = panel.verdicts();
        List<String> names = panel.classNames();
        if (verdicts != null) {
            out.add(new Export.Picture("The judge's verdicts", "gan-judged", () -> ImagesPanel.verdictChart(verdicts, names, 900, 500)));
        }
        return out;
    }

    @Override
    public void close() {
        job.forget();
        judging.forget();
    }
}
