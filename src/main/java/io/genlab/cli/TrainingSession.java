package io.genlab.cli;

import io.genlab.train.Trainer;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingData;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import io.genlab.viz.SnapshotPngWriter;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link Trainer} from the command line: progress on the console, snapshot PNGs, and
 * Ctrl-C that stops after the current step and still writes the final checkpoint.
 */
final class TrainingSession {
    private TrainingSession() {}

    /** Runs to the end and returns the exit code: 0 finished, 1 failed. */
    static int run(TrainingSetup.Ready ready, PrintWriter out, PrintWriter err) {
        return runToEnd(ready, out, err) instanceof TrainingEvent.Failed ? GenLabCli.FAILED : 0;
    }

    /** Runs to the end (Ctrl-C cancels, after a final checkpoint) and returns the last event; a failure is printed. */
    static TrainingEvent runToEnd(TrainingSetup.Ready ready, PrintWriter out, PrintWriter err) {
        Trainer trainer = ready.trainer();
        TrainingData data = ready.data();
        TrainingControl control = trainer.control();
        trainer.addListener(new ConsoleProgress(out, 2.0));
        trainer.addListener(new SnapshotPngWriter(data.shape()));
        CountDownLatch done = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            control.cancel();
            try {
                done.await();      // let the loop write its final checkpoint before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "genlab-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        TrainingEvent last;
        try {
            last = trainer.run();
        } finally {
            done.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived: the hook is running and has just been released.
        }
        if (last instanceof TrainingEvent.Failed f) {
            err.println("genlab: training failed: " + f.message()
                    + (f.lastCheckpoint() == null ? "" : " ('genlab resume --run " + ready.run().dir() + "')"));
            err.flush();
        }
        return last;
    }
}
