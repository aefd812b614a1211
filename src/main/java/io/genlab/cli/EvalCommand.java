package io.genlab.cli;

import io.genlab.data.GenLabHome;
import io.genlab.eval.EvalPictures;
import io.genlab.eval.EvalReport;
import io.genlab.eval.Evaluator;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.prompts.AttributeJudge;
import io.genlab.eval.prompts.PromptEvaluator;
import io.genlab.eval.prompts.PromptReport;
import io.genlab.train.AtomicFiles;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Json;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genlab eval}: scores a trained model's samples and writes the numbers as JSON, with pictures. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a trained model: conditional accuracy and class coverage by the judge, FID and precision/recall in the "
                + "judge's feature space against unseen real images (with the real-against-real floor), memorisation, bits per "
                + "dimension where the model has a likelihood, and cost.",
                "FID here is measured in the GenLab judge's features, not Inception-v3's: compare it with its floor and with other "
                        + "GenLab models, not with FID values in papers.",
                "--prompts scores a text-to-image model trained on Shapes instead: it draws the captions of held-out scenes and the "
                        + "attribute judge checks each picture's colours, kinds, letters, sizes, position, relations and count against "
                        + "its prompt, beside the same check of the real renders (the judge's ceiling)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run folder: its last checkpoint is scored.")
    Path run;

    @Option(names = "--judge", paramLabel = "DIR", description = "Judge folder (default: lessons/models/judge-DATASET, e.g. judge-fashion; "
            + "with --prompts, lessons/models/judge-shapes-attributes).")
    Path judgeDir;

    @Option(names = "--prompts", description = "Score prompt fidelity of a text-to-image model trained on shapes (default sampling: DDIM 50 steps, "
            + "eta 0, guidance 3).")
    boolean prompts;

    @Option(names = "--n", description = "Samples for each kind of score (default 500; the same number of unconditional ones are drawn for "
            + "coverage); with --prompts, held-out captions, one picture each (default 300).")
    Integer n;

    @Option(names = "--coverage", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also draw unconditional samples to measure class coverage (default); --no-coverage halves the time.")
    boolean coverage;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the samples (default ${DEFAULT-VALUE}); the same seed gives the same numbers.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for eval.json, samples.png and memorisation.png, or with --prompts "
            + PromptReport.FILES + " (default RUN/eval).")
    Path out;

    @CommandLine.Mixin
    SamplingOptions sampling;

    @CommandLine.Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        if (prompts) return promptFidelity();
        Evaluator.Settings settings;
        try {
            settings = new Evaluator.Settings(n != null ? n : 500, sampling.toMap(), seed, coverage);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Evaluator.Subject subject = subject();
        GenerativeModel model = subject.model();
        boolean images = model.info().shape().kind() == DataShape.Kind.IMAGES;
        Path judgeFolder = judgeDir != null ? judgeDir : JudgeData.defaultFolder(GenLabHome.resolve(), subject.config().dataset());
        Judge judge = images ? Judge.load(judgeFolder) : null;
        PrintWriter o = spec.commandLine().getOut();
        Evaluator.Result result;
        try {
            result = Evaluator.run(subject, judge, shown(judgeFolder), data.locations(), settings, new ProgressLine(o), () -> false);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        EvalReport report = result.report();
        Path dir = out != null ? out : run.resolve("eval");
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("eval.json"), Json.MAPPER.writeValueAsString(report.toMap()) + "\n");
        EvalPictures.write(dir, result, model.info().shape(),
                String.format(Locale.ROOT, "%s at step %,d: samples scored by genlab eval", model.info().name(), subject.step()));
        report.lines().forEach(o::println);
        o.println("wrote " + dir.toAbsolutePath().resolve("eval.json") + " and its pictures");
        o.flush();
        return 0;
    }

    /** The run's last checkpoint, loaded. */
    private Evaluator.Subject subject() throws IOException {
        RunFolder folder = RunFolder.open(run);
        Path checkpointDir = folder.latestCheckpoint().orElseThrow(() -> new IOException(run + " has no checkpoint yet: train it first"));
        Checkpoints.Loaded checkpoint = Checkpoints.read(checkpointDir);
        return new Evaluator.Subject(run, ModelRegistry.discover().load(checkpoint), folder.config(), checkpoint.manifest().step());
    }

    /** {@code --prompts}: the prompt fidelity of a text-to-image model, judged by the attribute judge. */
    private int promptFidelity() throws IOException {
        Map<String, String> options = new LinkedHashMap<>(sampling.toMap());
        options.putIfAbsent("sampler", "ddim");
        options.putIfAbsent("steps", "50");
        if (options.get("sampler").equals("ddim")) options.putIfAbsent("eta", "0");
        options.putIfAbsent("guidance", "3");
        PromptEvaluator.Settings settings;
        try {
            settings = new PromptEvaluator.Settings(n != null ? n : 300, options, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Evaluator.Subject subject = subject();
        GenerativeModel model = subject.model();
        Path judgeFolder = judgeDir != null ? judgeDir : GenLabHome.resolve().resolve("lessons/models/judge-shapes-attributes");
        PrintWriter o = spec.commandLine().getOut();
        PromptEvaluator.Result result;
        try {
            PromptEvaluator.check(model, subject.config().dataset());
            AttributeJudge judge = AttributeJudge.load(judgeFolder);
            result = PromptEvaluator.run(subject, judge, data.locations(), settings, new ProgressLine(o), () -> false);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PromptReport report = new PromptReport(model.info().name(), run.toString(), subject.step(), shown(judgeFolder), settings, result);
        Path dir = out != null ? out : run.resolve("eval");
        report.write(dir);
        report.lines().forEach(o::println);
        o.println("wrote " + PromptReport.FILES + " in " + dir.toAbsolutePath());
        o.flush();
        return 0;
    }

    /** A path as the report names it: relative to the GenLab folder when it lies inside it. */
    static String shown(Path p) {
        Path home = GenLabHome.resolve().toAbsolutePath().normalize(), abs = p.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : abs.toString();
    }

    /** One line at most every two seconds while samples are drawn. */
    private static final class ProgressLine implements Evaluator.Progress {
        private final PrintWriter out;
        private final Throttle throttle = new Throttle(2);

        ProgressLine(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void update(String stage, int done, int total) {
            if (!throttle.due(done == total)) return;
            out.println(String.format(Locale.ROOT, "%s %d/%d  elapsed %s", stage, done, total, ConsoleProgress.clock(throttle.elapsedSeconds())));
            out.flush();
        }
    }
}
