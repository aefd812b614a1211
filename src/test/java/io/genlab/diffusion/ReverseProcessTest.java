package io.genlab.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genlab.data.Tensor;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Objective;
import io.genlab.train.TraceFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReverseProcessTest {
    private static final NoiseSchedule LINEAR = NoiseSchedule.linear(1000, 1e-4, 0.02);
    private static final NoiseSchedule TINY = NoiseSchedule.linear(4, 0.1, 0.4);
    private static final int NULL_CLASS = 10;
    private static final int[] IMAGE = {4, 1, 8, 8};

    /** A dummy network: eps = 0.1 x + 0.01 label (the null class counts as 0). */
    private static final Denoiser DUMMY = (x, shape, t, labels) -> {
        float[] out = new float[x.length];
        int per = x.length / shape[0];
        for (int i = 0; i < x.length; i++) {
            int label = labels[i / per];
            out[i] = 0.1f * x[i] + 0.01f * (label == NULL_CLASS ? 0 : label);
        }
        return out;
    };

    private static SamplerSettings settings(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return SamplerSettings.parse(m, LINEAR);
    }

    private static float[] run(Denoiser d, SamplerSettings s, Tensor start, int[] labels, long seed) {
        return new ReverseProcess(LINEAR, s, NULL_CLASS, 1f).run(d, start, labels, seed, frame -> { }).data();
    }

    private static double sum(float[] x) {
        double s = 0;
        for (float v : x) s += v;
        return s;
    }

    @Test
    void tinyDdimRunByHand() {
        // T = 4 (abar 0.9, 0.72, 0.504, 0.3024), 2 steps visit t = 3, 0; eps = 0.1 x, no clipping
        SamplerSettings s = new SamplerSettings(SamplerSettings.Method.DDIM, 2, 0, 1, TimestepSpacing.LINSPACE, false,
                Objective.EPS);
        Denoiser d = (x, shape, t, labels) -> {
            float[] out = new float[x.length];
            for (int i = 0; i < x.length; i++) out[i] = 0.1f * x[i];
            return out;
        };
        float[] out = new ReverseProcess(TINY, s, 1, 1f).run(d, new Tensor(new float[] {1f, -2f}, new int[] {1, 2}),
                new int[] {0}, 0, frame -> { }).data();
        // step t=3: x0 = x (1 - 0.1 sqrt(1 - 0.3024)) / sqrt(0.3024); x' = sqrt(0.9) x0 + sqrt(0.1) 0.1 x
        double k1 = Math.sqrt(0.9) * (1 - 0.1 * Math.sqrt(0.6976)) / Math.sqrt(0.3024) + Math.sqrt(0.1) * 0.1;
        // step t=0 (abar_prev = 1): x'' = x0 = x' (1 - 0.1 sqrt(0.1)) / sqrt(0.9)
        double k2 = (1 - 0.1 * Math.sqrt(0.1)) / Math.sqrt(0.9);
        assertEquals(1.6461750827824315, k1 * k2, 1e-15);
        assertEquals(k1 * k2, out[0], 1e-6);
        assertEquals(-2 * k1 * k2, out[1], 1e-6);
    }

    @Test
    void pinnedDdimRun() {
        Tensor start = ReverseProcess.startNoise(IMAGE, 7);
        float[] out = run(DUMMY, settings("guidance", "3"), start, new int[] {0, 3, -1, 9}, 1);
        assertEquals(-14.899303579702973, sum(out), 1e-3);
        assertEquals(1.0, out[0]);                           // the last step returns the clipped x0
        float[] unclipped = run(DUMMY, settings("guidance", "3", "clip-x0", "false"), start, new int[] {0, 3, -1, 9}, 1);
        assertEquals(-1671.2419260405004, sum(unclipped), 1e-6 * 1671);
        assertEquals(77.19874572753906, unclipped[0], 1e-4);
        // example 0 has label 0, so its eps is 0.1 x at every step and each DDIM step multiplies x by
        // k = sqrt(abar_prev) (1 - 0.1 sqrt(1 - abar)) / sqrt(abar) + 0.1 sqrt(1 - abar_prev)
        int[] ts = TimestepSpacing.LINSPACE.timesteps(1000, 50);
        double x = start.data()[0];
        for (int i = 0; i < 50; i++) {
            double a = LINEAR.alphaBar(ts[i]);
            double ap = i + 1 < 50 ? LINEAR.alphaBar(ts[i + 1]) : 1.0;
            x *= Math.sqrt(ap) * (1 - 0.1 * Math.sqrt(1 - a)) / Math.sqrt(a) + 0.1 * Math.sqrt(1 - ap);
        }
        assertEquals(x, unclipped[0], 1e-4);
    }

    @Test
    void pinnedDdpmRunOverAllSteps() {
        Tensor start = ReverseProcess.startNoise(IMAGE, 7);
        float[] out = run(DUMMY, settings("sampler", "ddpm"), start, new int[] {0, 3, -1, 9}, 1);
        assertEquals(-4.9301210776902735, sum(out), 1e-3);
        assertEquals(0.46419021487236023, out[0], 1e-5);
    }

    @Test
    void startNoiseIsJavaUtilRandom() {
        Tensor n = ReverseProcess.startNoise(new int[] {2, 3}, 42);
        java.util.Random r = new java.util.Random(42);
        for (float v : n.data()) assertEquals((float) r.nextGaussian(), v);
        assertArrayEquals(new int[] {2, 3}, n.shape());
    }

    @Test
    void ddimEtaZeroIgnoresTheSeedAndEtaPositiveUsesIt() {
        Tensor start = ReverseProcess.startNoise(IMAGE, 3);
        int[] labels = {1, 2, 3, 4};
        assertArrayEquals(run(DUMMY, settings(), start, labels, 1), run(DUMMY, settings(), start, labels, 2));
        SamplerSettings noisy = settings("eta", "0.5");
        assertArrayEquals(run(DUMMY, noisy, start, labels, 1), run(DUMMY, noisy, start, labels, 1));
        assertFalse(Arrays.equals(run(DUMMY, noisy, start, labels, 1), run(DUMMY, noisy, start, labels, 2)));
        SamplerSettings ddpm = settings("sampler", "ddpm", "steps", "20");
        assertFalse(Arrays.equals(run(DUMMY, ddpm, start, labels, 1), run(DUMMY, ddpm, start, labels, 2)));
    }

    /** The optimal denoiser for data that is one point: every sampler lands on that point. */
    @Test
    void perfectDenoiserOfOnePointRecoversIt() {
        float[] point = {0.25f, -0.5f};
        for (Objective objective : Objective.values()) {
            Denoiser d = (x, shape, t, labels) -> {
                float[] x0 = new float[x.length];
                float[] eps = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    x0[i] = point[i % 2];
                    double a = LINEAR.alphaBar(t[i / 2]);
                    eps[i] = (float) ((x[i] - Math.sqrt(a) * x0[i]) / Math.sqrt(1 - a));
                }
                return objective.target(LINEAR, x0, eps, t);
            };
            for (SamplerSettings s : List.of(settings(), settings("steps", "7", "spacing", "trailing"),
                    settings("sampler", "ddpm", "steps", "30"), settings("eta", "1", "steps", "10"))) {
                float[] out = new ReverseProcess(LINEAR, s.withObjective(objective), NULL_CLASS, 1f)
                        .run(d, ReverseProcess.startNoise(new int[] {3, 2}, 5), new int[] {1, 1, 1}, 9, f -> { }).data();
                for (int i = 0; i < out.length; i++) assertEquals(point[i % 2], out[i], 1e-3, objective + " " + s);
            }
        }
    }

    @Test
    void guidanceOneCallsTheConditionalModelOnly() {
        List<int[]> calls = new ArrayList<>();
        Denoiser counting = (x, shape, t, labels) -> {
            calls.add(labels.clone());
            assertEquals(shape[0], labels.length);
            assertEquals(x.length, Arrays.stream(shape).reduce(1, (a, b) -> a * b));
            return DUMMY.predict(x, shape, t, labels);
        };
        Tensor start = ReverseProcess.startNoise(IMAGE, 3);
        run(counting, settings("steps", "12"), start, new int[] {0, 3, -1, 9}, 1);
        assertEquals(12, calls.size());
        for (int[] labels : calls) assertArrayEquals(new int[] {0, 3, NULL_CLASS, 9}, labels);
        // a label-blind network: guidance of any scale is exactly the unguided result
        Denoiser blind = (x, shape, t, labels) -> DUMMY.predict(x, shape, t, new int[shape[0]]);
        float[] unguided = run(blind, settings("steps", "12"), start, new int[] {0, 3, 5, 9}, 1);
        assertArrayEquals(unguided, run(blind, settings("steps", "12", "guidance", "4"), start, new int[] {0, 3, 5, 9}, 1));
        // scale 0 is the unconditional model: labels -1
        assertArrayEquals(run(DUMMY, settings("steps", "12"), start, new int[] {-1, -1, -1, -1}, 1),
                run(DUMMY, settings("steps", "12", "guidance", "0"), start, new int[] {0, 3, 5, 9}, 1));
    }

    @Test
    void guidanceBatchesConditionalAndNullPassesInOneCall() {
        List<float[]> inputs = new ArrayList<>();
        List<int[]> labelsSeen = new ArrayList<>();
        Denoiser counting = (x, shape, t, labels) -> {
            inputs.add(x.clone());
            labelsSeen.add(labels.clone());
            assertEquals(8, shape[0]);
            assertEquals(8, t.length);
            return DUMMY.predict(x, shape, t, labels);
        };
        List<TraceFrame> frames = new ArrayList<>();
        SamplerSettings s = settings("steps", "5", "guidance", "3", "clip-x0", "false");
        Tensor start = ReverseProcess.startNoise(IMAGE, 3);
        new ReverseProcess(LINEAR, s, NULL_CLASS, 1f).run(counting, start, new int[] {0, 3, 5, 9}, 1, frames::add);
        assertEquals(5, inputs.size());
        for (int[] labels : labelsSeen) {
            assertArrayEquals(new int[] {0, 3, 5, 9, NULL_CLASS, NULL_CLASS, NULL_CLASS, NULL_CLASS}, labels);
        }
        float[] first = inputs.get(0);
        assertArrayEquals(Arrays.copyOf(first, 256), Arrays.copyOfRange(first, 256, 512));
        // eps = eps_null + 3 (eps_cond - eps_null) = 0.1 x + 3 * 0.01 label
        float[] eps = frames.get(0).tensors().get("eps").data();
        assertEquals(0.1f * start.data()[64] + 3 * 0.03f, eps[64], 1e-6);
        assertEquals(0.1f * start.data()[255] + 3 * 0.09f, eps[255], 1e-6);
    }

    @Test
    void oneFramePerStepAtTheVisitedTimesteps() {
        List<TraceFrame> frames = new ArrayList<>();
        ReverseProcess p = new ReverseProcess(LINEAR, settings("guidance", "2.5"), NULL_CLASS, 1f);
        p.run(DUMMY, ReverseProcess.startNoise(IMAGE, 1), new int[] {1, 2, 3, 4}, 0, frames::add);
        int[] ts = TimestepSpacing.LINSPACE.timesteps(1000, 50);
        assertEquals(50, frames.size());
        for (int i = 0; i < 50; i++) {
            TraceFrame f = frames.get(i);
            assertEquals(i, f.index());
            assertEquals(50, f.total());
            assertEquals("t=" + ts[i], f.caption());
            assertEquals(ts[i], f.scalars().get("t"));
            assertEquals(LINEAR.alphaBar(ts[i]), f.scalars().get("alphaBar"));
            assertEquals(List.of("x_t", "eps", "x0"), List.copyOf(f.tensors().keySet()));
            for (Tensor t : f.tensors().values()) assertArrayEquals(IMAGE, t.shape());
            // clipped x0, and eps recomputed so that x_t = sqrt(abar) x0 + sqrt(1 - abar) eps
            float[] x0 = f.tensors().get("x0").data();
            float[] eps = f.tensors().get("eps").data();
            float[] xt = f.tensors().get("x_t").data();
            double a = LINEAR.alphaBar(ts[i]);
            for (int k = 0; k < x0.length; k += 17) {
                assertTrue(Math.abs(x0[k]) <= 1f);
                assertEquals(xt[k], Math.sqrt(a) * x0[k] + Math.sqrt(1 - a) * eps[k], 1e-4);
            }
        }
        assertEquals("t=999", frames.get(0).caption());
        assertEquals("t=0", frames.get(49).caption());
    }

    @Test
    void toyPointsRun() {
        List<TraceFrame> frames = new ArrayList<>();
        Tensor out = new ReverseProcess(LINEAR, settings("steps", "10"), NULL_CLASS, 1f)
                .run(DUMMY, ReverseProcess.startNoise(new int[] {5, 2}, 1), new int[5], 0, frames::add);
        assertArrayEquals(new int[] {5, 2}, out.shape());
        assertArrayEquals(new int[] {5, 2}, frames.get(3).tensors().get("x_t").shape());
    }

    @Test
    void badArguments() {
        ReverseProcess p = new ReverseProcess(LINEAR, settings("steps", "3"), NULL_CLASS, 1f);
        Tensor start = ReverseProcess.startNoise(IMAGE, 1);
        assertThrows(IllegalArgumentException.class, () -> p.run(DUMMY, start, new int[3], 0, f -> { }));
        var e = assertThrows(IllegalStateException.class,
                () -> p.run((x, s, t, l) -> new float[3], start, new int[4], 0, f -> { }));
        assertTrue(e.getMessage().contains("expected 256"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReverseProcess(LINEAR, settings(), -1, 1f));
        assertThrows(IllegalArgumentException.class, () -> ReverseProcess.startNoise(new int[] {5}, 1));
    }
}
