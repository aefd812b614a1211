package io.genlab.cli;

import io.genlab.train.ModelRegistry;
import io.genlab.train.RunExport;
import io.genlab.train.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code genlab export}: the small, shareable copy of a run that samples but cannot be resumed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a small copy of a run for sharing: config, metrics, snapshots and one checkpoint",
                "with the sampling weights only (no optimiser state). The copy samples, traces and opens in the",
                "workbench exactly like the run; it cannot be resumed."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointSource source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New folder for the copy.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (source.run == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --run DIR (the run to copy)");
        }
        RunFolder run = RunFolder.open(source.run);
        Path checkpoint = source.checkpoint != null ? source.checkpoint : run.latestCheckpoint()
                .orElseThrow(() -> new IOException(source.run + " has no checkpoint yet"));
        Path written = RunExport.samplingCopy(run, checkpoint, out, ModelRegistry.discover());
        long bytes = Files.size(written.resolve("state.bin"));
        spec.commandLine().getOut().printf("wrote %s (weights %,d bytes, from %s)%n", out, bytes, checkpoint.getFileName());
        return 0;
    }
}
