package io.genlab.cli;

import io.genlab.data.IdxWriter;
import io.genlab.data.NpyWriter;
import io.genlab.data.Tensor;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** Samples written as data for outside tools: MNIST-format IDX files, or NumPy arrays. */
final class SampleData {
    static final String IDX_IMAGES = "samples-images-idx3-ubyte", IDX_LABELS = "samples-labels-idx1-ubyte";
    static final String NPY_SAMPLES = "samples.npy", NPY_LABELS = "labels.npy";

    private SampleData() {}

    /**
     * 8-bit images (value = round((x + 1) * 127.5)) and their classes: grey images as [N, H, W],
     * colour ones as [N, H, W, C]. Unconditional samples cannot be labelled in IDX's unsigned bytes.
     */
    static void writeIdx(CommandSpec spec, Tensor samples, int[] labels, Path dir) {
        int[] s = samples.shape();
        if (s.length != 4) throw new CommandLine.ParameterException(spec.commandLine(), "--format idx writes images; these samples are "
                + java.util.Arrays.toString(s) + " (points): use --format npy");
        for (int label : labels) {
            if (label < 0) throw new CommandLine.ParameterException(spec.commandLine(), "IDX labels are unsigned bytes; unconditional "
                    + "samples have none: use --format npy");
        }
        int n = s[0], c = s[1], h = s[2], w = s[3];
        byte[] bytes = new byte[samples.length()];
        float[] x = samples.data();
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int ch = 0; ch < c; ch++) {
                        float v = x[((i * c + ch) * h + y) * w + xx];
                        bytes[((i * h + y) * w + xx) * c + ch] = (byte) Math.round(Math.max(0, Math.min(255, (v + 1) * 127.5)));
                    }
                }
            }
        }
        int[] dims = c == 1 ? new int[]{n, h, w} : new int[]{n, h, w, c};
        IdxWriter.writeBytes(dir.resolve(IDX_IMAGES), dims, bytes, false);
        IdxWriter.writeLabels(dir.resolve(IDX_LABELS), labels, false);
    }

    /** The samples as float32 in their own shape and range, and the classes as int32. */
    static void writeNpy(Tensor samples, int[] labels, Path dir) {
        NpyWriter.writeFloats(dir.resolve(NPY_SAMPLES), samples.shape(), samples.data());
        NpyWriter.writeInts(dir.resolve(NPY_LABELS), new int[]{labels.length}, labels);
    }
}
