package io.genlab.eval;

import io.genlab.data.Batch;
import io.genlab.data.DatasetLocations;
import io.genlab.data.Shapes;
import io.genlab.data.Tensor;
import io.genlab.data.Toy2D;
import io.genlab.eval.judge.Judge;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.TraceSink;
import io.genlab.train.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The whole evaluation on models whose scores are known: one that copies training images, one that knows nothing. */
class EvaluatorTest {
    private static final Path HOME = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path JUDGE = HOME.resolve("lessons/models/judge-fashion");
    private static Judge judge;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void loadJudge() throws IOException {
        judge = Judge.load(JUDGE);
    }

    /** The bundled subset only, so the numbers do not depend on whether the machine has the full set. */
    private static DatasetLocations bundled() {
        return DatasetLocations.of(HOME).withSystemFolder(tmp.resolve("no-full-set"));
    }

    private static RunConfig config() {
        return RunConfig.defaults("copying", "fashion", 100, 0).withData("fashion", 2000, 64);
    }

    private static Evaluator.Result evaluate(GenerativeModel model, RunConfig config, int n, long seed) throws IOException {
        List<String> stages = new ArrayList<>();
        Evaluator.Result r = Evaluator.run(new Evaluator.Subject(tmp, model, config, 100), judge, "lessons/models/judge-fashion", bundled(),
                new Evaluator.Settings(n, Map.of(), seed, true), (stage, done, total) -> stages.add(stage), () -> false);
        assertTrue(stages.contains("samples for each class") && stages.contains("unconditional samples"), stages.toString());
        return r;
    }

    @Test
    void aModelThatCopiesItsTrainingImagesIsFlaggedAndOtherwiseScoresLikeRealData() throws IOException {
        RunConfig config = config();
        EvalReport r = evaluate(new CopyingModel(TrainingData.images(config, bundled())), config, 100, 1).report();
        assertEquals(1.0, r.memorisation().copyShare(), "every sample is a training image");
        assertEquals(0, r.memorisation().medianRatio(), 1e-12);
        assertTrue(r.conditional().overall() > 0.85, "the judge recognises real images: " + r.conditional().overall());
        assertTrue(r.coverage().normalisedEntropy() > 0.9, "random training images cover every class: " + r.coverage().normalisedEntropy());
        assertTrue(r.fid() < 1.5 * r.fidFloor(), "real images sit near the real-against-real floor: " + r.fid() + " vs " + r.fidFloor());
        assertNull(r.bitsPerDim(), "a model without a likelihood has no bits per dimension");
        assertEquals(1, r.cost().networkEvaluations());
    }

    @Test
    void anUntrainedModelScoresBadlyAndTheSameSeedGivesTheSameNumbers() throws IOException {
        DataShape shape = DataShape.images(1, 28, 28, judge.card().classNames());
        GenerativeModel untrained = ModelRegistry.discover().get("pixel-gaussian").create(shape, Map.of(), 1);
        RunConfig config = config();
        EvalReport a = evaluate(untrained, config, 60, 7).report();
        EvalReport b = evaluate(untrained, config, 60, 7).report();
        assertEquals(withoutTimes(a), withoutTimes(b));
        assertTrue(a.fid() > 3 * a.fidFloor(), "noise is far from Fashion-MNIST: " + a.fid() + " vs floor " + a.fidFloor());
        assertEquals(0, a.memorisation().copies());
        assertNotNull(a.bitsPerDim(), "the pixel Gaussian has a likelihood");
        assertTrue(a.bitsPerDim() > 1, a.bitsPerDim().toString());
        EvalReport c = evaluate(untrained, config, 60, 8).report();
        assertNotEquals(a.fid(), c.fid(), "another seed, other samples");
    }

    @Test
    void pointsAreComparedInTheirOwnCoordinatesWithoutAJudge() throws IOException {
        RunConfig config = RunConfig.defaults("diffusion-2d", "toy2d:ring", 100, 0);
        GenerativeModel ring = new RingModel();
        EvalReport r = Evaluator.run(new Evaluator.Subject(tmp, ring, config, 100), null, null, bundled(),
                new Evaluator.Settings(400, Map.of(), 3, true), (s, d, t) -> { }, () -> false).report();
        assertNull(r.judge());
        assertNull(r.conditional());
        assertNull(r.memorisation());
        assertTrue(r.fid() < 3 * r.fidFloor() + 1e-3, "samples of the ring itself: " + r.fid() + " vs floor " + r.fidFloor());
        assertTrue(r.precisionRecall().precision() > 0.8 && r.precisionRecall().recall() > 0.8, r.precisionRecall().toString());
        GenerativeModel untrained = ModelRegistry.discover().get("diffusion-2d").create(DataShape.points(), Map.of("timesteps", 10), 1);
        EvalReport u = Evaluator.run(new Evaluator.Subject(tmp, untrained, config, 0), null, null, bundled(),
                new Evaluator.Settings(400, Map.of(), 3, true), (s, d, t) -> { }, () -> false).report();
        assertTrue(u.fid() > 10 * r.fid(), "an untrained model misses the ring: " + u.fid() + " vs " + r.fid());
        assertEquals(10, u.cost().networkEvaluations(), "one network call per sampler step");
    }

    /** A "model" of 2D points that draws straight from the ring it stands for. */
    private static final class RingModel implements GenerativeModel {
        @Override public ModelInfo info() { return new ModelInfo("test", "ring", 0, DataShape.points(), Map.of()); }
        @Override public Map<String, Double> trainStep(Batch batch, long stepSeed) { throw new UnsupportedOperationException(); }
        @Override public double learningRate() { return 0; }
        @Override
        public Tensor generate(GenerationRequest request, TraceSink sink) {
            float[] xy = Toy2D.generate(Toy2D.Kind.RING, request.count(), request.seed()).points();
            return new Tensor(xy, new int[]{request.count(), 2});
        }
        @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { return Map.of(); }
        @Override public Map<String, Tensor> state() { return Map.of(); }
        @Override public void restore(Map<String, Tensor> state) { }
    }

    /** The report without the wall-clock per sample, which differs from run to run. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutTimes(EvalReport r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(r.toMap());
        Map<String, Object> cost = new java.util.LinkedHashMap<>((Map<String, Object>) m.get("cost"));
        assertTrue(((Number) cost.remove("ms_per_sample")).doubleValue() > 0);
        m.put("cost", cost);
        return m;
    }

    @Test
    void refusesAJudgeOfOtherImagesAndTooFewUnseenImages() {
        DataShape shapes = DataShape.images(3, 32, 32, Shapes.CLASS_NAMES);
        GenerativeModel other = ModelRegistry.discover().get("pixel-gaussian").create(shapes, Map.of(), 1);
        RunConfig config = RunConfig.defaults("pixel-gaussian", "shapes", 100, 0);
        IllegalArgumentException wrongJudge = assertThrows(IllegalArgumentException.class, () -> Evaluator.run(
                new Evaluator.Subject(tmp, other, config, 1), judge, "lessons/models/judge-fashion", bundled(), new Evaluator.Settings(20, Map.of(), 1, true),
                (s, d, t) -> { }, () -> false));
        assertTrue(wrongJudge.getMessage().contains("cannot score"), wrongJudge.getMessage());

        RunConfig fashion = config();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> evaluate(
                new CopyingModel(TrainingData.images(fashion, bundled())), fashion, 1500, 1));
        assertTrue(tooMany.getMessage().contains("--n 1000"), tooMany.getMessage());
    }
}
