package io.genlab.cli;

import io.genlab.data.ImageDataset;
import io.genlab.eval.judge.ClassificationReport;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeCard;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.judge.JudgeTrainer;
import io.genlab.eval.judge.TribuoJudge;
import io.genlab.eval.prompts.AttributeJudge;
import io.genlab.eval.prompts.AttributeJudgeCard;
import io.genlab.eval.prompts.AttributeJudgeTrainer;
import io.genlab.eval.prompts.PromptScenes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** {@code genlab judge}: trains and checks the classifiers that score generated images. */
@Command(name = "judge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train or check a judge: the classifier whose verdicts and features 'genlab eval' scores samples with.",
                "--tribuo also trains Tribuo's linear classifier on the same images and shows its evaluation beside the CNN's.",
                "--prompts trains the Shapes attribute judge instead, which 'genlab eval --prompts' reads pictures with."},
        subcommands = {JudgeCommand.Train.class, JudgeCommand.Eval.class})
final class JudgeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Train a CNN judge on a labelled image dataset and save it with its test accuracy.",
                    "With --prompts, train the Shapes attribute judge on freshly rendered scenes and save it with its per-attribute "
                            + "accuracy on real renders of held-out scenes."})
    static final class Train implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dataset", description = "Labelled images: fashion (its test split is held out), shapes, or idx:PATH.")
        String dataset;

        @Option(names = "--prompts", description = "Train the Shapes attribute judge (for 'genlab eval --prompts') instead of a class judge.")
        boolean prompts;

        @Option(names = "--steps", description = "With --prompts: Adam steps, each on freshly rendered scenes (default 3000).")
        Integer steps;

        @Option(names = "--test", paramLabel = "SPEC", description = "Images to test on instead of the held-out split, e.g. idx:PATH.")
        String test;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the judge to (judge.json, weights.bin; "
                + "with --prompts attribute-judge.json, weights.bin and README.md).")
        Path out;

        @Option(names = "--epochs", description = "Passes over the training images (default 6; not with --prompts).")
        Integer epochs;

        @Option(names = "--batch", description = "Images per step (default 128; 64 with --prompts).")
        Integer batch;

        @Option(names = "--lr", defaultValue = "1e-3", description = "Adam's learning rate (default ${DEFAULT-VALUE}).")
        double lr;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the weights and the batch order (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--tribuo", description = "Also train and evaluate Tribuo's linear classifier on the same images.")
        boolean tribuo;

        @CommandLine.Mixin
        DataLocationOption data;

        @Override
        public Integer call() throws IOException {
            if (prompts == (dataset != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either --dataset (a class judge) or --prompts (the Shapes attribute judge)");
            }
            if (prompts) return trainAttributeJudge();
            if (steps != null) throw new CommandLine.ParameterException(spec.commandLine(), "--steps is for --prompts; a class judge trains for --epochs");
            Arguments.dataset(spec, dataset);
            if (test != null) Arguments.dataset(spec, test);
            if (epochs == null) epochs = 6;
            if (batch == null) batch = 128;
            JudgeTrainer.Settings settings;
            try {
                settings = new JudgeTrainer.Settings(epochs, batch, lr, seed);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            JudgeData split = JudgeData.load(dataset, test, data.locations());
            o.println("training on " + split.train().size() + " images: " + split.train().source());
            o.println("testing on  " + split.test().size() + " images: " + split.test().source());
            o.flush();
            StepLine line = new StepLine(o);
            Judge judge = JudgeTrainer.train(split, settings, commandLine(), line::step, () -> false);
            judge.save(out);
            describe(o, judge);
            o.println(String.join("\n", judge.report(split.test()).lines()));
            if (tribuo) o.println(String.join("\n", tribuoReport(split, seed).lines()));
            o.println("judge written to " + out.toAbsolutePath());
            return 0;
        }

        private int trainAttributeJudge() throws IOException {
            if (epochs != null || test != null || tribuo) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--epochs, --test and --tribuo are for a class judge; "
                        + "the attribute judge trains for --steps on freshly rendered scenes and is tested on held-out ones");
            }
            AttributeJudgeTrainer.Settings d = AttributeJudgeTrainer.Settings.defaults(), settings;
            try {
                settings = new AttributeJudgeTrainer.Settings(steps != null ? steps : d.steps(), batch != null ? batch : d.batchSize(), lr, seed, d.width());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println(String.format(Locale.ROOT, "training the Shapes attribute judge: %,d steps of %d pictures (freshly rendered scenes, an eighth pure noise); "
                    + "testing on %,d held-out scenes (seed %d)",
                    settings.steps(), settings.batchSize(), AttributeJudgeTrainer.TEST_SCENES, PromptScenes.JUDGE_TEST_SEED));
            o.flush();
            Throttle throttle = new Throttle(10);
            AttributeJudge judge = AttributeJudgeTrainer.train(settings, String.format(Locale.ROOT,
                    "./genlab judge train --prompts --out %s --steps %d --batch %d --lr %s --seed %d", out, settings.steps(), settings.batchSize(), lr, seed),
                    (step, total, losses) -> {
                        if (!throttle.due(step == total)) return;
                        double elapsed = throttle.elapsedSeconds();
                        o.println(String.format(Locale.ROOT, "step %d/%d  loss %.4f (presence %.3f, kind %.3f, letter %.3f, size %.3f, centre %.3f)  elapsed %s  ETA %s",
                                step, total, losses.get("loss"), losses.get("presenceLoss"), losses.get("kindLoss"), losses.get("letterLoss"),
                                losses.get("sizeLoss"), losses.get("centreLoss"), ConsoleProgress.clock(elapsed),
                                ConsoleProgress.clock(elapsed / step * (total - step))));
                        o.flush();
                    }, () -> false);
            judge.save(out);
            describe(o, judge);
            o.println("attribute judge written to " + out.toAbsolutePath());
            return 0;
        }

        private String commandLine() {
            StringBuilder s = new StringBuilder("./genlab judge train --dataset " + dataset);
            if (test != null) s.append(" --test ").append(test);
            s.append(" --out ").append(out).append(" --epochs ").append(epochs).append(" --batch ").append(batch)
                    .append(" --lr ").append(lr).append(" --seed ").append(seed);
            return s.toString();
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show how far a judge can be trusted: its accuracy, precision and recall per class, and confusions on real images.")
    static final class Eval implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--judge", required = true, paramLabel = "DIR", description = "A judge folder, e.g. lessons/models/judge-fashion, "
                + "or an attribute judge such as lessons/models/judge-shapes-attributes.")
        Path judgeDir;

        @Option(names = "--dataset", paramLabel = "SPEC", description = "Labelled images to test on (default: the judge's own test split).")
        String dataset;

        @Option(names = "--tribuo", description = "Also train Tribuo's linear classifier on the judge's training images and evaluate it the same way.")
        boolean tribuo;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the Tribuo classifier (default ${DEFAULT-VALUE}).")
        long seed;

        @CommandLine.Mixin
        DataLocationOption data;

        @Override
        public Integer call() throws IOException {
            if (AttributeJudge.isIn(judgeDir)) return evalAttributeJudge();
            if (dataset != null) Arguments.dataset(spec, dataset);
            Judge judge = Judge.load(judgeDir);
            PrintWriter o = spec.commandLine().getOut();
            describe(o, judge);
            JudgeData split = JudgeData.load(judge.card().dataset(), dataset, data.locations());
            o.println("testing on " + split.test().size() + " images: " + split.test().source());
            o.println(String.join("\n", judge.report(split.test()).lines()));
            if (tribuo) o.println(String.join("\n", tribuoReport(split, seed).lines()));
            return 0;
        }

        private int evalAttributeJudge() throws IOException {
            if (dataset != null || tribuo) {
                throw new CommandLine.ParameterException(spec.commandLine(), "an attribute judge is checked on its own held-out Shapes scenes; "
                        + "--dataset and --tribuo are for class judges");
            }
            AttributeJudge judge = AttributeJudge.load(judgeDir);
            PrintWriter o = spec.commandLine().getOut();
            describe(o, judge);
            o.println(String.format(Locale.ROOT, "measuring again on %,d held-out scenes (seed %d) ...", AttributeJudgeTrainer.TEST_SCENES,
                    PromptScenes.JUDGE_TEST_SEED));
            AttributeJudgeTrainer.Measurement m = AttributeJudgeTrainer.measure(judge,
                    PromptScenes.render(PromptScenes.JUDGE_TEST_SEED, AttributeJudgeTrainer.TEST_SCENES));
            m.table().text("real", null, null).forEach(o::println);
            o.println(String.format(Locale.ROOT, "centres: %.2f pixels off on average, 95%% within %.2f; %.3f colours read into a picture of pure noise",
                    m.centreError(), m.centreError95(), m.noiseColours()));
            return 0;
        }
    }

    private static ClassificationReport tribuoReport(JudgeData split, long seed) {
        ImageDataset train = split.train();
        return TribuoJudge.train(train, seed).evaluate(split.test());
    }

    private static void describe(PrintWriter o, AttributeJudge judge) {
        AttributeJudgeCard c = judge.card();
        o.println(String.format(Locale.ROOT, "attribute judge: %,d parameters, 3x%dx%d Shapes pictures; trained for %,d steps of %d fresh pictures in %s on %s",
                c.parameters(), c.side(), c.side(), c.steps(), c.batchSize(), ConsoleProgress.clock(c.trainingSeconds()), c.machine()));
        o.println(String.format(Locale.ROOT, "  on %,d held-out real renders (seed %d), each against its own caption (the ceiling of 'genlab eval --prompts'):",
                c.testScenes(), c.testSeed()));
        c.accuracy().forEach((split, row) -> o.println("    " + split + ": " + String.join(", ", row.entrySet().stream()
                .filter(e -> !e.getKey().equals("images")).map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).toList())));
        o.println(String.format(Locale.ROOT, "  centres %.2f pixels off on average, 95%% within %.2f; %.3f colours read into a picture of pure noise",
                c.centreError(), c.centreError95(), c.noiseColours()));
        o.println("  made by: " + c.command());
        o.flush();
    }

    private static void describe(PrintWriter o, Judge judge) {
        JudgeCard c = judge.card();
        o.println(String.format(Locale.ROOT, "judge: %,d parameters, %dx%dx%d images, %d classes; trained on %s (%,d images, %s)",
                c.parameters(), c.channels(), c.height(), c.width(), c.classNames().size(), c.dataset(), c.trainImages(), c.trainSource()));
        o.println(String.format(Locale.ROOT, "  test accuracy when made: %.4f on %,d images; made by: %s", c.testAccuracy(), c.testImages(), c.command()));
        o.flush();
    }

    /** A progress line at most every two seconds, and at the end of each epoch. */
    private static final class StepLine {
        private final PrintWriter out;
        private final Throttle throttle = new Throttle(2);

        StepLine(PrintWriter out) {
            this.out = out;
        }

        void step(int epoch, int epochs, int step, int steps, double loss) {
            if (!throttle.due(step == steps)) return;
            double done = ((epoch - 1) * (double) steps + step) / ((double) epochs * steps);
            double elapsed = throttle.elapsedSeconds();
            out.println(String.format(Locale.ROOT, "epoch %d/%d  step %d/%d  loss %.4f  elapsed %s  ETA %s", epoch, epochs, step, steps,
                    loss, ConsoleProgress.clock(elapsed), ConsoleProgress.clock(elapsed / done - elapsed)));
            out.flush();
        }
    }
}
