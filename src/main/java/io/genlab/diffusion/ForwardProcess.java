package io.genlab.diffusion;

import io.genlab.data.Tensor;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.train.TraceFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The forward (noising) process shown to a student: one image, one fixed noise, x_t = qSample at
 * chosen timesteps, with how much signal and noise remains; a view over the schedule, not training.
 */
public final class ForwardProcess {
    public static final int HISTOGRAM_BINS = 41;
    public static final double HISTOGRAM_RANGE = 4.0;

    private final NoiseSchedule schedule;

    public ForwardProcess(NoiseSchedule schedule) { this.schedule = schedule; }

    /**
     * x_t at one timestep.
     *
     * @param t         timestep in 0..T-1
     * @param xt        the noisy batch, shaped as the input
     * @param alphaBar  alpha-bar_t
     * @param signal    sqrt(alpha-bar_t), the weight of the image
     * @param noise     sqrt(1 - alpha-bar_t), the weight of the noise
     * @param snr       alpha-bar_t / (1 - alpha-bar_t)
     * @param mean      mean of the values of x_t
     * @param std       standard deviation of the values of x_t
     * @param histogram values of x_t in 41 bins over [-4, 4]; tends to N(0, 1) as t grows
     */
    public record Frame(int t, Tensor xt, double alphaBar, double signal, double noise, double snr,
                        double mean, double std, Histogram histogram) {

        /** As a trace frame: tensors "x_t" and "histogram" (the counts, shape [41]), scalars of the record. */
        public TraceFrame toTraceFrame(int index, int total) {
            long[] counts = histogram.counts();
            float[] h = new float[counts.length];
            for (int i = 0; i < h.length; i++) h[i] = counts[i];
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("x_t", xt);
            tensors.put("histogram", new Tensor(h, new int[] {h.length}));
            Map<String, Double> scalars = new LinkedHashMap<>();
            scalars.put("t", (double) t);
            scalars.put("alphaBar", alphaBar);
            scalars.put("signal", signal);
            scalars.put("noise", noise);
            scalars.put("snr", snr);
            scalars.put("mean", mean);
            scalars.put("std", std);
            return new TraceFrame(index, total, "t=" + t, tensors, scalars);
        }
    }

    /** The schedule over all t, for plotting: alpha-bar, sqrt(alpha-bar), sqrt(1 - alpha-bar) and SNR. */
    public record Curves(double[] alphaBar, double[] signal, double[] noise, double[] snr) { }

    /**
     * Frames of x_t = qSample(x0, eps, t) for each timestep, with the same noise eps each time
     * ({@code new Random(noiseSeed).nextGaussian()}), so the image visibly fades into it.
     *
     * @param image one image {@code [C, H, W]} (treated as a batch of one) or a batch {@code [N, ...]}
     */
    public List<Frame> frames(Tensor image, int[] timesteps, long noiseSeed) {
        int[] shape = image.rank() == 3 ? prepend1(image.shape()) : image.shape();
        if (shape.length < 2) throw new IllegalArgumentException("need an image [C, H, W] or a batch [N, ...], got " + image);
        float[] x0 = image.data();
        Random rng = new Random(noiseSeed);
        float[] eps = new float[x0.length];
        for (int i = 0; i < eps.length; i++) eps[i] = (float) rng.nextGaussian();
        List<Frame> frames = new ArrayList<>();
        for (int step : timesteps) {
            int[] t = new int[shape[0]];
            Arrays.fill(t, step);
            float[] xt = schedule.qSample(x0, eps, t);
            double a = schedule.alphaBar(step);
            double mean = 0;
            for (float v : xt) mean += v;
            mean /= xt.length;
            double var = 0;
            for (float v : xt) var += (v - mean) * (v - mean);
            frames.add(new Frame(step, new Tensor(xt, shape.clone()), a, Math.sqrt(a), Math.sqrt(1 - a),
                    schedule.snr(step), mean, Math.sqrt(var / xt.length),
                    Histogram.of(xt, HISTOGRAM_BINS, -HISTOGRAM_RANGE, HISTOGRAM_RANGE)));
        }
        return frames;
    }

    /** All frames as trace frames, in order. */
    public List<TraceFrame> traceFrames(Tensor image, int[] timesteps, long noiseSeed) {
        List<Frame> frames = frames(image, timesteps, noiseSeed);
        List<TraceFrame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) out.add(frames.get(i).toTraceFrame(i, frames.size()));
        return out;
    }

    /** alpha-bar, signal and noise weights and SNR at every t in 0..T-1. */
    public Curves curves() {
        double[] a = schedule.alphasCumprod();
        return new Curves(a, schedule.sqrtAlphasCumprod(), schedule.sqrtOneMinusAlphasCumprod(), schedule.snr());
    }

    private static int[] prepend1(int[] shape) {
        int[] s = new int[shape.length + 1];
        s[0] = 1;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }
}
