package io.genlab.eval.prompts;

import io.genlab.data.Seeds;
import io.genlab.data.ShapesScene;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PromptScenesTest {

    @Test
    void theHeldOutSeedsAreNoSeedAnyTrainingDrawsFrom() {
        Set<Long> training = new HashSet<>(List.of(1L, 2L));                    // the class judge's shapes splits
        for (long run = 0; run < 10_000; run++) training.add(Seeds.of(run, "data"));
        for (long judge = 0; judge < 10; judge++) for (long step = 0; step < 10_000; step++) training.add(PromptScenes.trainingSeed(judge, step));
        assertFalse(training.contains(PromptScenes.EVAL_SEED));
        assertFalse(training.contains(PromptScenes.JUDGE_TEST_SEED));
        assertNotEquals(PromptScenes.EVAL_SEED, PromptScenes.JUDGE_TEST_SEED);
    }

    @Test
    void theScenesOfARenderAreTheScenesOfItsSeed() {
        List<ShapesScene> scenes = PromptScenes.scenes(PromptScenes.render(PromptScenes.EVAL_SEED, 5));
        for (int i = 0; i < 5; i++) assertEquals(io.genlab.data.Shapes.scene(PromptScenes.EVAL_SEED, i), scenes.get(i));
    }
}
