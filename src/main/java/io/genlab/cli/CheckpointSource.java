package io.genlab.cli;

import io.genlab.train.Checkpoints;
import io.genlab.train.RunFolder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which trained model a command uses: a run folder's last checkpoint, or a checkpoint folder. */
final class CheckpointSource {
    @Option(names = "--run", paramLabel = "DIR", description = "Run folder: use its last checkpoint.")
    Path run;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "A checkpoint folder (runs/.../checkpoints/step-N).")
    Path checkpoint;

    Checkpoints.Loaded read() throws IOException {
        Path dir = checkpoint != null ? checkpoint : RunFolder.open(run).latestCheckpoint()
                .orElseThrow(() -> new IOException(run + " has no checkpoint yet"));
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": checkpoint folder not found");
        return Checkpoints.read(dir);
    }
}
