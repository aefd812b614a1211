package io.genlab.nn;

import io.genlab.diffusion.UNetS;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backprop gives exactly SameDiff's own gradients while it reuses arrays, pass after pass. */
class BackpropTest {
    private static final int B = 4;

    /** unet-s (attention, GroupNorm, skips, embeddings) with an MSE loss, at batch 4. */
    private static Net unet() {
        Net n = Net.create(5);
        SameDiff sd = n.sd();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, 1, 28, 28);
        SDVariable t = sd.placeHolder("t", DataType.FLOAT, -1);
        SDVariable y = sd.placeHolder("y", DataType.INT32, -1);
        SDVariable target = sd.placeHolder("target", DataType.FLOAT, -1, 1, 28, 28);
        SDVariable diff = new UNetS(1, 11, UNetS.WIDTH).build(n, x, t, y).sub(target);
        diff.mul(diff).mean("loss");
        sd.setLossVariables("loss");
        GradientGraph.build(sd);
        return n;
    }

    private static Map<String, INDArray> batch(long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Map.of("x", Nd4j.randn(DataType.FLOAT, B, 1, 28, 28),
                "t", Nd4j.rand(DataType.FLOAT, B).muli(999),
                "y", Nd4j.createFromArray(0, 3, 10, (int) seed % 10),
                "target", Nd4j.randn(DataType.FLOAT, B, 1, 28, 28));
    }

    @Test
    void givesSameDiffsGradientsBitForBitWhileReusingArrays() throws Exception {
        Net n = unet();
        SameDiff sd = n.sd();
        List<OutAndGrad> reused = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            reused.add(Backprop.run(sd, batch(seed), List.of("loss"), n.parameters()));
            InferenceSession session = sd.getFunction("grad").getSessions().get(Thread.currentThread().getId());
            long cached = ((ArrayCacheMemoryMgr) session.getMmgr()).getCurrentCacheSize();
            assertTrue(cached > 10 << 20, "arrays went back to the cache (with it off: 14 kB): " + cached + " bytes");
            assertTrue(freedArrays(session).isEmpty(), "the ids of arrays taken back are forgotten after a pass");
        }
        for (long seed = 1; seed <= 3; seed++) {
            OutAndGrad stock = sd.calculateGradientsAndOutputs(batch(seed), List.of("loss"), n.parameters());
            OutAndGrad mine = reused.get((int) seed - 1);
            assertEquals(stock.getOutputs().get("loss"), mine.getOutputs().get("loss"), "loss, batch " + seed);
            assertEquals(n.parameters().size(), mine.getGradients().size());
            for (String p : n.parameters()) {
                assertEquals(stock.getGradients().get(p), mine.getGradients().get(p), p + ", batch " + seed);
            }
        }
    }

    @Test
    void aPassOnAnotherThreadClosesTheSessionTheFirstThreadLeft() throws Exception {
        Net n = unet();
        SameDiff sd = n.sd();
        OutAndGrad here = Backprop.run(sd, batch(1), List.of("loss"), n.parameters());
        long me = Thread.currentThread().getId();
        ArrayCacheMemoryMgr mine = (ArrayCacheMemoryMgr) sd.getFunction("grad").getSessions().get(me).getMmgr();
        assertTrue(mine.getCurrentCacheSize() > 10 << 20);
        OutAndGrad[] there = new OutAndGrad[1];
        Thread worker = new Thread(() -> there[0] = Backprop.run(sd, batch(1), List.of("loss"), n.parameters()));
        worker.start();
        worker.join();
        assertEquals(Set.of(worker.getId()), sd.getFunction("grad").getSessions().keySet());
        List<INDArray> cached = mine.getArrays().values().stream().flatMap(List::stream).toList();
        assertTrue(cached.size() > 10, "arrays were cached: " + cached.size());
        assertTrue(cached.stream().allMatch(INDArray::wasClosed), "the first thread's cached arrays are freed");
        for (String p : n.parameters()) assertEquals(here.getGradients().get(p), there[0].getGradients().get(p), p);
    }

    @Test
    void refusesAVariableTheGraphDoesNotHave() {
        Net n = unet();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backprop.run(n.sd(), batch(1), List.of("loss"), List.of("no.such/W")));
        assertTrue(e.getMessage().contains("no.such/W"), e.getMessage());
    }

    private static Set<?> freedArrays(InferenceSession session) throws Exception {
        var f = InferenceSession.class.getDeclaredField("freedArrays");
        f.setAccessible(true);
        return (Set<?>) f.get(session);
    }
}
