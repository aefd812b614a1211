package io.genlab.cli;

import io.genlab.data.ImageDataset;
import io.genlab.eval.judge.ClassificationReport;
import io.genlab.eval.judge.Judge;
import io.genlab.eval.judge.JudgeCard;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.judge.JudgeTrainer;
import io.genlab.eval.judge.TribuoJudge;
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
                "--tribuo also trains Tribuo's linear classifier on the same images and shows its evaluation beside the CNN's."},
        subcommands = {JudgeCommand.Train.class, JudgeCommand.Eval.class})
final class JudgeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Train a CNN judge on a labelled image dataset and save it with its test accuracy.")
    static final class Train implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dataset", required = true, description = "Labelled images: fashion (its test split is held out), shapes, or idx:PATH.")
        String dataset;

        @Option(names = "--test", paramLabel = "SPEC", description = "Images to test on instead of the held-out split, e.g. idx:PATH.")
        String test;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the judge to (judge.json, weights.bin).")
        Path out;

        @Option(names = "--epochs", defaultValue = "6", description = "Passes over the training images (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--batch", defaultValue = "128", description = "Images per step (default ${DEFAULT-VALUE}).")
        int batch;

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
            Arguments.dataset(spec, dataset);
            if (test != null) Arguments.dataset(spec, test);
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

        @Option(names = "--judge", required = true, paramLabel = "DIR", description = "A judge folder, e.g. lessons/models/judge-fashion.")
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
    }

    private static ClassificationReport tribuoReport(JudgeData split, long seed) {
        ImageDataset train = split.train();
        return TribuoJudge.train(train, seed).evaluate(split.test());
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
