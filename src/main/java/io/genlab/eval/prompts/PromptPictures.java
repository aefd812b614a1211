package io.genlab.eval.prompts;

import io.genlab.data.Tensor;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ImageTensors;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code prompts.png}: the first few prompts of each number of objects, one row each, the
 * caption at the left, then the real render and the model's picture, each with what the judge
 * found wrong in it ("right" when nothing).
 */
final class PromptPictures {
    /** Rows of each number of objects. */
    static final int PER_COUNT = 4;
    /** Enlargement of the 32x32 pictures. */
    private static final int SCALE = 4;

    private PromptPictures() {}

    static BufferedImage render(PromptEvaluator.Result r, String title) {
        List<Integer> shown = new ArrayList<>();
        for (int objects = 1; objects <= 3; objects++) {
            int taken = 0;
            for (int i = 0; i < r.scenes().size() && taken < PER_COUNT; i++) {
                if (r.scenes().get(i).objects().size() == objects) {
                    shown.add(i);
                    taken++;
                }
            }
        }
        List<BufferedImage> cells = new ArrayList<>();
        List<String> captions = new ArrayList<>(), rows = new ArrayList<>();
        List<BufferedImage> renders = images(r.renders()), samples = images(r.samples());
        for (int i : shown) {
            rows.add("\"" + r.scenes().get(i).caption() + "\"");
            cells.add(renders.get(i));
            captions.add(wrong(r.renderVerdicts().get(i)));
            cells.add(samples.get(i));
            captions.add(wrong(r.sampleVerdicts().get(i)));
        }
        return ImageGrid.builder().setImages(cells).setColumns(2).optCellScale(SCALE).optRowLabels(rows)
                .optColumnLabels(List.of("real render", "model")).optCellLabels(captions).optWrapCellLabels()
                .optTitle(title + ": prompts, real renders and the model's pictures, with what the judge found wrong").build().render();
    }

    /** "right", or "wrong: " and the attributes not all right. */
    static String wrong(Map<Attribute, Verdict> verdicts) {
        List<String> bad = verdicts.entrySet().stream().filter(e -> e.getKey() != Attribute.WHOLE && !e.getValue().allRight())
                .map(e -> e.getKey().word()).toList();
        return bad.isEmpty() ? "right" : "wrong: " + String.join(", ", bad);
    }

    private static List<BufferedImage> images(Tensor t) {
        long[] shape = new long[t.rank()];
        for (int i = 0; i < shape.length; i++) shape[i] = t.shape()[i];
        return ImageTensors.toImages(t.data(), shape);
    }
}
