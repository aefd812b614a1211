package io.genlab.data;

import java.util.Random;

/**
 * Which dataset indices make up the batch of training step s: a pure function of
 * (seed, dataset size, batch size, s), so a resumed run sees exactly the batches the
 * uninterrupted run would have seen.
 *
 * <p>Each epoch is a fresh permutation of [0, N) drawn from {@code seed} and the epoch number;
 * an epoch yields floor(N / B) batches (the remainder is dropped, and differs each epoch).
 * With {@code shuffle == false} the order is 0, 1, 2, ... every epoch.
 */
public final class BatchSchedule {
    private final int datasetSize;
    private final int batchSize;
    private final long seed;
    private final boolean shuffle;
    private final int batchesPerEpoch;
    private long cachedEpoch = -1;
    private int[] cachedPermutation;

    public BatchSchedule(int datasetSize, int batchSize, long seed, boolean shuffle) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        if (datasetSize < batchSize) {
            throw new IllegalArgumentException("batch size " + batchSize + " is larger than the dataset (" + datasetSize + " items)");
        }
        this.datasetSize = datasetSize;
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.batchesPerEpoch = datasetSize / batchSize;
    }

    public int batchesPerEpoch() { return batchesPerEpoch; }

    /** The dataset indices of step {@code step}'s batch (step counts from 0). */
    public int[] indicesForStep(long step) {
        if (step < 0) throw new IllegalArgumentException("step must be >= 0, got " + step);
        long epoch = step / batchesPerEpoch;
        int offset = (int) (step % batchesPerEpoch) * batchSize;
        int[] perm = permutation(epoch);
        int[] out = new int[batchSize];
        System.arraycopy(perm, offset, out, 0, batchSize);
        return out;
    }

    private int[] permutation(long epoch) {
        if (epoch != cachedEpoch) {
            int[] p = new int[datasetSize];
            for (int i = 0; i < p.length; i++) p[i] = i;
            if (shuffle) {
                Random r = new Random(Seeds.mix(seed, epoch));
                for (int i = p.length - 1; i > 0; i--) {      // Fisher-Yates
                    int j = r.nextInt(i + 1);
                    int t = p[i]; p[i] = p[j]; p[j] = t;
                }
            }
            cachedPermutation = p;
            cachedEpoch = epoch;
        }
        return cachedPermutation;
    }
}
