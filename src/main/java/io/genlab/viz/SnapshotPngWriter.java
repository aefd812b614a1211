package io.genlab.viz;

import io.genlab.train.DataShape;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes each training snapshot also as a PNG grid beside its tensor file
 * ({@code snapshots/step-N.png}), so a run folder can be browsed without GenLab.
 */
public final class SnapshotPngWriter implements TrainingListener {
    private final DataShape shape;

    public SnapshotPngWriter(DataShape shape) {
        this.shape = shape;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (!(event instanceof TrainingEvent.Snapshot s)) return;
        String name = s.file().getFileName().toString().replaceFirst("\\.bin$", ".png");
        Path png = s.file().resolveSibling(name);
        try {
            ImageFiles.writePng(SamplePictures.render(s.samples(), s.labels(), shape, "step " + s.step()), png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write snapshot " + png + ": " + e.getMessage(), e);
        }
    }
}
