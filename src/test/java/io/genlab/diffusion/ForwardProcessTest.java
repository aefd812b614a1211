package io.genlab.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genlab.data.Tensor;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.train.TraceFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardProcessTest {
    private static final NoiseSchedule LINEAR = NoiseSchedule.linear(1000, 1e-4, 0.02);
    private static final ForwardProcess FORWARD = new ForwardProcess(LINEAR);

    /** 16 images 1x28x28 in [-1, 1]: stripes and a bright square, far from Gaussian. */
    private static Tensor images() {
        float[] x = new float[16 * 28 * 28];
        for (int n = 0; n < 16; n++) {
            for (int i = 0; i < 28; i++) {
                for (int j = 0; j < 28; j++) {
                    boolean square = i > 8 && i < 20 && j > 8 && j < 20;
                    x[(n * 28 + i) * 28 + j] = square ? 1f : ((i + n) % 4 < 2 ? -1f : 0.5f);
                }
            }
        }
        return new Tensor(x, new int[] {16, 1, 28, 28});
    }

    @Test
    void atTheLastStepPixelsAreStandardGaussian() {
        ForwardProcess.Frame f = FORWARD.frames(images(), new int[] {999}, 11).get(0);
        assertEquals(0, f.mean(), 0.03);
        assertEquals(1, f.std(), 0.03);
        Histogram h = f.histogram();
        assertEquals(41, h.bins());
        assertEquals(16 * 784, h.total());
        double[] density = h.density();
        double[] normal = h.standardNormalDensity();
        for (int i = 0; i < 41; i++) assertEquals(normal[i], density[i], 0.03, "bin " + i);
    }

    @Test
    void framesShareOneNoiseAndReportTheSchedule() {
        Tensor img = images();
        int[] ts = {0, 100, 250, 500, 999};
        List<ForwardProcess.Frame> frames = FORWARD.frames(img, ts, 3);
        assertEquals(5, frames.size());
        float[] noise0 = null;
        for (ForwardProcess.Frame f : frames) {
            double a = LINEAR.alphaBar(f.t());
            assertEquals(a, f.alphaBar());
            assertEquals(a / (1 - a), f.snr(), 1e-12 * f.snr());
            assertEquals(Math.sqrt(a), f.signal(), 1e-15);
            assertEquals(1.0, f.signal() * f.signal() + f.noise() * f.noise(), 1e-12);
            float[] xt = f.xt().data();
            float[] noise = new float[xt.length];
            for (int i = 0; i < xt.length; i++) noise[i] = (float) ((xt[i] - f.signal() * img.data()[i]) / f.noise());
            if (noise0 == null) noise0 = noise;
            for (int i = 0; i < xt.length; i += 101) assertEquals(noise0[i], noise[i], 2e-3);
        }
        assertEquals(images().data()[300], frames.get(0).xt().data()[300], 0.03);   // t=0 is nearly the image
        for (int i = 1; i < frames.size(); i++) assertTrue(frames.get(i).signal() < frames.get(i - 1).signal());
    }

    @Test
    void singleImageAndTraceFrames() {
        Tensor one = images().slice(0);                                   // [1, 28, 28]
        List<TraceFrame> frames = FORWARD.traceFrames(one, new int[] {10, 999}, 1);
        assertEquals(2, frames.size());
        TraceFrame f = frames.get(1);
        assertEquals("t=999", f.caption());
        assertEquals(1, f.index());
        assertEquals(2, f.total());
        assertArrayEquals(new int[] {1, 1, 28, 28}, f.tensors().get("x_t").shape());
        assertArrayEquals(new int[] {41}, f.tensors().get("histogram").shape());
        assertEquals(999.0, f.scalars().get("t"));
        assertEquals(LINEAR.snr(999), f.scalars().get("snr"));
    }

    @Test
    void curvesCoverEveryTimestep() {
        ForwardProcess.Curves c = FORWARD.curves();
        assertEquals(1000, c.alphaBar().length);
        assertEquals(1000, c.snr().length);
        assertEquals(0.9999, c.alphaBar()[0], 1e-15);
        assertEquals(c.alphaBar()[500] / (1 - c.alphaBar()[500]), c.snr()[500], 1e-12);
        assertEquals(Math.sqrt(1 - c.alphaBar()[7]), c.noise()[7], 1e-15);
    }

    @Test
    void histogramBinsByHand() {
        Histogram h = Histogram.of(new float[] {-5f, -0.1f, 0f, 0.05f, 3.99f, 9f}, 4, -4, 4);
        assertArrayEquals(new long[] {1, 1, 2, 2}, h.counts());
        assertEquals(-3.0, h.binCenter(0));
        assertEquals(2.0, h.binWidth());
    }
}
