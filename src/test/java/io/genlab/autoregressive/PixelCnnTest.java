package io.genlab.autoregressive;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.nn.GradCheck;
import io.genlab.nn.Net;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.KeptTrace;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelCnnTest {
    private static final List<String> THREE = List.of("a", "b", "c");

    private static PixelCnnModel model(int channels, int size, long seed) {
        return (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(channels, size, size, THREE), Map.of(), seed);
    }

    /** n images of classes 0, 1, 2, ...: class k is a blurred bar at a class-dependent row. */
    private static Batch batch(int n, int channels, int size, long seed) {
        Random r = new Random(seed);
        int d = channels * size * size;
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < d; j++) {
                int row = (j % (size * size)) / size;
                x[i * d + j] = (float) Math.tanh(row == 2 * y[i] + 1 ? 2 : -2 + 0.5 * r.nextGaussian());
            }
        }
        return new Batch(x, new long[]{n, channels, size, size}, y, new int[0]);
    }

    @Test
    void hasTheReferenceSize() {
        PixelCnnModel m = (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(1, 28, 28,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")), Map.of(), 0);
        assertEquals(105_280, m.info().parameters());
    }

    @Test
    void theNetworkAndItsLossHaveCorrectGradients() {
        Net net = new Net(SameDiff.create(), DataType.DOUBLE, 3);
        SameDiff sd = net.sd();
        SDVariable x = sd.var("x", GradCheck.gaussian(1, 2, 3, 4, 4));
        SDVariable y = sd.constant(Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}}));
        PixelCnnS network = new PixelCnnS(net, 3, 2);
        int[] levels = new int[2 * 3 * 16];
        Random r = new Random(4);
        for (int i = 0; i < levels.length; i++) levels[i] = r.nextInt(256);
        SDVariable target = sd.constant(Nd4j.createFromArray(levels).reshape(2, 3, 4, 4));
        SDVariable bits = PixelCnnS.bitsPerDimension(net, network.apply(x, y), target, 3, 4, 4);
        List<String> wrt = new ArrayList<>(net.parameters());
        wrt.add("x");
        GradCheck.check(sd, bits, Map.of(), wrt);
    }

    /** Logits far beyond exp's range still give exact bits: the loss takes a shift out of every row before exp. */
    @Test
    void hugeLogitsGiveExactBitsNotOverflow() {
        Net net = new Net(SameDiff.create(), DataType.FLOAT, 1);
        SameDiff sd = net.sd();
        float[] logits = new float[256 * 2];                       // [1, 256, 1, 2]: level l of pixel p at 2l + p
        for (int l = 0; l < 256; l++) {
            logits[2 * l] = l == 7 ? 2000 : 0;                     // pixel 0: certain of level 7
            logits[2 * l + 1] = 3000;                              // pixel 1: every level equally likely
        }
        SDVariable bits = PixelCnnS.bitsPerDimension(net, sd.constant(Nd4j.create(logits, new long[]{1, 256, 1, 2}, 'c')),
                sd.constant(Nd4j.createFromArray(7, 100).reshape(1, 1, 1, 2)), 1, 1, 2);
        assertEquals((0 + 8) / 2.0, bits.eval().getDouble(0), 1e-5, "0 bits for the certain pixel, 8 for the uniform one");
    }

    /** Changing channel c of pixel p must leave every prediction before it alone: earlier pixels', and p's channels up to c. */
    @Test
    void noPredictionSeesItsOwnOrAnyLaterValue() {
        for (int channels : new int[]{1, 3}) {
            PixelCnnModel m = model(channels, 6, 2);
            Batch base = batch(1, channels, 6, 1);
            float[] before = logits(m, base.x(), channels, 6);
            int hw = 36;
            for (int c = 0; c < channels; c++) {
                for (int p : new int[]{0, 7, 20, 35}) {
                    float[] x = base.x().clone();
                    x[c * hw + p] = -x[c * hw + p] + 0.5f;
                    float[] after = logits(m, x, channels, 6);
                    boolean changedLater = false;
                    for (int q = 0; q < hw; q++) {
                        for (int cc = 0; cc < channels; cc++) {
                            for (int v = 0; v < 256; v++) {
                                int i = ((cc * 256 + v) * hw) + q;
                                boolean earlier = q < p || (q == p && cc <= c);
                                if (earlier) assertEquals(before[i], after[i], 0, channels + " channels: pixel " + q + " channel " + cc + " saw pixel " + p + " channel " + c);
                                else changedLater |= before[i] != after[i];
                            }
                        }
                    }
                    if (p < hw - 1 || c < channels - 1) assertTrue(changedLater, "a later prediction depends on pixel " + p + " channel " + c);
                }
            }
        }
    }

    private static float[] logits(PixelCnnModel m, float[] x, int channels, int size) {
        float[] scaled = new float[x.length];
        for (int i = 0; i < x.length; i++) scaled[i] = PixelDistribution.level(x[i]) / 255f;
        INDArray in = Nd4j.create(scaled, new long[]{1, channels, size, size}, 'c');
        return m.graph().output(Map.of("x", in, "y", Nd4j.createFromArray(new float[][]{{1, 0, 0}})), "logits")
                .get("logits").dup('c').data().asFloat();
    }

    @Test
    void theCachedSamplerDrawsExactlyTheNaiveSamplersSamples() {
        for (int channels : new int[]{1, 3}) {
            PixelCnnModel m = model(channels, 5, 7);
            for (int s = 0; s < 20; s++) m.trainStep(batch(6, channels, 5, s), s);
            GenerationRequest request = new GenerationRequest(3, new int[]{0, 2, -1}, 11, Map.of());
            KeptTrace naive = new KeptTrace(1000), cached = new KeptTrace(1000);
            Tensor a = m.generate(request.withOptions(Map.of("sampler", "naive")), naive);
            Tensor b = m.generate(request, cached);
            assertArrayEquals(a.data(), b.data(), channels + " channels");
            assertEquals(25 * channels, cached.frames().size(), "one frame per value drawn");
            for (int f = 0; f < cached.frames().size(); f++) {
                float[] pa = naive.frames().get(f).tensors().get("probabilities").data(), pb = cached.frames().get(f).tensors().get("probabilities").data();
                for (int i = 0; i < pa.length; i++) assertEquals(pa[i], pb[i], 1e-5, "frame " + f);
            }
        }
    }

    @Test
    void eachFrameShowsTheCanvasSoFarAndAProbabilityDistribution() {
        PixelCnnModel m = model(1, 4, 1);
        List<TraceFrame> frames = new ArrayList<>();
        Tensor out = m.generate(GenerationRequest.cyclingClasses(2, 3, 5), frames::add);
        assertEquals(16, frames.size());
        TraceFrame f = frames.get(5);
        assertEquals(1.0, f.scalars().get("row"));
        assertEquals(1.0, f.scalars().get("column"));
        assertEquals(6.0, f.scalars().get("passes"));
        float[] canvas = f.tensors().get("x").data();
        for (int q = 6; q < 16; q++) assertEquals(-1f, canvas[q], "pixel " + q + " is not drawn yet");
        float[] p = f.tensors().get("probabilities").data();
        double sum = 0;
        for (int v = 0; v < 256; v++) sum += p[v];
        assertEquals(1, sum, 1e-4);
        assertArrayEquals(out.data(), frames.get(15).tensors().get("x").data(), "the last frame is the result");
        for (float v : out.data()) assertEquals(PixelDistribution.value(PixelDistribution.level(v)), v, 1e-6, "every value is one of 256 levels");
    }

    @Test
    void aCompletionKeepsTheGivenRowsAndDrawsTheRest() {
        PixelCnnModel m = model(1, 6, 3);
        Batch given = batch(2, 1, 6, 9);
        Tensor g = new Tensor(given.x(), new int[]{2, 1, 6, 6});
        List<TraceFrame> frames = new ArrayList<>();
        GenerationRequest request = new GenerationRequest(2, new int[]{0, 1}, 3, Map.of());
        Tensor out = m.complete(g, 3, request, frames::add);
        assertEquals(18, frames.size(), "only the bottom 3 rows are drawn");
        for (int b = 0; b < 2; b++) {
            for (int q = 0; q < 18; q++) assertEquals(PixelDistribution.value(PixelDistribution.level(g.data()[b * 36 + q])), out.data()[b * 36 + q], 1e-6);
        }
        Tensor naive = m.complete(g, 3, request.withOptions(Map.of("sampler", "naive")), TraceSink.NONE);
        assertArrayEquals(out.data(), naive.data());
    }

    @Test
    void aLowTemperatureSharpensEveryDistribution() {
        PixelCnnModel m = model(1, 4, 4);
        for (int s = 0; s < 10; s++) m.trainStep(batch(6, 1, 4, s), s);
        double cold = meanMaxProbability(m, "0.3"), warm = meanMaxProbability(m, "1"), hot = meanMaxProbability(m, "3");
        assertTrue(cold > warm && warm > hot, cold + " > " + warm + " > " + hot);
    }

    private static double meanMaxProbability(PixelCnnModel m, String temperature) {
        List<TraceFrame> frames = new ArrayList<>();
        m.generate(new GenerationRequest(1, new int[]{1}, 2, Map.of("temperature", temperature)), frames::add);
        double sum = 0;
        for (TraceFrame f : frames) {
            float max = 0;
            for (float p : f.tensors().get("probabilities").data()) max = Math.max(max, p);
            sum += max;
        }
        return sum / frames.size();
    }

    /** Eight random black-and-white images, each of its own class: a model that memorises them predicts every value from its class. */
    @Test
    void overfitsEightImages() {
        List<String> eightClasses = List.of("0", "1", "2", "3", "4", "5", "6", "7");
        PixelCnnModel m = (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(1, 8, 8, eightClasses), Map.of(), 5);
        Random r = new Random(3);
        float[] x = new float[8 * 64];
        for (int i = 0; i < x.length; i++) x[i] = r.nextBoolean() ? 1 : -1;
        Batch eight = new Batch(x, new long[]{8, 1, 8, 8}, new int[]{0, 1, 2, 3, 4, 5, 6, 7}, new int[0]);
        double first = m.trainStep(eight, 0).get("bpd");
        assertTrue(first > 7 && first < 9, "an untrained model is close to a uniform guess, 8 bits: " + first);
        for (int s = 1; s < 300; s++) m.trainStep(eight, s);
        double[] perImage = m.bitsPerDimension(eight);
        assertEquals(8, perImage.length);
        for (double bits : perImage) assertTrue(bits < 0.3, "8 images (a fair coin per pixel would be 1 bit/dim) learnt: from " + first + " bits/dim to " + java.util.Arrays.toString(perImage));
    }

    @Test
    void aModelThatPredictsEveryLevelEquallyScoresExactlyEightBitsPerDimension() {
        PixelCnnModel m = model(1, 4, 1);
        Map<String, Tensor> zeros = new java.util.LinkedHashMap<>();
        m.samplingState().forEach((k, v) -> zeros.put(k, new Tensor(new float[v.length()], v.shape())));
        m.restoreSampling(zeros);
        for (double bits : m.bitsPerDimension(batch(5, 1, 4, 2))) assertEquals(8.0, bits, 1e-5);
    }

    /** A run stopped at a checkpoint and resumed trains on exactly as the uninterrupted run. */
    @Test
    void aResumedRunContinuesExactlyAsTheUninterruptedOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Batch all = batch(12, 1, 4, 8);
        var images = new io.genlab.data.ImageDataset("tiny", "train", 1, 4, 4, all.x(), all.labels(), THREE, null, null);
        var config = io.genlab.train.RunConfig.defaults(PixelCnnSProvider.NAME, "tiny", 6, 0).withData("tiny", 0, 4).withSchedule(0, 3, 4);
        var straight = io.genlab.train.RunFolder.create(dir.resolve("a"), config);
        PixelCnnModel a = model(1, 4, 0);
        new io.genlab.train.Trainer(a, io.genlab.train.TrainingData.of(images, 4, config.seed()), straight,
                new io.genlab.train.TrainingControl(), 0, 0, null).run();

        var split = io.genlab.train.RunFolder.create(dir.resolve("b"), config.withLimits(3, 0));
        new io.genlab.train.Trainer(model(1, 4, 0), io.genlab.train.TrainingData.of(images, 4, config.seed()), split,
                new io.genlab.train.TrainingControl(), 0, 0, null).run();
        split = split.withConfig(config);
        var checkpoint = io.genlab.train.Checkpoints.read(split.latestCheckpoint().orElseThrow());
        PixelCnnModel b = model(1, 4, 77);
        b.restore(checkpoint.state());
        io.genlab.train.Trainer.resuming(b, io.genlab.train.TrainingData.of(images, 4, config.seed()), split,
                new io.genlab.train.TrainingControl(), checkpoint).run();

        var rowsA = io.genlab.train.MetricsLog.read(straight.metricsFile());
        var rowsB = io.genlab.train.MetricsLog.read(split.metricsFile());
        assertEquals(6, rowsB.size());
        for (int i = 0; i < 6; i++) assertEquals(rowsA.get(i).losses().get("bpd"), rowsB.get(i).losses().get("bpd"), "step " + (i + 1));
        assertArrayEquals(a.bitsPerDimension(all), b.bitsPerDimension(all));
    }

    @Test
    void badSettingsAreNamed() {
        PixelCnnModel m = model(1, 4, 1);
        GenerationRequest r = GenerationRequest.cyclingClasses(1, 3, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.generate(r.withOptions(Map.of("temperature", "0")), TraceSink.NONE))
                .getMessage().contains("temperature"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.generate(r.withOptions(Map.of("sampler", "fast")), TraceSink.NONE))
                .getMessage().contains("cached or naive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.generate(r.withOptions(Map.of("steps", "5")), TraceSink.NONE))
                .getMessage().contains("[steps]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PixelCnnSProvider().create(DataShape.images(1, 4, 4, THREE), Map.of("width", 3), 0))
                .getMessage().contains("width"));
    }

    @Test
    void aRestoredModelPredictsAsTheOriginal() {
        PixelCnnModel a = model(1, 4, 1), b = model(1, 4, 2);
        for (int s = 0; s < 3; s++) a.trainStep(batch(6, 1, 4, s), s);
        b.restore(a.state());
        Batch next = batch(6, 1, 4, 50);
        assertEquals(a.trainStep(next, 9).get("bpd"), b.trainStep(next, 9).get("bpd"), 1e-6);
        assertArrayEquals(a.bitsPerDimension(next), b.bitsPerDimension(next), 1e-6);
    }
}
