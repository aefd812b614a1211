package io.genlab.eval;

import io.genlab.data.Tensor;
import io.genlab.eval.metrics.Memorisation;
import io.genlab.train.DataShape;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.MemorisationPictures;
import io.genlab.viz.SamplePictures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The pictures of an evaluation: {@code samples.png}, the first samples scored, and {@code memorisation.png}. */
public final class EvalPictures {
    /** Samples in samples.png. */
    static final int SHOWN = 40;
    /** Samples, each beside its nearest training image, in memorisation.png. */
    static final int PAIRS = 24;

    private EvalPictures() {}

    public static void write(Path dir, Evaluator.Result result, DataShape shape, String title) throws IOException {
        Samples s = result.samples();
        int shown = Math.min(s.size(), SHOWN);
        Tensor first = new Tensor(Arrays.copyOf(s.images().data(), shown * shape.exampleSize()), shape.batchShape(shown));
        ImageFiles.writePng(SamplePictures.render(first, Arrays.copyOf(s.labels(), shown), shape, title), dir.resolve("samples.png"));
        if (result.nearestTraining() == null) return;
        int pairs = Math.min(PAIRS, s.size());
        List<float[]> samples = new ArrayList<>(), nearest = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            samples.add(s.item(i));
            nearest.add(result.nearestTraining()[i]);
        }
        Memorisation m = result.report().memorisation();
        ImageFiles.writePng(MemorisationPictures.panel(samples, nearest, m.distance(), m.typicalNearest(), shape.channels(), shape.height(),
                shape.width(), 4, String.format(Locale.ROOT, "Samples beside their nearest training images (typical gap %.1f)", m.typicalNearest())),
                dir.resolve("memorisation.png"));
    }
}
