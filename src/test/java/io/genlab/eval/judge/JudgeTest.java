package io.genlab.eval.judge;

import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class JudgeTest {
    private static final List<String> CLASSES = List.of("dark", "light", "stripes");

    /** 8x8 grey images of three easy kinds: dark, light, and vertical stripes, with a little noise. */
    static ImageDataset kinds(int n, long seed) {
        Random rng = new Random(seed);
        float[] x = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int p = 0; p < 64; p++) {
                float base = switch (y[i]) {
                    case 0 -> -0.8f;
                    case 1 -> 0.8f;
                    default -> (p % 2 == 0) ? 0.9f : -0.9f;
                };
                x[i * 64 + p] = (float) Math.max(-1, Math.min(1, base + 0.1 * rng.nextGaussian()));
            }
        }
        return new ImageDataset("kinds", "synthetic, seed " + seed, 1, 8, 8, x, y, CLASSES, null, null);
    }

    private static Judge trained() {
        JudgeData data = new JudgeData("kinds", kinds(240, 1), kinds(60, 2));
        return JudgeTrainer.train(data, new JudgeTrainer.Settings(3, 16, 3e-3, 5), "test", (e, es, s, ss, l) -> { }, () -> false);
    }

    @Test
    void learnsEasyClassesAndSaysHowWellOnUnseenImages() {
        Judge judge = trained();
        JudgeCard card = judge.card();
        assertEquals(1.0, card.testAccuracy(), 1e-9);
        assertEquals(240, card.trainImages());
        assertEquals(60, card.testImages());
        assertEquals("synthetic, seed 1", card.trainSource());
        assertEquals(CLASSES, card.classNames());
        assertEquals(3, card.epochs());
    }

    @Test
    void aSavedJudgeLoadsAndJudgesTheSame(@TempDir Path dir) throws IOException {
        Judge judge = trained();
        judge.save(dir);
        Judge again = Judge.load(dir);
        assertEquals(judge.card(), again.card());
        ImageDataset test = kinds(9, 3);
        Judgement a = judge.judge(test), b = again.judge(test);
        for (int i = 0; i < 9; i++) {
            assertArrayEquals(a.features()[i], b.features()[i]);
            assertArrayEquals(a.probabilities()[i], b.probabilities()[i]);
        }
    }

    @Test
    void aDamagedOrForeignJudgeIsRefusedByName(@TempDir Path dir) throws IOException {
        IOException none = assertThrows(IOException.class, () -> Judge.load(dir));
        assertTrue(none.getMessage().contains("genlab judge train"), none.getMessage());

        trained().save(dir);
        byte[] weights = Files.readAllBytes(dir.resolve(Judge.WEIGHTS));
        Files.write(dir.resolve(Judge.WEIGHTS), Arrays.copyOf(weights, weights.length / 2));
        IOException cut = assertThrows(IOException.class, () -> Judge.load(dir));
        assertTrue(cut.getMessage().contains(Judge.WEIGHTS), cut.getMessage());

        trained().save(dir);
        String card = Files.readString(dir.resolve(Judge.CARD));
        Files.writeString(dir.resolve(Judge.CARD), card.replace("\"height\" : 8", "\"height\" : 12"));
        IOException foreign = assertThrows(IOException.class, () -> Judge.load(dir));
        assertTrue(foreign.getMessage().contains("does not fit"), foreign.getMessage());

        Files.writeString(dir.resolve(Judge.CARD), "{\"dataset\": 3}");
        IOException garbage = assertThrows(IOException.class, () -> Judge.load(dir));
        assertTrue(garbage.getMessage().contains(Judge.CARD), garbage.getMessage());
    }

    @Test
    void refusesImagesOfAnotherShape() {
        Judge judge = trained();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> judge.judge(new Tensor(new float[3 * 16 * 16], new int[]{1, 3, 16, 16})));
        assertTrue(e.getMessage().contains("1x8x8"), e.getMessage());
    }

    @Test
    void cancellingKeepsNothing() {
        JudgeData data = new JudgeData("kinds", kinds(60, 1), kinds(30, 2));
        assertThrows(IllegalStateException.class,
                () -> JudgeTrainer.train(data, JudgeTrainer.Settings.defaults(), "test", (e, es, s, ss, l) -> { }, () -> true));
    }

    @Test
    void theTribuoJudgeAgreesWithItsOwnCountingAndLearnsTheEasyClasses() {
        TribuoJudge tribuo = TribuoJudge.train(kinds(240, 1), 7);
        ImageDataset test = kinds(60, 2);
        ClassificationReport report = tribuo.evaluate(test);
        assertEquals(1.0, report.accuracy(), 1e-9);
        int[] all = new int[test.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        int[] predicted = tribuo.classify(new Tensor(test.batch(all).x(), new int[]{60, 1, 8, 8}));
        ClassificationReport counted = ClassificationReport.of("counted", CLASSES, JudgeTrainer.labels(test), predicted);
        assertEquals(counted.accuracy(), report.accuracy(), 1e-12);
        assertArrayEquals(counted.confusion(), report.confusion());
    }

    @Test
    void precisionAndRecallOfAKnownConfusion() {
        ClassificationReport r = ClassificationReport.of("x", List.of("a", "b"), new int[]{0, 0, 0, 1}, new int[]{0, 0, 1, 1});
        assertEquals(0.75, r.accuracy(), 1e-12);
        assertArrayEquals(new double[]{1.0, 0.5}, r.precision(), 1e-12);
        assertArrayEquals(new double[]{2.0 / 3, 1.0}, r.recall(), 1e-12);
        assertArrayEquals(new long[][]{{2, 1}, {0, 1}}, r.confusion());
    }
}
