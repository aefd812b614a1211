package io.genlab.diffusion;

import io.genlab.data.Seeds;
import io.genlab.data.Tensor;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The generation loop of a diffusion model: from start noise, ask the denoiser, apply
 * classifier-free guidance, clip, step, report a trace frame — repeat; the loop only, knowing
 * nothing of the network inside the {@link Denoiser}.
 *
 * <p>Randomness: the start noise is passed in (so one noise can go through several samplers for a
 * side-by-side grid; {@link #startNoise} makes it from a seed), and the fresh noise of stochastic
 * steps comes from {@code new Random(Seeds.of(seed, "step-noise")).nextGaussian()} — a stream
 * separate from the start noise, deterministic and platform-independent.
 *
 * <p>Guidance mixes the raw model outputs; for the eps, x0 and v objectives this is the same as
 * mixing the predicted noise, since each is linear in the output at fixed x_t and t.
 */
public final class ReverseProcess {
    private final NoiseSchedule schedule;
    private final SamplerSettings settings;
    private final Sampler sampler;
    private final int nullClass;
    private final float x0Limit;

    /**
     * @param nullClass the class index the model was trained with for "no condition"; labels of
     *                  -1 are sent as this class, and guidance uses it for the unconditional pass
     * @param x0Limit   with {@link SamplerSettings#clipX0}, the predicted x0 is clipped to
     *                  [-x0Limit, x0Limit]: the data's range, 1 for images
     */
    public ReverseProcess(NoiseSchedule schedule, SamplerSettings settings, int nullClass, float x0Limit) {
        if (nullClass < 0) throw new IllegalArgumentException("null class must be >= 0, got " + nullClass);
        if (!(x0Limit > 0) || Float.isInfinite(x0Limit)) throw new IllegalArgumentException("x0 limit must be a finite number > 0, got " + x0Limit);
        this.schedule = schedule;
        this.settings = settings;
        this.sampler = Sampler.create(schedule, settings);
        this.nullClass = nullClass;
        this.x0Limit = x0Limit;
    }

    public Sampler sampler() { return sampler; }

    public SamplerSettings settings() { return settings; }

    /** Standard Gaussian start noise x_T of the given shape: {@code new Random(seed).nextGaussian()} in order. */
    public static Tensor startNoise(int[] shape, long seed) {
        long n = 1;
        for (int d : shape) n *= d;
        if (shape.length < 2 || n > Integer.MAX_VALUE || n < 1) {
            throw new IllegalArgumentException("start noise needs a batch shape like [N, C, H, W] or [N, 2], got "
                    + Arrays.toString(shape));
        }
        Random rng = new Random(seed);
        float[] x = new float[(int) n];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        return new Tensor(x, shape.clone());
    }

    /**
     * Runs all steps and returns the final sample, shaped as {@code start}.
     *
     * @param denoiser the network; called exactly once per step, on N rows when the guidance scale
     *                 is 1 (labels) or 0 (null class), else on 2N rows (N with the labels, then N
     *                 with the null class)
     * @param start    x_T, shape {@code [N, C, H, W]} or {@code [N, 2]}
     * @param labels   class per example (length N); -1 means unconditional
     * @param seed     seed of the fresh noise of stochastic steps (DDPM, DDIM with eta > 0)
     * @param sink     receives one frame per step: x_t, eps, x0 and the scalars t, alphaBar, snr, sigma
     */
    public Tensor run(Denoiser denoiser, Tensor start, int[] labels, long seed, TraceSink sink) {
        int[] shape = start.shape();
        if (shape.length < 2) throw new IllegalArgumentException("start must be a batch [N, ...], got " + start);
        int n = shape[0];
        if (labels.length != n) throw new IllegalArgumentException(labels.length + " labels for a batch of " + n);
        int[] cond = new int[n];
        for (int i = 0; i < n; i++) cond[i] = labels[i] < 0 ? nullClass : labels[i];
        Random rng = new Random(Seeds.of(seed, "step-noise"));
        int[] ts = sampler.timesteps();
        float[] x = start.data().clone();                                  // [N, ...]
        for (int i = 0; i < ts.length; i++) {
            int[] t = new int[n];
            Arrays.fill(t, ts[i]);
            float[] output = guidedOutput(denoiser, x, shape, ts[i], cond);
            Prediction p = settings.objective().predict(schedule, output, x, t);
            if (settings.clipX0()) p = p.clipped(schedule, x, t, x0Limit);
            sink.accept(frame(i, ts.length, ts[i], x, p, shape));
            x = sampler.step(i, x, p, rng).prevSample();
        }
        return new Tensor(x, shape.clone());
    }

    /** The model output, guided: out_null + w (out_cond - out_null), from one denoiser call. */
    private float[] guidedOutput(Denoiser denoiser, float[] x, int[] shape, int t, int[] cond) {
        int n = shape[0];
        double w = settings.guidanceScale();
        if (w == 1.0 || w == 0.0) {
            int[] labels = cond.clone();
            if (w == 0.0) Arrays.fill(labels, nullClass);
            int[] ts = new int[n];
            Arrays.fill(ts, t);
            return checked(denoiser.predict(x.clone(), shape.clone(), ts, labels), x.length);
        }
        float[] both = new float[2 * x.length];                            // [2N, ...]: cond rows, then null rows
        System.arraycopy(x, 0, both, 0, x.length);
        System.arraycopy(x, 0, both, x.length, x.length);
        int[] bothShape = shape.clone();
        bothShape[0] = 2 * n;
        int[] ts = new int[2 * n];
        Arrays.fill(ts, t);
        int[] labels = Arrays.copyOf(cond, 2 * n);
        Arrays.fill(labels, n, 2 * n, nullClass);
        float[] out = checked(denoiser.predict(both, bothShape, ts, labels), both.length);
        float[] guided = new float[x.length];
        for (int k = 0; k < x.length; k++) {
            double c = out[k];
            double u = out[x.length + k];
            guided[k] = (float) (u + w * (c - u));
        }
        return guided;
    }

    private static float[] checked(float[] out, int expected) {
        if (out == null || out.length != expected) {
            throw new IllegalStateException("denoiser returned " + (out == null ? "null" : out.length + " values")
                    + ", expected " + expected);
        }
        return out;
    }

    private TraceFrame frame(int index, int total, int t, float[] x, Prediction p, int[] shape) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("x_t", new Tensor(x.clone(), shape.clone()));
        tensors.put("eps", new Tensor(p.eps().clone(), shape.clone()));
        tensors.put("x0", new Tensor(p.x0().clone(), shape.clone()));
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("t", (double) t);
        scalars.put("alphaBar", schedule.alphaBar(t));
        scalars.put("snr", schedule.snr(t));
        scalars.put("sigma", sampler.sigma(index));
        return new TraceFrame(index, total, "t=" + t, tensors, scalars);
    }
}
