package io.genlab.gan;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class GanModelTest {
    private static final List<String> TEN = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static GanModel small(long seed) {
        return (GanModel) new DcganSProvider().create(DataShape.images(1, 8, 8, List.of("a", "b", "c")), Map.of(), seed);
    }

    private static Batch batch(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int p = 0; p < 64; p++) x[i * 64 + p] = (float) Math.tanh(y[i] - 1 + 0.3 * r.nextGaussian());
        }
        return new Batch(x, new long[]{n, 1, 8, 8}, y, new int[0]);
    }

    private static Map<String, float[]> copy(GanModel m, List<String> params, boolean generatorGraph) {
        Map<String, float[]> out = new HashMap<>();
        for (String p : params) {
            INDArray a = (generatorGraph ? m.graph() : m.discriminatorGraph()).getArrForVarName(p);
            out.put(p, a.dup().data().asFloat());
        }
        return out;
    }

    private static boolean same(Map<String, float[]> a, Map<String, float[]> b) {
        return a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    @Test
    void hasTheReferenceSizes() {
        GanModel m = (GanModel) new DcganSProvider().create(DataShape.images(1, 28, 28, TEN), Map.of(), 0);
        assertEquals(602_945, m.generatorParameters().stream().mapToLong(p -> m.graph().getArrForVarName(p).length()).sum());
        assertEquals(751_410, m.info().parameters());
    }

    @Test
    void aDiscriminatorUpdateLeavesTheGeneratorAloneAndTheReverse() {
        GanModel m = small(1);
        Batch b = batch(6, 2);
        Random r = new Random(3);
        INDArray y = io.genlab.nn.Tensors.oneHot(b.labels(), 3);
        INDArray x = org.nd4j.linalg.factory.Nd4j.create(b.x(), b.shape(), 'c');
        Map<String, float[]> g0 = copy(m, m.generatorParameters(), true), d0 = copy(m, m.discriminatorParameters(), false);
        m.discriminatorStep(x, y, m.noise(6, r), y);
        assertTrue(same(g0, copy(m, m.generatorParameters(), true)), "D's update leaves G as it was");
        Map<String, float[]> d1 = copy(m, m.discriminatorParameters(), false);
        assertFalse(same(d0, d1), "and changes D");
        assertTrue(same(d1, copy(m, m.discriminatorParameters(), true)), "the generator's copy of D follows it");
        m.generatorStep(m.noise(6, r), y);
        assertTrue(same(d1, copy(m, m.discriminatorParameters(), false)), "G's update leaves D as it was");
        assertFalse(same(g0, copy(m, m.generatorParameters(), true)), "and changes G");
    }

    @Test
    void theDiscriminatorStepScoresTheRealHalfAndTheFakeHalfOfItsBatchAsTheirOwnPasses() {
        GanModel m = small(3);
        Batch b = batch(6, 5);
        for (int s = 0; s < 2; s++) m.trainStep(b, s);
        INDArray x = Nd4j.create(b.x(), b.shape(), 'c'), y = io.genlab.nn.Tensors.oneHot(new int[6], 3);   // class 0, as the probes score
        INDArray z = m.noise(6, new Random(7));
        float[] real = m.discriminatorLogits(b.x(), 6);
        float[] fake = m.discriminatorLogits(m.generatorOf(z.dup().data().asFloat(), 6), 6);
        double loss = 0, dReal = 0, dFake = 0;
        for (int i = 0; i < 6; i++) {
            loss += (Math.log1p(Math.exp(-real[i])) + Math.log1p(Math.exp(fake[i]))) / 6;      // non-saturating BCE
            dReal += 1 / (1 + Math.exp(-real[i])) / 6;
            dFake += 1 / (1 + Math.exp(-fake[i])) / 6;
        }
        Map<String, Double> step = m.discriminatorStep(x, y, z, y);
        assertEquals(loss, step.get("d"), 1e-5);
        assertEquals(dReal, step.get("d_real"), 1e-6);
        assertEquals(dFake, step.get("d_fake"), 1e-6);
        assertNotEquals(dReal, dFake, 1e-3);
    }

    @Test
    void aRestoredModelContinuesExactlyAsTheOriginal() {
        GanModel a = small(4), b = small(99);
        for (int s = 0; s < 3; s++) a.trainStep(batch(6, s), s);
        b.restore(a.state());
        for (int s = 3; s < 5; s++) assertEquals(a.trainStep(batch(6, s), s), b.trainStep(batch(6, s), s), "step " + s);
    }

    @Test
    void theSameNoiseDrawsDifferentPicturesForDifferentClasses() {
        GanModel m = small(5);
        for (int s = 0; s < 5; s++) m.trainStep(batch(6, s), s);
        Tensor a = m.generate(GenerationRequest.ofClass(2, 0, 7), TraceSink.NONE);
        Tensor b = m.generate(GenerationRequest.ofClass(2, 2, 7), TraceSink.NONE);
        assertFalse(java.util.Arrays.equals(a.data(), b.data()));
        assertArrayEquals(a.data(), m.generate(GenerationRequest.ofClass(2, 0, 7), TraceSink.NONE).data(), "the seed fixes z");
        for (float v : a.data()) assertTrue(v > -1 && v < 1);
    }

    @Test
    void theDiscriminatorLearnsToTellEightRealImagesFromTheGeneratorsAndTheGeneratorFightsBack() {
        GanModel m = small(6);
        Batch b = batch(8, 1);
        Random r = new Random(1);
        INDArray y = io.genlab.nn.Tensors.oneHot(b.labels(), 3);
        INDArray x = org.nd4j.linalg.factory.Nd4j.create(b.x(), b.shape(), 'c');
        INDArray z = m.noise(8, r);
        Map<String, Double> first = m.discriminatorStep(x, y, z, y), last = first;
        for (int i = 0; i < 150; i++) last = m.discriminatorStep(x, y, z, y);
        assertTrue(last.get("d_real") > 0.95 && last.get("d_fake") < 0.05, "a discriminator alone wins: " + last);
        double fooled = 0;
        for (int i = 0; i < 150; i++) fooled = m.generatorStep(z, y).get("g");
        Map<String, Double> after = m.discriminatorStep(x, y, z, y);
        assertTrue(after.get("d_fake") > last.get("d_fake") * 10, "the generator's fakes now pass more often: " + last + " -> " + after);
        assertTrue(Double.isFinite(fooled));
    }

    @Test
    void aLatentWalkStartsAtThePlainSampleAndMovesSmoothly() {
        GanModel m = small(8);
        for (int s = 0; s < 3; s++) m.trainStep(batch(6, s), s);
        java.util.List<io.genlab.train.TraceFrame> frames = new java.util.ArrayList<>();
        Tensor end = m.generate(GenerationRequest.ofClass(2, 1, 9).withOptions(Map.of("walk", "6")), frames::add);
        assertEquals(6, frames.size());
        Tensor plain = m.generate(GenerationRequest.ofClass(2, 1, 9), TraceSink.NONE);
        assertArrayEquals(plain.data(), frames.get(0).tensors().get("x").data(), 1e-6f, "t = 0 is the plain sample");
        assertArrayEquals(end.data(), frames.get(5).tensors().get("x").data());
        double step = distance(frames.get(2), frames.get(3)), whole = distance(frames.get(0), frames.get(5));
        assertTrue(step < whole, "neighbouring frames are closer than the ends: " + step + " vs " + whole);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.generate(GenerationRequest.ofClass(1, 0, 1)
                .withOptions(Map.of("walk", "1")), TraceSink.NONE)).getMessage().contains("from 2 to 200"));
    }

    @Test
    void sphericalInterpolationRunsAlongTheGreatCircleFromOneNoiseToTheOther() {
        INDArray a = Nd4j.create(new float[]{1, 0, 0, 2, 2, 0}, new long[]{2, 3}, 'c');
        INDArray b = Nd4j.create(new float[]{0, 1, 0, 2, 2, 0}, new long[]{2, 3}, 'c');    // row 2: the same vector
        assertSame(a, GanModel.slerp(a, b, 0));
        assertArrayEquals(b.data().asFloat(), GanModel.slerp(a, b, 1).data().asFloat(), 1e-6f);
        float[] half = GanModel.slerp(a, b, 0.5).data().asFloat();
        float c = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[]{c, c, 0, 2, 2, 0}, half, 1e-6f, "half way round the quarter circle, on the unit circle");
    }

    private static double distance(io.genlab.train.TraceFrame a, io.genlab.train.TraceFrame b) {
        float[] x = a.tensors().get("x").data(), y = b.tensors().get("x").data();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += (x[i] - y[i]) * (x[i] - y[i]);
        return Math.sqrt(s);
    }

    @Test
    void optionsAreChecked() {
        DataShape s = DataShape.images(1, 8, 8, List.of("a", "b", "c"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DcganSProvider().create(s, Map.of("loss", "wasserstein"), 1))
                .getMessage().contains("loss"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DcganSProvider().create(s, Map.of("depth", 3), 1))
                .getMessage().contains("depth"));
        for (String loss : List.of("ns", "lsgan", "hinge")) {
            GanModel m = (GanModel) new DcganSProvider().create(s, Map.of("loss", loss, "k", 2), 1);
            Map<String, Double> step = m.trainStep(batch(4, 1), 1);
            assertTrue(step.values().stream().allMatch(Double::isFinite), loss + ": " + step);
        }
    }
}
