package io.genlab.eval.race;

import io.genlab.data.Tensor;
import io.genlab.viz.ImageTensors;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * One lane of a race as it was recorded: which model ran and how, every picture its trace
 * reported with the time since the lane started and the network evaluations done by then, and the
 * pictures it returned; or why it did not run. It holds no model, so the Race view and
 * {@code genlab race} draw and replay a race from it alone, and tests build one by hand.
 *
 * @param model       the model's name, e.g. "unet-s"
 * @param family      its family, e.g. "diffusion"
 * @param method      how it generates in this race, e.g. "50 denoising steps"
 * @param evaluations network evaluations of the whole generation, for each picture
 * @param frames      the trace's pictures in order of time
 * @param finish      the generated pictures when the model returned; null if it did not finish
 * @param problem     why the lane did not run or stopped; null if it finished
 */
public record LaneRecording(String model, String family, String method, int evaluations, List<Moment> frames, Moment finish,
                     String problem) {

    /**
     * The lane's pictures at one moment.
     *
     * @param nanos       time since the lane started
     * @param evaluations network evaluations done by then, for each picture
     * @param pictures    [N, C, H, W] in [-1, 1], one picture per class asked for
     */
    public record Moment(long nanos, int evaluations, Tensor pictures) {
        /** The pictures as images, one each. */
        public List<BufferedImage> images() {
            long[] shape = Arrays.stream(pictures.shape()).asLongStream().toArray();
            return ImageTensors.toImages(pictures.data(), shape);
        }
    }

    public LaneRecording {
        frames = List.copyOf(frames);
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).nanos() < frames.get(i - 1).nanos()) throw new IllegalArgumentException("frame " + i + " goes back in time");
        }
    }

    /** A lane without pictures: one yet to run (no problem), or one that could not run or stopped, saying why. */
    public static LaneRecording notRun(String model, String family, String method, String problem) {
        return new LaneRecording(model, family, method, 0, List.of(), null, problem);
    }

    public boolean finished() { return finish != null; }

    /**
     * What the lane shows at {@code nanos} on its clock: the pictures it returned once it has
     * finished, before that the latest frame at or before {@code nanos}; null before the first frame.
     */
    public Moment at(long nanos) {
        if (finish != null && nanos >= finish.nanos()) return finish;
        int low = 0, high = frames.size() - 1, found = -1;
        while (low <= high) {                               // the last frame whose time is at or before nanos
            int mid = (low + high) >>> 1;
            if (frames.get(mid).nanos() <= nanos) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? null : frames.get(found);
    }

    /** Whether the lane has finished by {@code nanos} on its clock. */
    public boolean finishedBy(long nanos) {
        return finish != null && nanos >= finish.nanos();
    }

    /** When the lane's last picture came: its finish, or the last frame of one that stopped; 0 if it drew nothing. */
    public long endNanos() {
        if (finish != null) return finish.nanos();
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).nanos();
    }

    /** How many pictures the lane draws (one per class asked for); 0 if it drew nothing. */
    public int pictures() {
        Moment any = finish != null ? finish : frames.isEmpty() ? null : frames.get(0);
        return any == null ? 0 : any.pictures().shape()[0];
    }
}
