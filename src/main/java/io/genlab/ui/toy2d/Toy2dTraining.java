package io.genlab.ui.toy2d;

import io.genlab.data.Batch;
import io.genlab.data.DatasetLocations;
import io.genlab.data.Seeds;
import io.genlab.data.Tensor;
import io.genlab.diffusion.Diffusion2dProvider;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.TraceFrame;
import io.genlab.train.TrainingData;
import io.genlab.train.TrainingPresets;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Trains a diffusion-2d model on a Toy2D point set live, and samples it, on the 2D view's own
 * {@link ModelWorker}. It calls {@link GenerativeModel#trainStep} directly rather than running a
 * run-folder {@link io.genlab.train.Trainer}: a demo of seconds needs no config, checkpoints or
 * metrics files, and a pause here ends the worker's job instead of blocking it, so the paused
 * model can still be sampled on the same (single) thread. Batches and step seeds are the ones a
 * run with the same config would use.
 *
 * <p>Methods are called on the UI thread; the listener hears back on it.
 */
final class Toy2dTraining implements AutoCloseable {
    /** DDIM steps of the samples drawn while training. */
    static final int PREVIEW_SAMPLER_STEPS = 50;
    /** Noise levels of the model: the Train view's diffusion-2d preset, so both views train the same model. */
    static final int TIMESTEPS = TrainingPresets.DIFFUSION_2D_TIMESTEPS;

    /** What to train: dataset spec (e.g. "toy2d:ring"), steps, batch, and how often to look at samples. */
    record Settings(String dataset, long targetSteps, int batchSize, int previewEvery, int previewPoints, long seed) {}

    /** What training reports, in order. */
    sealed interface Update permits Step, Preview {}

    /** A step finished; {@code step} counts completed steps. */
    record Step(long step, double loss) implements Update {}

    /** Samples [N, 2] of the model after {@code step} steps, always from the same start noise. */
    record Preview(long step, float[] samples) implements Update {}

    /** A finished generation: one frame per sampler step, then the samples as the last frame. */
    record Generation(List<TraceFrame> frames) {}

    /** NEW: no model yet. FINISHED: training ended (target or Stop); the model stays for generating. */
    enum State { NEW, TRAINING, PAUSED, FINISHED }

    interface Listener {
        void updates(List<Update> batch);

        void stateChanged(State state);

        void failed(String what, Exception e);
    }

    /** The model and its data; used on the worker thread only. */
    private static final class Session {
        final RunConfig config;
        final GenerativeModel model;
        final TrainingData data;
        long step;

        Session(RunConfig config, GenerativeModel model, TrainingData data) {
            this.config = config;
            this.model = model;
            this.data = data;
        }
    }

    private final ModelRegistry registry;
    private final DatasetLocations locations;
    private final ModelWorker worker;
    private final Listener listener;
    private final Executor ui;
    private final Coalescer<Update> coalescer;
    private volatile Session session;        // written and read on the worker
    private ModelWorker.Job training;
    private boolean stopRequested;
    private State state = State.NEW;
    private String dataset;
    private long target;                     // the step count the model trains (or trained) towards

    Toy2dTraining(ModelRegistry registry, DatasetLocations locations, ModelWorker worker, Executor ui, Listener listener) {
        this.registry = registry;
        this.locations = locations;
        this.worker = worker;
        this.listener = listener;
        this.ui = ui;
        this.coalescer = new Coalescer<>(ui, 100, listener::updates);
    }

    State state() { return state; }

    /** The dataset of the current model, or null without one. */
    String dataset() { return dataset; }

    /** The steps the current model trains towards: those of the last Start or Resume, not the form's. */
    long targetSteps() { return target; }

    /** Forgets a finished model (e.g. when the data changes); Generate then waits for a new one. */
    void discard() {
        if (state != State.FINISHED) return;
        String dropped = dataset;
        dataset = null;
        worker.submit(job -> {
            session = null;
            return null;
        }, x -> { }, e -> listener.failed("Forgetting the model of " + dropped, e));
        setState(State.NEW);
    }

    /** Starts a new model (or resumes a paused one) and trains it up to the settings' step count. */
    void start(Settings settings) {
        if (state == State.TRAINING) return;
        boolean fresh = state != State.PAUSED;
        stopRequested = false;
        if (fresh) dataset = settings.dataset();
        target = settings.targetSteps();
        setState(State.TRAINING);
        training = worker.submit(job -> train(job, settings, fresh),
                steps -> setState(State.FINISHED),
                e -> {
                    setState(session == null ? State.NEW : State.FINISHED);
                    listener.failed("Training diffusion-2d on " + settings.dataset(), e);
                },
                () -> setState(stopRequested ? State.FINISHED : State.PAUSED));
    }

    /** Stops after the current step, keeping the model to resume or sample. */
    void pause() {
        if (state == State.TRAINING) training.cancel();
    }

    /** Ends training; the model stays for generating, and Start begins a new one. */
    void stop() {
        if (state == State.TRAINING) {
            stopRequested = true;
            training.cancel();
        } else if (state == State.PAUSED) {
            setState(State.FINISHED);
        }
    }

    /**
     * Runs the reverse process on {@code count} points (pausing training first), keeping x_t of
     * every step.
     *
     * @param sampler  "ddpm" or "ddim"
     * @param onFrames hears how many sampler steps are done, on the UI thread, about ten times a second
     */
    ModelWorker.Job generate(int count, String sampler, int steps, long seed, IntConsumer onFrames,
                             Consumer<Generation> onDone, Consumer<Exception> onError, Runnable onCancelled) {
        pause();
        Map<String, String> options = Map.of("sampler", sampler, "steps", Integer.toString(steps));
        Coalescer<Integer> progress = new Coalescer<>(ui, 100, done -> onFrames.accept(done.get(done.size() - 1)));
        return worker.submit(job -> {
            Session s = session;
            if (s == null) throw new IllegalStateException("there is no model yet: press Start to train one first");
            List<TraceFrame> frames = new ArrayList<>();
            Tensor samples = s.model.generate(unconditional(count, seed).withOptions(options), f -> {
                job.checkCancelled();
                frames.add(slim(f));
                progress.publish(frames.size());
            });
            requireFinite(samples, "the samples");
            int total = frames.size() + 1;
            List<TraceFrame> all = new ArrayList<>();
            for (TraceFrame f : frames) all.add(new TraceFrame(f.index(), total, f.caption(), f.tensors(), f.scalars()));
            all.add(new TraceFrame(frames.size(), total, "x_0, the samples", Map.of("x_t", samples), Map.of("t", -1.0)));
            return new Generation(all);
        }, onDone, onError, onCancelled);
    }

    private long train(ModelWorker.Job job, Settings settings, boolean fresh) {
        Session s = fresh || session == null ? newSession(settings) : session;
        session = s;
        if (fresh) preview(job, s, settings);           // the untrained model: noise in, noise out
        while (s.step < settings.targetSteps()) {
            job.checkCancelled();
            Batch batch = s.data.batchForStep(s.step);
            Map<String, Double> losses = s.model.trainStep(batch, Seeds.mix(Seeds.of(s.config.seed(), "step"), s.step));
            double loss = losses.getOrDefault("mse", losses.values().iterator().next());
            if (!Double.isFinite(loss)) {
                session = null;                           // its weights are broken: nothing to sample or resume
                throw new IllegalStateException("training diverged at step " + (s.step + 1) + ": the loss is " + loss
                        + ". Press Start to begin again, perhaps with another seed.");
            }
            s.step++;
            coalescer.publish(new Step(s.step, loss));
            if (s.step % settings.previewEvery() == 0 || s.step == settings.targetSteps()) preview(job, s, settings);
        }
        return s.step;
    }

    private Session newSession(Settings settings) {
        RunConfig config = RunConfig.defaults(Diffusion2dProvider.NAME, settings.dataset(), settings.targetSteps(), 0)
                .withOptions(TrainingPresets.forModel(Diffusion2dProvider.NAME, DataShape.Kind.POINTS).options())
                .withData(settings.dataset(), 0, settings.batchSize()).withSeed(settings.seed());
        GenerativeModel model = registry.create(config, DataShape.points());
        return new Session(config, model, TrainingData.load(config, locations));
    }

    private void preview(ModelWorker.Job job, Session s, Settings settings) {
        GenerationRequest request = unconditional(settings.previewPoints(), Seeds.of(s.config.seed(), "preview"))
                .withOptions(Map.of("sampler", "ddim", "steps", Integer.toString(PREVIEW_SAMPLER_STEPS)));
        Tensor samples = s.model.generate(request, f -> job.checkCancelled());
        requireFinite(samples, "the samples at step " + s.step);
        coalescer.publish(new Preview(s.step, samples.data()));
    }

    /** Points have no classes: an unlabelled point set is trained as its one class, 0. */
    private static GenerationRequest unconditional(int count, long seed) {
        return GenerationRequest.cyclingClasses(count, 1, seed);
    }

    /** The frame with only what the view draws, x_t: a DDPM run of 1,000 steps keeps 1,000 of them. */
    private static TraceFrame slim(TraceFrame f) {
        return new TraceFrame(f.index(), f.total(), f.caption(), Map.of("x_t", f.tensors().get("x_t")), f.scalars());
    }

    private static void requireFinite(Tensor t, String what) {
        for (float v : t.data()) {
            if (!Float.isFinite(v)) {
                throw new IllegalStateException(what + " contain " + v + ": the model has diverged; train it again");
            }
        }
    }

    private void setState(State s) {
        state = s;
        listener.stateChanged(s);
    }

    @Override
    public void close() {
        if (training != null) training.cancel();
        worker.close();
    }
}
