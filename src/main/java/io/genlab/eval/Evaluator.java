package io.genlab.eval;

import io.genlab.data.DatasetLocations;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.PointSet;
import io.genlab.data.Seeds;
import io.genlab.data.Tensor;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.judge.Judgement;
import io.genlab.eval.metrics.ClassCoverage;
import io.genlab.eval.metrics.ConditionalAccuracy;
import io.genlab.eval.metrics.FrechetDistance;
import io.genlab.eval.metrics.Memorisation;
import io.genlab.eval.metrics.PrecisionRecall;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Likelihood;
import io.genlab.train.MetricsLog;
import io.genlab.train.RunConfig;
import io.genlab.train.TrainingData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Scores a trained model the same way whatever its family: draws samples for every class in
 * turn (and as many unconditional ones), has the judge classify and embed them, and compares
 * them with unseen real images and with the training images. Models of 2D points are compared
 * in their own coordinates, without a judge.
 */
public final class Evaluator {
    private Evaluator() {}

    /**
     * @param samples  conditional samples to draw (and as many unconditional ones); unseen real data must hold twice as many
     * @param sampling the model's sampling settings, as {@code genlab sample} takes them
     * @param seed     every sample derives from it
     * @param coverage whether to draw as many unconditional samples for the class coverage (half the time of a sweep)
     * @param likelihoodImages how many test images the bits per dimension average over, from the first; 0 for all
     */
    public record Settings(int samples, Map<String, String> sampling, long seed, boolean coverage, int likelihoodImages) {
        public Settings {
            if (samples < 10) throw new IllegalArgumentException("evaluate at least 10 samples, got " + samples);
            if (likelihoodImages < 0) throw new IllegalArgumentException("likelihood images: 0 (all) or more, got " + likelihoodImages);
            sampling = Map.copyOf(sampling);
        }

        /** Bits per dimension over the whole test split. */
        public Settings(int samples, Map<String, String> sampling, long seed, boolean coverage) {
            this(samples, sampling, seed, coverage, 0);
        }
    }

    /** What is being evaluated: a model restored from a run, with the run's config and checkpoint step. */
    public record Subject(Path run, GenerativeModel model, RunConfig config, long step) {}

    /** Told what is happening: which samples are being drawn, how many are done. */
    @FunctionalInterface
    public interface Progress {
        void update(String stage, int done, int total);
    }

    /**
     * The report, and what the pictures of it need: the conditional samples and, for images,
     * each sample's nearest training image.
     */
    public record Result(EvalReport report, Samples samples, float[][] nearestTraining) {}

    /**
     * @param judge     scores image samples; null for models of 2D points
     * @param judgeName where the judge came from, for the report (a path relative to the GenLab folder)
     * @throws IllegalArgumentException if the judge does not fit the model's images, or there is too little unseen data
     */
    public static Result run(Subject subject, Judge judge, String judgeName, DatasetLocations where, Settings settings,
                             Progress progress, BooleanSupplier cancelled) throws IOException {
        GenerativeModel model = subject.model();
        DataShape shape = model.info().shape();
        boolean images = shape.kind() == DataShape.Kind.IMAGES;
        if (images) checkJudge(judge, shape, subject.config().dataset());
        int n = settings.samples();
        int classes = shape.numClasses();
        int[] cycling = GenerationRequest.cyclingClasses(n, classes, 0).labels();
        Samples conditional = Samples.draw(model, cycling, settings.sampling(), Seeds.of(settings.seed(), "conditional"),
                (d, t) -> progress.update("samples for each class", d, t), cancelled);
        int[] none = new int[n];
        Arrays.fill(none, -1);
        Samples unconditional = classes > 1 && settings.coverage() ? Samples.draw(model, none, settings.sampling(), Seeds.of(settings.seed(), "unconditional"),
                (d, t) -> progress.update("unconditional samples", d, t), cancelled) : null;
        progress.update("scoring", 0, 1);

        float[][] generated, real, realAgain;
        ConditionalAccuracy accuracy = null;
        ClassCoverage coverage = null;
        Memorisation memorisation = null;
        float[][] nearestTraining = null;
        Double bits = null;
        EvalReport.JudgeFacts judgeFacts = null;
        if (images) {
            ImageDataset unseen = JudgeData.load(subject.config().dataset(), null, where).test();
            requireUnseen(unseen.size(), n);
            Judgement onSamples = judge.judge(conditional.images());
            generated = onSamples.features();
            real = judge.judge(unseen.range(0, n)).features();
            realAgain = judge.judge(unseen.range(n, 2 * n)).features();
            if (classes > 1) {
                accuracy = ConditionalAccuracy.of(cycling, onSamples.predicted(), classes);
                if (unconditional != null) coverage = ClassCoverage.of(judge.judge(unconditional.images()).predicted(), classes);
            }
            ImageDataset training = TrainingData.images(subject.config(), where);
            float[][] trainingPixels = rows(training);
            float[][] samplePixels = new float[n][];
            for (int i = 0; i < n; i++) samplePixels[i] = conditional.item(i);
            memorisation = Memorisation.of(samplePixels, trainingPixels, settings.seed());
            nearestTraining = new float[n][];
            for (int i = 0; i < n; i++) nearestTraining[i] = trainingPixels[memorisation.nearest()[i]];
            if (model instanceof Likelihood likelihood) bits = meanBits(likelihood, settings.likelihoodImages() == 0 ? unseen
                    : unseen.range(0, Math.min(unseen.size(), settings.likelihoodImages())));
            judgeFacts = new EvalReport.JudgeFacts(judgeName, judge.card().testAccuracy(), judge.card().trainSource());
        } else {
            DatasetSpec spec = DatasetSpec.parse(subject.config().dataset());
            real = pointRows(Datasets.loadPoints(spec, n, Seeds.of(settings.seed(), "eval-real-a")));
            realAgain = pointRows(Datasets.loadPoints(spec, n, Seeds.of(settings.seed(), "eval-real-b")));
            generated = new float[n][];
            for (int i = 0; i < n; i++) generated[i] = conditional.item(i);
        }
        double fid = FrechetDistance.between(real, generated);
        double floor = FrechetDistance.between(real, realAgain);
        PrecisionRecall pr = PrecisionRecall.of(real, generated), prFloor = PrecisionRecall.of(real, realAgain);

        EvalReport.ModelFacts facts = new EvalReport.ModelFacts(subject.run().toString(), model.info().name(), model.info().family(),
                subject.config().dataset(), subject.step(), shape.classNames());
        EvalReport report = new EvalReport(facts, settings.sampling(), n, settings.seed(), judgeFacts, accuracy, coverage, fid, floor, pr,
                prFloor, memorisation, bits, cost(subject, conditional, settings));
        progress.update("scoring", 1, 1);
        return new Result(report, conditional, nearestTraining);
    }

    private static void checkJudge(Judge judge, DataShape shape, String dataset) {
        if (judge == null) throw new IllegalArgumentException("scoring images needs a judge for " + dataset + "; train one with 'genlab judge train'");
        int[] s = judge.imageShape();
        if (s[0] != shape.channels() || s[1] != shape.height() || s[2] != shape.width()
                || !judge.card().classNames().equals(shape.classNames())) {
            throw new IllegalArgumentException("the judge (trained on " + judge.card().dataset() + ": " + s[0] + "x" + s[1] + "x" + s[2] + ", "
                    + judge.card().classNames() + ") cannot score this model's images (" + shape + "); use a judge of " + dataset);
        }
    }

    private static void requireUnseen(int available, int n) {
        if (available < 2 * n) {
            throw new IllegalArgumentException("there are " + available + " unseen real images, and the FID floor needs twice the "
                    + "samples: use --n " + available / 2 + " or fewer (or install the full dataset)");
        }
    }

    private static EvalReport.Cost cost(Subject subject, Samples conditional, Settings settings) throws IOException {
        GenerativeModel model = subject.model();
        long steps = subject.step();
        double seconds = Double.NaN, rate = Double.NaN;
        Path metrics = subject.run().resolve("metrics.csv");
        if (Files.isRegularFile(metrics)) {
            List<MetricsLog.Row> rows = MetricsLog.read(metrics);
            for (MetricsLog.Row r : rows) {
                if (r.step() > steps) break;
                seconds = r.elapsedSeconds();
                rate = r.examplesPerSecond();
            }
        }
        GenerationRequest one = GenerationRequest.cyclingClasses(1, model.info().shape().numClasses(), 0).withOptions(settings.sampling());
        return new EvalReport.Cost(model.info().parameters(), steps, seconds, rate, conditional.millisPerItem(), model.networkEvaluations(one));
    }

    private static double meanBits(Likelihood model, ImageDataset unseen) {
        double sum = 0;
        for (int from = 0; from < unseen.size(); from += 500) {
            int to = Math.min(unseen.size(), from + 500);
            int[] idx = new int[to - from];
            for (int i = 0; i < idx.length; i++) idx[i] = from + i;
            for (double b : model.bitsPerDimension(unseen.batch(idx))) sum += b;
        }
        return sum / unseen.size();
    }

    private static float[][] rows(ImageDataset d) {
        float[][] out = new float[d.size()][];
        for (int i = 0; i < out.length; i++) out[i] = d.image(i);
        return out;
    }

    private static float[][] pointRows(PointSet points) {
        float[][] out = new float[points.size()][];
        for (int i = 0; i < out.length; i++) out[i] = new float[]{points.x(i), points.y(i)};
        return out;
    }
}
