package io.genlab.eval.prompts;

import io.genlab.data.ImageDataset;
import io.genlab.data.Seeds;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One training batch of the attribute judge, all from the judge's seed and the step: an eighth
 * of pure-noise pictures with nothing present ({@link NoisePictures}), the rest Shapes scenes
 * rendered fresh for this step, half of them under faint pixel noise (sigma up to
 * {@link #FAINT_NOISE}) as a generated picture often is.
 *
 * @param images  [B, 3, 32, 32] flattened, in [-1, 1]
 * @param targets what the judge should read from them
 */
record JudgeBatch(float[] images, ColourTargets targets) {
    /** The strongest faint noise on a render, in units of the [-1, 1] pixel range. */
    static final double FAINT_NOISE = 0.15;

    static JudgeBatch of(long judgeSeed, long step, int size) {
        int noise = size / 8, renders = size - noise;
        ImageDataset shapes = PromptScenes.render(PromptScenes.trainingSeed(judgeSeed, step), renders);
        Random r = new Random(Seeds.of(PromptScenes.trainingSeed(judgeSeed, step), "noise"));
        int per = 3 * Shapes.SIDE * Shapes.SIDE;
        float[] images = new float[size * per];
        System.arraycopy(AttributeJudgeTrainer.pixels(shapes).data(), 0, images, 0, renders * per);
        for (int k = 0; k < renders; k += 2) {
            double sigma = FAINT_NOISE * r.nextDouble();
            for (int i = k * per; i < (k + 1) * per; i++) images[i] = (float) Math.max(-1, Math.min(1, images[i] + sigma * r.nextGaussian()));
        }
        System.arraycopy(NoisePictures.draw(r, noise, Shapes.SIDE), 0, images, renders * per, noise * per);
        List<ShapesScene> scenes = new ArrayList<>(PromptScenes.scenes(shapes));
        for (int k = 0; k < noise; k++) scenes.add(null);
        return new JudgeBatch(images, ColourTargets.of(scenes));
    }
}
