package io.genlab.eval.prompts;

import io.genlab.data.ImageDataset;
import io.genlab.train.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A briefly trained, narrow attribute judge: its card, its folder, and the errors of a damaged one; and the shipped judge at work. */
class AttributeJudgeTest {
    @TempDir
    static Path dir;
    static AttributeJudge judge;

    @BeforeAll
    static void train() {
        judge = AttributeJudgeTrainer.train(new AttributeJudgeTrainer.Settings(4, 8, 1e-3, 3, 8), "test", (s, n, l) -> { }, () -> false);
    }

    @Test
    void itsCardSaysHowItWasMadeAndMeasuredOnHeldOutScenes() {
        AttributeJudgeCard c = judge.card();
        assertEquals(4, c.steps());
        assertEquals(PromptScenes.JUDGE_TEST_SEED, c.testSeed());
        assertEquals(AttributeJudgeTrainer.TEST_SCENES, c.testScenes());
        assertEquals(FidelityTable.SPLITS, java.util.List.copyOf(c.accuracy().keySet()));
        assertEquals((double) AttributeJudgeTrainer.TEST_SCENES, c.accuracy().get("all").get("images"));
        assertTrue(c.accuracy().get("3 objects").containsKey("relation2") && !c.accuracy().get("3 objects").containsKey("position"));
        assertTrue(c.centreError95() >= c.centreError() / 2);
    }

    @Test
    void aSavedJudgeReadsAsBeforeAndItsReadmeCarriesTheCard() throws IOException {
        Path folder = dir.resolve("saved");
        judge.save(folder);
        AttributeJudge back = AttributeJudge.load(folder);
        assertEquals(judge.card(), back.card());
        ImageDataset renders = PromptScenes.render(PromptScenes.EVAL_SEED, 6);
        assertEquals(judge.read(AttributeJudgeTrainer.pixels(renders)), back.read(AttributeJudgeTrainer.pixels(renders)));
        String readme = Files.readString(folder.resolve(AttributeJudge.README));
        assertTrue(readme.startsWith("# saved: the Shapes attribute judge"), readme);
        assertTrue(readme.contains("| relation2 |") && readme.contains("Reproduce:\n\n    test"), readme);
        assertTrue(AttributeJudge.isIn(folder));
    }

    @Test
    void theShippedJudgeReadsRealRendersOfThePromptScenesAlmostPerfectly() throws IOException {
        AttributeJudge shipped = AttributeJudge.load(Path.of("lessons", "models", "judge-shapes-attributes"));
        AttributeJudgeTrainer.Measurement m = AttributeJudgeTrainer.measure(shipped, PromptScenes.render(PromptScenes.EVAL_SEED, 300));
        for (Attribute a : Attribute.values()) assertTrue(m.table().accuracy(3, a) >= 0.98, a + ": " + m.table().toMap());
        assertTrue(m.centreError() < 0.3, "mean centre error " + m.centreError());
        assertTrue(m.noiseColours() < 0.1, "colours read into noise: " + m.noiseColours());
    }

    @Test
    void aMissingOrDamagedJudgeIsAnErrorNamingItsFile() throws IOException {
        assertTrue(assertThrows(NoSuchFileException.class, () -> AttributeJudge.load(dir.resolve("none"))).getMessage()
                .contains("judge train --prompts"));
        Path folder = dir.resolve("damaged");
        judge.save(folder);
        String card = Files.readString(folder.resolve(AttributeJudge.CARD));
        Files.writeString(folder.resolve(AttributeJudge.CARD), card.replace("\"side\" : 32", "\"side\" : 64"));
        assertTrue(assertThrows(IOException.class, () -> AttributeJudge.load(folder)).getMessage().contains("side 64"));
        Files.writeString(folder.resolve(AttributeJudge.CARD), card.replace("\"width\" : 8", "\"width\" : 16"));
        assertTrue(assertThrows(IOException.class, () -> AttributeJudge.load(folder)).getMessage().contains("does not fit"));
        Files.writeString(folder.resolve(AttributeJudge.CARD), "{\"side\": 32}");
        assertTrue(assertThrows(IOException.class, () -> AttributeJudge.load(folder)).getMessage().contains("not an attribute judge card"));
        assertEquals(judge.card(), Json.MAPPER.readValue(card, AttributeJudgeCard.class));
    }
}
