package io.genlab.eval.prompts;

import io.genlab.data.ImageDataset;
import io.genlab.data.Seeds;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the Shapes scenes of prompt fidelity come from, and why they are unseen. A Shapes run
 * trains on {@code Shapes.generate(n, Seeds.of(runSeed, "data"))}, the class judge on seeds 1
 * and 2, and the attribute judge on batch s of {@link #trainingSeed}{@code (judgeSeed, s)}: all
 * seeds that are either 1, 2 or SplitMix64 hashes. The attribute judge is tested on
 * {@link #JUDGE_TEST_SEED}, and {@code genlab eval --prompts} takes its prompts from
 * {@link #EVAL_SEED}: two small fixed numbers of their own, so neither set of scenes is drawn from
 * a stream any training used. (A one-object caption can still recur by chance: there are only
 * 880 of them.)
 */
public final class PromptScenes {
    /** The scenes the attribute judge is measured on when it is made ({@code judge train --prompts}). */
    public static final long JUDGE_TEST_SEED = 9_101;
    /** The scenes whose captions {@code genlab eval --prompts} draws: prompt i is the caption of scene i. */
    public static final long EVAL_SEED = 9_202;

    private PromptScenes() {}

    /** The seed of the scenes of the attribute judge's training batch {@code step}, rendered fresh for that batch. */
    static long trainingSeed(long judgeSeed, long step) {
        return Seeds.mix(Seeds.of(judgeSeed, "attribute-judge-scenes"), step);
    }

    /** The first {@code count} scenes of a seed, rendered as the Shapes dataset renders them (captions and attributes included). */
    public static ImageDataset render(long seed, int count) {
        return Shapes.generate(count, seed);
    }

    /** The structure of every image of a Shapes dataset, from its attributes. */
    public static List<ShapesScene> scenes(ImageDataset shapes) {
        List<java.util.Map<String, String>> attributes = shapes.attributes()
                .orElseThrow(() -> new IllegalArgumentException(shapes.name() + " has no scene attributes; prompt fidelity needs Shapes"));
        List<ShapesScene> out = new ArrayList<>(attributes.size());
        for (var a : attributes) out.add(ShapesScene.fromAttributes(a));
        return out;
    }
}
