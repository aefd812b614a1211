package io.genlab.train;

import io.genlab.data.ImageDataset;

import java.util.List;
import java.util.Random;

/** Small synthetic image datasets for runtime tests. */
final class TestData {
    private TestData() {}

    /** {@code n} random 1x4x4 images in two classes. */
    static ImageDataset tiny(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 16];
        for (int i = 0; i < x.length; i++) x[i] = r.nextFloat() * 2 - 1;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = i % 2;
        return new ImageDataset("tiny", "test", 1, 4, 4, x, y, List.of("a", "b"), null, null);
    }

    static RunConfig config(long steps, int snapshotEvery, int checkpointEvery) {
        return RunConfig.defaults("scripted", "tiny", steps, 0).withData("tiny", 0, 4)
                .withSchedule(snapshotEvery, checkpointEvery, 4);
    }
}
