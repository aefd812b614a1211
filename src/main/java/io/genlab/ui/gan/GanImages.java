package io.genlab.ui.gan;

import io.genlab.data.Tensor;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.metrics.ClassCoverage;
import io.genlab.eval.metrics.ConditionalAccuracy;
import io.genlab.gan.GanModel;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Snapshots;
import io.genlab.train.TraceSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the GAN view's image tab shows of a GAN trained on images, computed on the model's worker:
 * the run's snapshots (the same noise all run long), a latent walk, and what the judge sees in a
 * batch of samples. Nothing here touches Swing.
 */
final class GanImages {
    /** Frames of a latent walk, and samples the judge looks at. */
    static final int WALK_FRAMES = 24, JUDGED = 100;

    private GanImages() {}

    /** A GAN run opened for the tab: the model's data shape and the snapshots it wrote while training. */
    record Run(DataShape shape, List<Snapshots.Saved> snapshots) {}

    /** A latent walk: one picture per frame, each of the same samples (one per class) a little further along. */
    record Walk(List<Tensor> frames, int[] labels, long seed) {}

    /**
     * The judge's verdicts on samples asked for every class in turn.
     *
     * @param agreement the share whose predicted class is the class they were drawn for (NaN if the judge knows other classes)
     * @param coverage  how many samples the judge put in each class, and that histogram's entropy
     */
    record Verdicts(double agreement, ClassCoverage coverage) {}

    /** Whether the tab can show {@code model}: a GAN of images, not of 2D points. */
    static boolean shows(GenerativeModel model) {
        return model instanceof GanModel && model.info().shape().kind() != DataShape.Kind.POINTS;
    }

    /** The model's data shape and its run's snapshots, oldest first (none if the run kept none). */
    static Run open(GenerativeModel model, Path run) throws IOException {
        Path dir = run.resolve("snapshots");
        List<Snapshots.Saved> saved = new ArrayList<>();
        if (Files.isDirectory(dir)) for (Path f : Snapshots.list(dir)) saved.add(Snapshots.read(f));
        return new Run(model.info().shape(), saved);
    }

    /** One sample per class (at most ten) walking from one noise vector to another, seeded. */
    static Walk walk(GenerativeModel model, long seed) {
        int classes = model.info().shape().numClasses();
        int count = Math.min(10, Math.max(classes, 4));
        GenerationRequest request = GenerationRequest.cyclingClasses(count, classes, seed)
                .withOptions(Map.of(GanModel.WALK, Integer.toString(WALK_FRAMES)));
        List<Tensor> frames = new ArrayList<>();
        model.generate(request, frame -> frames.add(frame.tensors().get("x")));
        return new Walk(frames, request.labels(), seed);
    }

    /** Draws {@link #JUDGED} samples, the classes in turn, and asks the judge what each shows. */
    static Verdicts judge(GenerativeModel model, Judge judge, long seed) {
        int classes = model.info().shape().numClasses();
        GenerationRequest request = GenerationRequest.cyclingClasses(JUDGED, classes, seed);
        Tensor samples = model.generate(request, TraceSink.NONE);
        int[] predicted = judge.judge(samples).predicted();
        int judgeClasses = judge.card().classNames().size();
        double agreement = classes == judgeClasses ? ConditionalAccuracy.of(request.labels(), predicted, classes).overall() : Double.NaN;
        return new Verdicts(agreement, ClassCoverage.of(predicted, judgeClasses));
    }
}
