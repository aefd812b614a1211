package io.genlab.eval.compare;

import io.genlab.data.DatasetLocations;
import io.genlab.eval.EvalPictures;
import io.genlab.eval.EvalReport;
import io.genlab.eval.Evaluator;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeData;
import io.genlab.train.CheckpointManifest;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Json;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.Trainer;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingListener;
import io.genlab.train.TrainingSetup;
import io.genlab.train.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs an experiment's cells one after another into its folder: trains each model that needs
 * it (continuing an interrupted run from its last checkpoint), scores it with every sampling
 * setting, and writes the cell's {@link CellResult} last. A cell that has a result is skipped,
 * so an interrupted experiment resumes where it stopped, and cells run on other machines
 * ({@link #runCell}) join it when their folders are copied in.
 */
public final class CompareRunner {
    /** The spec as the experiment folder keeps it. */
    public static final String SPEC = "spec.json";
    private final CompareSpec spec;
    private final Path out, home;
    private final DatasetLocations where;
    private final ModelRegistry registry;

    /** What the runner is doing, for a progress display. */
    public interface Listener {
        void cell(CompareSpec.Cell cell, int of, String what);

        TrainingListener training();

        Evaluator.Progress scoring();
    }

    /**
     * @param home the GenLab folder that relative paths in the spec start from
     * @throws IOException if {@code out} holds another experiment
     */
    public CompareRunner(CompareSpec spec, Path out, Path home, DatasetLocations where, ModelRegistry registry) throws IOException {
        this.spec = spec;
        this.out = out;
        this.home = home;
        this.where = where;
        this.registry = registry;
        Path kept = out.resolve(SPEC);
        String json = Json.MAPPER.writeValueAsString(spec);
        if (Files.isRegularFile(kept)) {
            if (!Json.MAPPER.readTree(Files.readString(kept)).equals(Json.MAPPER.readTree(json))) {
                throw new IOException(out + " holds the cells of another experiment (" + kept + " differs from this spec); "
                        + "choose another --out, or delete the folder to start again");
            }
        } else {
            Files.createDirectories(out);
            AtomicFiles.writeString(kept, json + "\n");
        }
    }

    public CompareSpec spec() { return spec; }

    /** Runs every cell without a result, in order; returns the cells run now (not those skipped). */
    public List<CompareSpec.Cell> runAll(Listener listener) throws IOException {
        List<CompareSpec.Cell> ran = new ArrayList<>();
        List<CompareSpec.Cell> cells = spec.cells();
        for (CompareSpec.Cell c : cells) {
            if (CellResult.read(out.resolve("cells").resolve(c.folder())) != null) {
                listener.cell(c, cells.size(), "finished before, skipped");
                continue;
            }
            runCell(c.number(), listener);
            ran.add(c);
        }
        return ran;
    }

    /**
     * Runs one cell (1-based), whatever state its folder is in: finished training is not
     * repeated, a result is written anew.
     */
    public CellResult runCell(int number, Listener listener) throws IOException {
        List<CompareSpec.Cell> cells = spec.cells();
        if (number < 1 || number > cells.size()) throw new IllegalArgumentException("cell " + number + " does not exist; this experiment has cells 1.." + cells.size());
        CompareSpec.Cell cell = cells.get(number - 1);
        Path dir = out.resolve("cells").resolve(cell.folder());
        Files.createDirectories(dir);
        Path run;
        if (cell.model().trains()) {
            run = dir.resolve("run");
            listener.cell(cell, cells.size(), "training");
            train(cell, run, listener.training());
        } else {
            run = home.resolve(cell.model().run());
        }
        String runName = cell.model().trains() ? out.relativize(run).toString() : cell.model().run();
        RunFolder folder = RunFolder.open(run);
        DataShape shapeOfRun = null;
        Judge judge = null;
        Path judgeDir = spec.judge() != null ? home.resolve(spec.judge()) : JudgeData.defaultFolder(home, spec.dataset());
        List<CellResult.Entry> entries = new ArrayList<>();
        for (long step : steps(cell, folder)) {
            Path checkpoint = folder.checkpointsDir().resolve(Checkpoints.folderName(step));
            if (!Files.isDirectory(checkpoint)) throw new IOException(run + " has no checkpoint at step " + step + " to score");
            Checkpoints.Loaded loaded = Checkpoints.read(checkpoint);
            GenerativeModel model = registry.load(loaded);
            shapeOfRun = model.info().shape();
            if (judge == null && shapeOfRun.kind() == DataShape.Kind.IMAGES) judge = Judge.load(judgeDir);
            for (CompareSpec.SamplingSpec s : spec.samplingOf(cell.model())) {
                listener.cell(cell, cells.size(), "scoring " + s.label() + " at step " + loaded.manifest().step());
                Evaluator.Subject subject = new Evaluator.Subject(run, model, folder.config(), loaded.manifest().step());
                Evaluator.Result r = Evaluator.run(subject, judge, home.relativize(judgeDir).toString(), where,
                        new Evaluator.Settings(spec.samples(), s.options(), spec.seed(), spec.coverage(), spec.likelihoodImages()), listener.scoring(), () -> false);
                Path evalDir = dir.resolve(slug(s.label()) + "-step" + loaded.manifest().step());
                Files.createDirectories(evalDir);
                EvalReport report = r.report().withRun(runName);
                AtomicFiles.writeString(evalDir.resolve("eval.json"), Json.MAPPER.writeValueAsString(report.toMap()) + "\n");
                EvalPictures.write(evalDir, r, shapeOfRun, String.format(Locale.ROOT, "%s, %s, step %,d", cell.model().label(), s.label(),
                        loaded.manifest().step()));
                entries.add(new CellResult.Entry(s.label(), loaded.manifest().step(), out.relativize(evalDir).toString(), report.toMap()));
            }
        }
        CellResult result = new CellResult(cell.number(), cell.model().label(), cell.seed(), runName, entries);
        result.write(dir);
        listener.cell(cell, cells.size(), "finished");
        return result;
    }

    /** The checkpoint steps to score: the ones the spec names that training reached, then the last. */
    private static List<Long> steps(CompareSpec.Cell cell, RunFolder folder) throws IOException {
        Path last = folder.latestCheckpoint().orElseThrow(() -> new IOException(folder.dir() + " has no checkpoint to score"));
        long lastStep = Checkpoints.readManifest(last).step();
        TreeSet<Long> steps = new TreeSet<>();
        for (long s : cell.model().checkpoints()) if (s <= lastStep) steps.add(s);
        steps.add(lastStep);
        return new ArrayList<>(steps);
    }

    private void train(CompareSpec.Cell cell, Path run, TrainingListener listener) throws IOException {
        CompareSpec.ModelSpec m = cell.model();
        TrainingSetup.Ready ready;
        Path last = RunFolder.isRun(run) ? RunFolder.open(run).latestCheckpoint().orElse(null) : null;
        if (last != null) {
            // An interrupted cell: train on to its budget, counting the time it has trained already.
            CheckpointManifest at = Checkpoints.readManifest(last);
            double minutesLeft = m.minutes() - at.elapsedSeconds() / 60;
            if ((m.steps() > 0 && at.step() >= m.steps()) || (m.minutes() > 0 && minutesLeft <= 1e-3)) return;
            TrainingSetup.Continuation c = TrainingSetup.continuing(run, null, m.minutes() > 0 ? minutesLeft : null);
            ready = c.start(registry, where, new TrainingControl());
        } else {
            if (Files.exists(run)) AtomicFiles.deleteTree(run);                     // a run that never reached a checkpoint
            Map<String, Object> options = new LinkedHashMap<>(m.options());
            if (m.lr() != null) options.put("lr", m.lr());
            RunConfig config = RunConfig.defaults(m.model(), spec.dataset(), m.steps(), m.minutes()).withOptions(options)
                    .withData(spec.dataset(), m.limit(), m.batch()).withSeed(cell.seed())
                    .withSchedule(0, checkpointEvery(m), 16);
            ready = TrainingSetup.newRun(registry, config, run, where, new TrainingControl());
        }
        Trainer trainer = ready.trainer();
        trainer.addListener(listener);
        if (trainer.run() instanceof TrainingEvent.Failed f) {
            throw new IOException("training " + m.label() + " (seed " + cell.seed() + ") failed: " + f.message());
        }
    }

    /** Checkpoints often enough to keep every step the spec scores, and at least every 1000 steps. */
    static int checkpointEvery(CompareSpec.ModelSpec m) {
        long g = 0;
        for (long s : m.checkpoints()) g = gcd(g, s);
        return (int) (g == 0 ? 1000 : Math.min(g, 1000));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "setting" : s;
    }
}
