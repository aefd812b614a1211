package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.autoregressive.ReceptiveField;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the Autoregressive view's work: generating and completing on the model's worker, with the
 * newest value reaching the UI thread a few times a second; a pixel's receptive field, also on the
 * model's worker; and loading the test images on a worker of their own (they need no model). It
 * holds no view state; every callback runs on the UI executor, and a generation stops within one
 * value of being cancelled.
 */
final class PixelRunner implements AutoCloseable {
    private static final long FRAME_INTERVAL_MILLIS = 100;
    private final ModelWorker worker;
    private final ModelWorker dataWorker;
    private final Executor ui;

    /** Hears how a generation or completion goes; all on the UI thread. */
    interface Listener<T> {
        /** The newest value drawn and the time since the job started, a few times a second. */
        void progress(TraceFrame newest, long elapsedNanos);

        void done(T result);

        void failed(Exception e);

        void cancelled();
    }

    /** Loads the images to complete; throws with a message a user can act on. */
    @FunctionalInterface
    interface ImageSource {
        ImageDataset load() throws Exception;
    }

    /**
     * A finished completion of test image {@code index} of {@code dataset}: the original [1, C, H, W],
     * the completions [N, C, H, W], and the network passes it took in how long.
     */
    record Completed(Tensor original, Tensor completions, int givenRows, int index, String className, String dataset,
                     int passes, long elapsedNanos) {}

    PixelRunner(ModelWorker worker, ModelWorker dataWorker, Executor ui) {
        this.worker = worker;
        this.dataWorker = dataWorker;
        this.ui = ui;
    }

    /** Reads what the model is (its name and data shape) on the worker. */
    ModelWorker.Job info(PixelCnnModel model, Consumer<ModelInfo> onResult, Consumer<Exception> onError) {
        return worker.submit(job -> model.info(), onResult, onError);
    }

    /**
     * Generates with the request, recording every value in {@code into} on the worker (read it only
     * once a last callback has run, also after Cancel or an error: it holds what was drawn).
     */
    ModelWorker.Job generate(PixelCnnModel model, GenerationRequest request, PixelTrace into, Listener<PixelTrace> listener) {
        Coalescer<Progress> live = live(listener);
        return worker.submit(job -> {
            long start = System.nanoTime();
            model.generate(request, frame -> {
                job.checkCancelled();
                long elapsed = System.nanoTime() - start;
                into.add(frame, elapsed);
                live.publish(new Progress(frame, elapsed));
            });
            return into;
        }, listener::done, listener::failed, listener::cancelled);
    }

    /** Completes test image {@code index} of {@code images} from its top {@code rows} rows, {@code count} times. */
    ModelWorker.Job complete(PixelCnnModel model, ImageDataset images, int index, int rows, PixelSettings settings, int count,
                             Listener<Completed> listener) {
        Coalescer<Progress> live = live(listener);
        return worker.submit(job -> {
            DataShape shape = model.info().shape();
            float[] image = images.image(index);
            float[] copies = new float[count * image.length];
            for (int i = 0; i < count; i++) System.arraycopy(image, 0, copies, i * image.length, image.length);
            int[] chw = {shape.channels(), shape.height(), shape.width()};
            int label = Math.min(images.label(index), shape.numClasses() - 1);
            GenerationRequest request = settings.completionRequest(count, label);
            long start = System.nanoTime();
            int[] passes = new int[1];
            TraceSink sink = frame -> {
                job.checkCancelled();
                passes[0] = frame.index() + 1;
                live.publish(new Progress(frame, System.nanoTime() - start));
            };
            Tensor completed = model.complete(new Tensor(copies, new int[]{count, chw[0], chw[1], chw[2]}), rows, request, sink);
            return new Completed(new Tensor(image, new int[]{1, chw[0], chw[1], chw[2]}), completed, rows, index,
                    images.classNames().get(images.label(index)), images.name(), passes[0], System.nanoTime() - start);
        }, listener::done, listener::failed, listener::cancelled);
    }

    /** The pixels the distribution of pixel (row, col) can depend on, [H*W], worked out on the model's worker. */
    ModelWorker.Job field(PixelCnnModel model, int row, int col, Consumer<boolean[]> onResult, Consumer<Exception> onError) {
        return worker.submit(job -> ReceptiveField.of(model, row, col), onResult, onError);
    }

    /** Loads the test images on the data worker and checks they fit the model's images. */
    ModelWorker.Job loadImages(ImageSource source, ModelInfo model, Consumer<ImageDataset> onResult, Consumer<Exception> onError) {
        return dataWorker.submit(job -> {
            DataShape shape = model.shape();
            ImageDataset data = source.load();
            if (data.channels() != shape.channels() || data.height() != shape.height() || data.width() != shape.width()) {
                throw new IllegalArgumentException("the images of " + data.name() + " are " + data.channels() + "x" + data.height() + "x"
                        + data.width() + " but " + model.name() + " draws " + shape.channels() + "x" + shape.height() + "x" + shape.width());
            }
            if (data.size() == 0) throw new IllegalArgumentException(data.name() + " holds no images");
            return data;
        }, onResult, onError);
    }

    /** The worker the test images load on. */
    ModelWorker dataWorker() { return dataWorker; }

    @Override
    public void close() {
        dataWorker.close();
    }

    /** One value drawn, and when. */
    private record Progress(TraceFrame frame, long elapsedNanos) {}

    /** Hands the newest value of each batch to the listener. */
    private Coalescer<Progress> live(Listener<?> listener) {
        return new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, (List<Progress> batch) -> {
            Progress newest = batch.get(batch.size() - 1);
            listener.progress(newest.frame(), newest.elapsedNanos());
        });
    }
}
