package io.genlab.eval.prompts;

import io.genlab.data.DatasetLocations;
import io.genlab.data.DatasetSpec;
import io.genlab.data.ImageDataset;
import io.genlab.data.Seeds;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;
import io.genlab.data.Tensor;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.eval.Evaluator;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceSink;
import io.genlab.train.TrainingData;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Measures prompt fidelity: a text-to-image model draws one picture for each caption of N
 * held-out Shapes scenes ({@link PromptScenes#EVAL_SEED}), the attribute judge reads every
 * picture, and {@link PromptFidelity} checks each reading against its caption's scene. The real
 * renders of the same scenes are read and checked the same way: the ceiling the judge allows.
 * It draws and scores; {@link PromptReport} writes the files.
 */
public final class PromptEvaluator {
    /** Pictures per call of the model: as {@code genlab eval}'s chunks, a few hundred MB at most. */
    static final int CHUNK = 50;

    private PromptEvaluator() {}

    /**
     * @param prompts  how many held-out captions to draw, one picture each (default 300)
     * @param sampling the model's sampling settings, as {@code genlab sample} takes them
     * @param seed     the noise of every picture derives from it; the prompts do not
     */
    public record Settings(int prompts, Map<String, String> sampling, long seed) {
        public Settings {
            if (prompts < 1 || prompts > 100_000) throw new IllegalArgumentException("draw 1 to 100000 prompts, got " + prompts);
            sampling = Map.copyOf(sampling);
        }
    }

    /**
     * What was drawn and how it scored.
     *
     * @param scenes          the prompts' scenes; prompt i is {@code scenes.get(i).caption()}
     * @param samples         [N, 3, 32, 32] the model's pictures, picture i for prompt i
     * @param renders         [N, 3, 32, 32] the real renders of the same scenes
     * @param sampleVerdicts  each picture checked against its prompt
     * @param renderVerdicts  each real render checked against its prompt
     * @param samplePlacements where the pictures of the one-object prompts put their object
     * @param renderPlacements the same for the real renders
     * @param millisPerImage  wall-clock per picture, drawing only
     * @param seenInTraining  prompts whose exact caption is also a caption of the run's training data
     * @param unknownWords    words of the prompts the model never saw (it reads each as {@value Tokenizer#UNKNOWN})
     */
    public record Result(List<ShapesScene> scenes, Tensor samples, Tensor renders, List<Map<Attribute, Verdict>> sampleVerdicts,
                         List<Map<Attribute, Verdict>> renderVerdicts, FidelityTable sampleTable, FidelityTable renderTable,
                         Placements samplePlacements, Placements renderPlacements, double millisPerImage, int seenInTraining, List<String> unknownWords) {}

    /**
     * @throws IllegalArgumentException if the model does not draw from prompts or did not learn Shapes
     * @throws IllegalStateException    if cancelled between chunks
     */
    public static Result run(Evaluator.Subject subject, AttributeJudge judge, DatasetLocations where, Settings settings,
                             Evaluator.Progress progress, BooleanSupplier cancelled) {
        GenerativeModel model = subject.model();
        Tokenizer tokenizer = check(model, subject.config().dataset());
        ImageDataset real = PromptScenes.render(PromptScenes.EVAL_SEED, settings.prompts());
        List<ShapesScene> scenes = PromptScenes.scenes(real);
        List<String> prompts = scenes.stream().map(ShapesScene::caption).toList();
        Set<String> unknown = new TreeSet<>();
        for (String p : prompts) unknown.addAll(tokenizer.encode(p).unknown());

        int n = prompts.size(), size = model.info().shape().exampleSize();
        float[] pixels = new float[n * size];
        long nanos = 0;
        for (int from = 0, chunk = 0; from < n; from += CHUNK, chunk++) {
            if (cancelled.getAsBoolean()) throw new IllegalStateException("the evaluation was cancelled");
            int to = Math.min(n, from + CHUNK);
            Map<String, String> options = new LinkedHashMap<>(settings.sampling());
            options.put(DiffusionModel.PROMPT, String.join(" | ", prompts.subList(from, to)));
            int[] labels = java.util.stream.IntStream.range(0, to - from).toArray();     // picture k draws the chunk's prompt k
            long t0 = System.nanoTime();
            Tensor t = model.generate(new GenerationRequest(labels.length, labels, Seeds.mix(settings.seed(), chunk), options), TraceSink.NONE);
            nanos += System.nanoTime() - t0;
            System.arraycopy(t.data(), 0, pixels, from * size, t.data().length);
            progress.update("pictures for the prompts", to, n);
        }
        Tensor samples = new Tensor(pixels, model.info().shape().batchShape(n));
        Tensor renders = AttributeJudgeTrainer.pixels(real);

        progress.update("reading the pictures", 0, 1);
        FidelityTable sampleTable = new FidelityTable(), renderTable = new FidelityTable();
        List<SceneReading> sampleReadings = judge.read(samples), renderReadings = judge.read(renders);
        List<Map<Attribute, Verdict>> sampleVerdicts = score(scenes, sampleReadings, sampleTable);
        List<Map<Attribute, Verdict>> renderVerdicts = score(scenes, renderReadings, renderTable);
        Set<String> trainingCaptions = new HashSet<>(TrainingData.images(subject.config(), where).captions().orElseThrow());
        int seen = (int) prompts.stream().filter(trainingCaptions::contains).count();
        progress.update("reading the pictures", 1, 1);
        return new Result(scenes, samples, renders, sampleVerdicts, renderVerdicts, sampleTable, renderTable,
                Placements.of(scenes, sampleReadings), Placements.of(scenes, renderReadings), nanos / 1e6 / n, seen, List.copyOf(unknown));
    }

    /**
     * The tokenizer of a model that can be asked for Shapes prompts.
     *
     * @throws IllegalArgumentException naming what is wrong: a model that learnt other data, or a class-conditioned one
     */
    public static Tokenizer check(GenerativeModel model, String dataset) {
        String name = model.info().name();
        DataShape shape = model.info().shape();
        if (DatasetSpec.parse(dataset).kind() != DatasetSpec.Kind.SHAPES || shape.channels() != 3
                || shape.height() != Shapes.SIDE || shape.width() != Shapes.SIDE) {
            throw new IllegalArgumentException(name + " learnt " + dataset + ", not shapes: --prompts asks for Shapes captions and its "
                    + "judge reads 3x32x32 Shapes pictures; score it without --prompts, or train a text-to-image model with "
                    + "'genlab train --model unet-s-text --dataset shapes'");
        }
        Tokenizer tokenizer = model instanceof DiffusionModel d ? d.tokenizer().orElse(null) : null;
        if (tokenizer == null) {
            throw new IllegalArgumentException(name + " learnt shapes but is conditioned on classes, not on text, so it cannot be asked "
                    + "for prompts; --prompts scores a text-to-image model such as unet-s-text");
        }
        return tokenizer;
    }

    private static List<Map<Attribute, Verdict>> score(List<ShapesScene> scenes, List<SceneReading> readings, FidelityTable table) {
        List<Map<Attribute, Verdict>> out = new ArrayList<>(scenes.size());
        for (int i = 0; i < scenes.size(); i++) {
            Map<Attribute, Verdict> v = PromptFidelity.score(scenes.get(i), readings.get(i));
            table.add(scenes.get(i).objects().size(), v);
            out.add(v);
        }
        return out;
    }
}
