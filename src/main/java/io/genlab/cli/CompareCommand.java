package io.genlab.cli;

import io.genlab.data.GenLabHome;
import io.genlab.eval.Evaluator;
import io.genlab.eval.compare.CompareReport;
import io.genlab.eval.compare.CompareRunner;
import io.genlab.eval.compare.CompareSpec;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TrainingListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genlab compare}: runs an experiment spec's cells and builds its report. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a comparison experiment: train (or open) every model of a spec, score each with every sampling setting, "
                + "and write results.csv, results.json, charts and report.html into the output folder.",
                "An interrupted experiment resumes without redoing finished cells. --cell N runs one cell only (spread cells over "
                        + "machines, copy their folders into one output folder), --merge builds the report from the finished cells; "
                        + "bench/slurm-compare.sh does both on a Slurm cluster.",
                "Spec format: see the Javadoc of io.genlab.eval.compare.CompareSpec or the examples in bench/specs/."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The experiment spec (JSON).")
    Path specFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The experiment folder: cells, results and report.")
    Path out;

    @Option(names = "--cell", paramLabel = "N", description = "Run only cell N (1-based) and do not build the report.")
    Integer cell;

    @Option(names = "--merge", description = "Only build the report from the cells finished so far.")
    boolean merge;

    @Option(names = "--rehearse", description = "Run the experiment in miniature (2 training steps per model on 64 images, "
            + CompareSpec.REHEARSAL_SAMPLES + " samples per score, samplers of at most 2 steps, the first seed) to check it end to end "
            + "in minutes before spending hours on it. Its numbers mean nothing; give it its own --out.")
    boolean rehearse;

    @Option(names = "--count-cells", description = "Only check the spec and print how many cells it has (for a job array).")
    boolean countCells;

    @CommandLine.Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        if (cell != null && merge) throw new CommandLine.ParameterException(spec.commandLine(), "--cell and --merge are separate steps; give one");
        CompareSpec compare;
        try {
            compare = CompareSpec.read(specFile);
            if (rehearse) compare = compare.rehearsal();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        int cells = compare.cells().size();
        if (countCells) {
            o.println(cells);
            o.flush();
            return 0;
        }
        if (cell != null && (cell < 1 || cell > cells)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cell " + cell + " does not exist; " + specFile + " has cells 1.." + cells);
        }
        CompareRunner runner = new CompareRunner(compare, out, GenLabHome.resolve(), data.locations(), ModelRegistry.discover());
        Progress progress = new Progress(o);
        if (cell != null) {
            runner.runCell(cell, progress);
            o.println("cell " + cell + " finished; build the report with --merge when every cell is done");
            o.flush();
            return 0;
        }
        if (!merge) runner.runAll(progress);
        CompareReport.Built built = CompareReport.write(compare, out);
        o.println("report: " + out.toAbsolutePath().resolve("report.html") + " (" + built.rows() + " rows"
                + (built.missing().isEmpty() ? ")" : "; cells not finished: " + built.missing() + ")"));
        o.flush();
        return 0;
    }

    /** Cell by cell, with the elapsed time and an ETA from the cells run so far. */
    private static final class Progress implements CompareRunner.Listener {
        private final PrintWriter out;
        private final long start = System.nanoTime();
        private int finished;

        Progress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void cell(CompareSpec.Cell cell, int of, String what) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (what.equals("finished")) finished++;
            String eta = finished == 0 ? "-" : ConsoleProgress.clock(elapsed / finished * (of - cell.number()));
            out.println(String.format(Locale.ROOT, "cell %d of %d (%s%s): %s   elapsed %s, ETA %s", cell.number(), of, cell.model().label(),
                    cell.model().trains() ? ", seed " + cell.seed() : "", what, ConsoleProgress.clock(elapsed), eta));
            out.flush();
        }

        @Override
        public TrainingListener training() {
            return new ConsoleProgress(out, 10.0);
        }

        @Override
        public Evaluator.Progress scoring() {
            return (stage, done, total) -> {
                if (done == total) {
                    out.println("  " + stage + " " + done + "/" + total);
                    out.flush();
                }
            };
        }
    }
}
